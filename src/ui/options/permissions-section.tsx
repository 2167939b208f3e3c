/** Why Callprep asks for what it asks for, in one line each. */
const PERMISSIONS: Array<[string, string]> = [
  ['Read phone numbers on all sites', 'A small script looks for phone numbers on the pages you open so you can click them. Page content never leaves your browser.'],
  ['activeTab', 'Lets the toolbar popup see which site you are on, for the “On this site” switch.'],
  ['alarms', 'Wakes Callprep when a follow-up is due, even after the browser was closed.'],
  ['notifications', 'Shows the follow-up reminder.'],
  ['Your team server (asked when you connect)', 'Only if you connect Callprep to your team\'s CardDAV/CalDAV server: access to that one server\'s address, to sync customers, follow-ups and call notes with it.'],
];

export function PermissionsSection() {
  return (
    <dl class="op-permissions">
      {PERMISSIONS.map(([name, why]) => (
        <div key={name} class="op-permissions__row">
          <dt>{name}</dt>
          <dd>{why}</dd>
        </div>
      ))}
    </dl>
  );
}
