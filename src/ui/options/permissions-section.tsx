import { t } from '../../shared/i18n/messages.ts';

/**
 * Why Callprep asks for what it asks for, in one line each: every permission manifest.json asks for
 * (tests/ui/options/permissions-section.test.tsx holds the two lists together). API names stay as the
 * browser shows them; the rest is in the user's language.
 */
export const PERMISSIONS: ReadonlyArray<{ permission: string; name: () => string; why: () => string }> = [
  { permission: '<all_urls>', name: () => t('permContentScript'), why: () => t('permContentScriptWhy') },
  { permission: 'activeTab', name: () => 'activeTab', why: () => t('permActiveTabWhy') },
  { permission: 'alarms', name: () => 'alarms', why: () => t('permAlarmsWhy') },
  { permission: 'notifications', name: () => 'notifications', why: () => t('permNotificationsWhy') },
  { permission: 'storage', name: () => 'storage', why: () => t('permStorageWhy') },
  { permission: 'optional_host_permissions', name: () => t('permTeamServer'), why: () => t('permTeamServerWhy') },
];

export function PermissionsSection() {
  return (
    <dl class="op-permissions">
      {PERMISSIONS.map(({ permission, name, why }) => (
        <div key={permission} class="op-permissions__row">
          <dt>{name()}</dt>
          <dd>{why()}</dd>
        </div>
      ))}
    </dl>
  );
}
