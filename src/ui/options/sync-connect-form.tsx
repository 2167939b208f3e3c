/**
 * Connect to the team's CardDAV/CalDAV server: address, user name and app password; then pick the
 * address book (customers) and the calendar (follow-ups and call notes) the server lists.
 */
import { useState } from 'preact/hooks';
import type { SyncDiscoveryView, SyncStatusView } from '../../shared/protocol/sync.ts';
import { Button, ErrorBanner, Select, TextInput, useAction, useClient } from '../shared/index.ts';
import { t } from '../../shared/i18n/messages.ts';
import type { RequestServerAccess } from './sync-permission.ts';

interface Props {
  requestAccess: RequestServerAccess;
  onConnected: (status: SyncStatusView) => void;
}

export function SyncConnectForm({ requestAccess, onConnected }: Props) {
  const client = useClient();
  const [serverUrl, setServerUrl] = useState('');
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [found, setFound] = useState<SyncDiscoveryView | null>(null);
  const [addressBookUrl, setAddressBookUrl] = useState('');
  const [calendarUrl, setCalendarUrl] = useState('');

  const search = useAction('fail_findSyncCollections', async () => {
    // Asked first, straight from the click (sync-permission.ts says why).
    const granted = await requestAccess(serverUrl);
    if (!granted) throw new Error(t('syncPermissionDenied'));
    const answer = await client('sync/discover', { serverUrl, username, password });
    setFound(answer);
    setAddressBookUrl(answer.addressBooks[0]?.url ?? '');
    setCalendarUrl(answer.calendars[0]?.url ?? '');
  });
  const connect = useAction('fail_connectSync', async () => {
    if (!found) return;
    onConnected(await client('sync/connect', { serverUrl: found.serverUrl, username, password, addressBookUrl, calendarUrl }));
  });
  const edited = (set: (value: string) => void) => (e: { currentTarget: { value: string } }) => {
    set(e.currentTarget.value);
    setFound(null);
  };

  return (
    <form
      class="cp-stack"
      data-testid="sync-connect"
      onSubmit={(e) => {
        e.preventDefault();
        void (found ? connect.run() : search.run());
      }}
    >
      <TextInput label={t('syncServerLabel')} inputMode="url" autoComplete="url" value={serverUrl} onInput={edited(setServerUrl)} required testId="sync-server"
        hint={t('syncServerHint')} />
      <TextInput label={t('syncUserLabel')} value={username} onInput={edited(setUsername)} required autoComplete="username" testId="sync-user" />
      <label class="cp-field">
        <span class="cp-field__label">{t('syncPasswordLabel')}</span>
        <input class="cp-input" type="password" value={password} required autoComplete="current-password" data-testid="sync-password"
          onInput={edited(setPassword)} aria-describedby="sync-password-hint" />
        <span id="sync-password-hint" class="cp-field__hint">
          {t('syncPasswordHint')}
        </span>
      </label>
      {!found && (
        <div class="cp-row">
          <Button type="submit" variant="primary" busy={search.busy} data-testid="sync-search">{t('syncFind')}</Button>
        </div>
      )}
      <ErrorBanner message={search.error} onDismiss={search.clearError} testId="sync-search-error" />
      {found && (
        <>
          <Select label={t('syncAddressBookLabel')} value={addressBookUrl} testId="sync-address-book"
            options={found.addressBooks.map((b) => ({ value: b.url, label: b.name }))} onChange={(e) => setAddressBookUrl(e.currentTarget.value)} />
          <Select label={t('syncCalendarLabel')} value={calendarUrl} testId="sync-calendar"
            options={found.calendars.map((c) => ({ value: c.url, label: c.journals ? c.name : t('syncCalendarNoJournals', c.name) }))}
            onChange={(e) => setCalendarUrl(e.currentTarget.value)} />
          <div class="cp-row">
            <Button type="submit" variant="primary" busy={connect.busy} data-testid="sync-connect-button">{t('syncConnect')}</Button>
          </div>
          <ErrorBanner message={connect.error} onDismiss={connect.clearError} testId="sync-connect-error" />
        </>
      )}
    </form>
  );
}
