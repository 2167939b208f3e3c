/** Search customers by name, company or number; a result opens the customer's card in a new tab. */
import { useState } from 'preact/hooks';
import type { Customer } from '../../shared/model.ts';
import { ErrorBanner, TextInput, useQuery } from '../shared/index.ts';
import { formatPhone } from '../../shared/phone.ts';
import { useDebounced } from './use-debounced.ts';
import { t } from '../../shared/i18n/messages.ts';

export const SEARCH_DEBOUNCE_MS = 200;

interface Props {
  onOpen: (customer: Customer) => void;
}

export function CustomerSearch({ onOpen }: Props) {
  const [query, setQuery] = useState('');
  const settled = useDebounced(query.trim(), SEARCH_DEBOUNCE_MS);
  const results = useQuery(
    async (client) => ({ query: settled, customers: settled ? await client('customer/search', { query: settled }) : [] }),
    [settled],
    'fail_search',
  );
  // The previous answer stays on screen while the next one loads, so the list does not flicker;
  // it is marked busy until the answer for what is typed now has arrived.
  const shown = settled ? results.data?.customers : undefined;
  const current = results.data?.query === query.trim();

  return (
    <div class="pp-search">
      <TextInput
        type="search"
        label={t('searchLabel')}
        hideLabel
        placeholder={t('searchPlaceholder')}
        value={query}
        testId="search"
        onInput={(e) => setQuery(e.currentTarget.value)}
      />
      <ErrorBanner message={results.error} />
      {shown && shown.length === 0 && current && (
        <p class="pp-search__none cp-muted" data-testid="search-none" data-query={results.data?.query}>
          {t('searchNone', settled)}
        </p>
      )}
      {shown && shown.length > 0 && (
        <ul
          class="pp-list pp-results"
          aria-label={t('searchResults')}
          aria-busy={!current}
          data-testid="search-results"
          data-query={results.data?.query}
        >
          {shown.map((customer) => (
            <SearchResult key={customer.id} customer={customer} onOpen={onOpen} />
          ))}
        </ul>
      )}
    </div>
  );
}

function SearchResult({ customer, onOpen }: { customer: Customer; onOpen: (c: Customer) => void }) {
  const number = customer.phones[0]?.e164;
  return (
    <li>
      <button
        type="button"
        class="pp-result"
        disabled={!number}
        title={number ? t('searchOpenFile', customer.name) : t('searchNoPhoneOnFile')}
        data-testid="search-result"
        onClick={() => onOpen(customer)}
      >
        <span class="pp-result__name">{customer.name}</span>
        {customer.company && <span class="pp-result__company cp-muted">{customer.company}</span>}
        <span class="pp-result__number cp-mono cp-faint">{number ? formatPhone(number) : t('searchNoNumber')}</span>
      </button>
    </li>
  );
}
