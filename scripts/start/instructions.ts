/** What `npm start` prints once the demo is open: where it is and what to try. */
export interface InstructionFacts {
  label: string;
  browser: 'chromium' | 'firefox';
  demoUrl: string;
  samples: string;
  headless: boolean;
  noDisplay: boolean;
}

export function instructions(facts: InstructionFacts): string {
  const where = facts.headless
    ? `Callprep is running in headless ${facts.label}${facts.noDisplay ? ' (no display found; HEADLESS=0 needs one)' : ''}.`
    : `Callprep is running in ${facts.label}: use the window that just opened.`;
  const keep =
    facts.browser === 'chromium'
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
    '',
    'Press Ctrl+C to quit.',
  ].join('\n');
}
