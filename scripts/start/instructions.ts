/** What `npm start` prints once the demo is open: where it is and what to try. */
export interface InstructionFacts {
  label: string;
  browser: 'chromium' | 'firefox';
  demoUrl: string;
  samples: string;
  headless: boolean;
  noDisplay: boolean;
  /** SYNC=1: the local team server and what the first sync said. */
  sync?: { origin: string; username: string; password: string; status: string };
}

function syncLines(sync: NonNullable<InstructionFacts['sync']>): string[] {
  return [
    '',
    `Team sync: connected to a local Radicale at ${sync.origin} as ${sync.username} (${sync.status}).`,
    '  The sample customers, their calls and follow-ups are on it now (address book "Team customers",',
    '  calendar "Team follow-ups"); its store is temporary and goes when you quit.',
    `  Its web UI: ${sync.origin}/.web/ (user ${sync.username}, password ${sync.password}); a second browser`,
    '  profile or a phone connects with the same address and account, as a colleague would.',
    '  Edit a customer in a card, then press Sync now in the popup: the vCard on the server changes.',
  ];
}

export function instructions(facts: InstructionFacts): string {
  const where = facts.headless
    ? `Callprep is running in headless ${facts.label}${facts.noDisplay ? ' (no display found; HEADLESS=0 needs one)' : ''}.`
    : `Callprep is running in ${facts.label}: use the window that just opened.`;
  const keep = facts.sync
    ? 'SYNC=1 runs in a fresh browser profile: its data ends with the session, like the server\'s.'
    : facts.browser === 'chromium'
      ? 'Your data stays in the browser profile .callprep-profile/chromium; `npm start -- --fresh` starts over.'
      : 'Firefox runs with a fresh profile each time: its data ends with the session.';
  return [
    '',
    where,
    `Demo CRM page: ${facts.demoUrl}`,
    `Sample data loaded: ${facts.samples}.`,
    '',
    'Try it:',
    '  • Click a marked phone number (tinted teal) to open that customer\'s card beside it.',
    '  • Inside a link or button, Alt+click a number; tel: links open the card with a plain click.',
    '  • "Recently added from the directory" appears 1.5 s after load and is marked too;',
    '    invoice numbers, dates, the IBAN and the notes field are left alone.',
    '  • (415) 392-0146 is not a customer yet: its card offers to create one.',
    '  • The toolbar button opens the popup: search, follow-ups due, note exports.',
    keep,
    ...(facts.sync ? syncLines(facts.sync) : []),
    '',
    'Press Ctrl+C to quit.',
  ].join('\n');
}
