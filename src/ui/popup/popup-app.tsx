/** The toolbar popup: site switch, customer search, follow-ups, exports, and a first-run panel. */
import { useEffect, useState } from 'preact/hooks';
import { cardPagePath } from '../../shared/card-frame.ts';
import type { Customer } from '../../shared/model.ts';
import { ExportNotesButtons } from '../shared/export-notes-buttons.tsx';
import { ErrorBanner, Section, useAction, useClient, useQuery } from '../shared/index.ts';
import { CustomerSearch } from './customer-search.tsx';
import { FirstRun } from './first-run.tsx';
import { FollowUpList } from './follow-up-list.tsx';
import { PageProblems } from './page-problems.tsx';
import { OPTIONS_PAGE_PATH, type PopupEnv } from './popup-env.ts';
import { SiteSwitch } from './site-switch.tsx';
import { PopupSync } from './popup-sync.tsx';
import { t } from '../../shared/i18n/messages.ts';
import type { FollowUpListItem } from '../../shared/views.ts';
import { openCallPanel } from '../shared/call-panel.ts';
import { HandoffFrame } from '../card/handoff-link.tsx';

interface Props {
  env: PopupEnv;
}

export function PopupApp({ env }: Props) {
  const [site, setSite] = useState<string | null | undefined>(undefined);
  const [tab, setTab] = useState<{ id: number | undefined } | undefined>(undefined);
  useEffect(() => {
    // The switch then says it is not available here; the console says why.
    env.activeSite().then(setSite, (error: unknown) => (console.error('Callprep: reading the active site failed', error), setSite(null)));
    const tabId = env.activeTabId?.() ?? Promise.resolve(undefined);
    // Without the tab's id the site's log still speaks for the page.
    tabId.then((id) => setTab({ id }), (error: unknown) => (console.error('Callprep: reading the active tab failed', error), setTab({ id: undefined })));
  }, [env]);
  const followUps = useQuery((c) => c('followup/list', {}), [], 'fail_loadFollowUps');
  // An empty search answers with the most recent customers: none means an empty database.
  const anyCustomer = useQuery((c) => c('customer/search', { query: '' }), [], 'fail_readCustomers');
  const firstRun = anyCustomer.data?.length === 0 && followUps.data?.length === 0;
  // Until both have answered (or failed) the popup cannot tell a first run from a stocked one: it shows
  // neither, rather than the search box for a moment and then the first-run panel.
  const decided = (anyCustomer.data !== undefined || anyCustomer.error !== null) && (followUps.data !== undefined || followUps.error !== null);
  const client = useClient();
  // The card opens under a session of its own (protocol/card.ts): its URL carries only the token.
  const openCard = useAction('fail_openCard', async (e164: string) => {
    const { token } = await client('card/open-tab-session', { e164 });
    env.openPage(cardPagePath(token));
  });
  // Call on a follow-up: the call starts and opens in the call panel (opened first, while the click is
  // handled: ui/shared/call-panel.ts); where no panel opens, the card in a tab of its own shows the call.
  const callNow = useAction('fail_startCall', async ({ followUp }: FollowUpListItem) => {
    const panel = openCallPanel();
    await client('call/start', { e164: followUp.e164, customerId: followUp.customerId });
    if (await panel) env.close?.();
    else await openCard.run(followUp.e164);
  });
  const openCustomer = (customer: Customer) => {
    const number = customer.phones[0]?.e164;
    if (number) void openCard.run(number);
  };

  return (
    <main class="pp">
      <HandoffFrame />
      <header class="pp-header">
        <h1 class="pp-title">
          <img src="/public/icons/icon-32.png" alt="" width={20} height={20} />
          Callprep
        </h1>
        <SiteSwitch site={site} />
      </header>
      {site && tab && <PageProblems site={site} tabId={tab.id} onDetails={() => env.openPage(`${OPTIONS_PAGE_PATH}#diagnostics`)} />}
      {!decided ? (
        <p class="pp-loading" aria-busy="true" data-testid="popup-loading" />
      ) : firstRun ? (
        <FirstRun
          onImport={() => env.openPage(`${OPTIONS_PAGE_PATH}#import`)}
          onLoaded={() => void Promise.all([anyCustomer.refresh(), followUps.refresh()])}
        />
      ) : (
        <>
          {openCard.error && <ErrorBanner message={openCard.error} onDismiss={openCard.clearError} testId="open-card-error" />}
          {callNow.error && <ErrorBanner message={callNow.error} onDismiss={callNow.clearError} testId="call-error" />}
          <CustomerSearch onOpen={openCustomer} />
          <FollowUpList followUps={followUps} clock={env.now} timeZone={env.timeZone} onCall={(item) => void callNow.run(item)} />
        </>
      )}
      <PopupSync />
      <Section title={t('exportNotes')} class="pp-export">
        <ExportNotesButtons size="small" />
      </Section>
      <footer class="pp-footer">
        <a
          href={`/${OPTIONS_PAGE_PATH}`}
          data-testid="options-link"
          onClick={(e) => {
            e.preventDefault();
            env.openPage(OPTIONS_PAGE_PATH);
          }}
        >
          {t('popupSettingsLink')}
        </a>
      </footer>
    </main>
  );
}
