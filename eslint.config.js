// Lint: TypeScript rules, import boundaries between contexts, and the host-page safety rules.
import tseslint from 'typescript-eslint';
import { importX } from 'eslint-plugin-import-x';

const zone = (target, from, message, except) => ({ target, from, message, ...(except ? { except } : {}) });

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'artifacts/**'] },
  ...tseslint.configs.recommended,
  {
    plugins: { 'import-x': importX },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Never build DOM from strings: data must not reach the page as HTML.' },
        { property: 'outerHTML', message: 'Never build DOM from strings.' },
        { property: 'insertAdjacentHTML', message: 'Never build DOM from strings.' },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Never render HTML from strings.' },
      ],
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            // The one phone module (libphonenumber-js, nothing browser-side) is the one thing detection imports.
            zone('./src/detect', './src/!(detect|shared)/**', 'src/detect is pure: it imports nothing from other contexts.'),
            zone('./src/detect', './src/shared', 'src/detect imports only the phone module (src/shared/phone.ts) from src/shared.', ['./phone.ts']),
            zone('./src/shared', './src/!(shared)/**', 'src/shared is imported by every context and imports none.'),
            zone('./src/content', './src/ui', 'The content script does not load UI code into the page.'),
            zone('./src/content', './src/background', 'The content script talks to the background by messages only.'),
            zone('./src/content', './src/db', 'Only extension contexts open the database; the content script asks the background.'),
            zone('./src/content', './src/shared/client.ts', 'The content script asks through content/runtime.ts: the polyfill-based client is too big for every frame.'),
            zone('./src/content', './node_modules/webextension-polyfill', 'The content script uses the browser APIs directly (content/runtime.ts): no polyfill in every frame.'),
            zone('./src/ui', './src/background', 'UI talks to the background by messages only.'),
            zone('./src/background', './src/ui', 'The background is a service worker: it loads no UI code.'),
            zone('./src/background', './src/content', 'The background talks to content scripts by messages only.'),
            // Backup, restore and notes export stream a file in the page that asks (src/db/files/page-files.ts says why).
            zone('./src/ui', './src/db', 'UI talks to the background by messages; only src/db/files (backup, restore, export) runs in a page.', ['./files']),
            zone('./src/ui', './src/content', 'UI does not import content-script code.'),
            // The card opens at once: the phone library and the zone table are 222 KB of what it would load.
            zone('./src/ui/card', ['./src/shared/phone.ts', './src/shared/number-zone.ts'], 'The card does not load the phone library: the background sends what it needs (NumberLookup.numberZone).'),
            zone('./src/db', './src/!(db|shared)/**', 'The data layer depends only on shared types.'),
            zone(['./src', './scripts', './tests'], './demo', 'demo/ is the demo CRM page for `npm start`: nothing imports it.'),
          ],
        },
      ],
    },
  },
  {
    // Nothing fails silently: every catch names its error and handles a named case or reports it.
    files: ['src/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Never render HTML from strings.' },
        { selector: 'CatchClause[param=null]', message: 'No bare catch: name the error, handle the cases you expect and rethrow or report the rest.' },
        {
          selector: "CallExpression[callee.property.name='catch'] > ArrowFunctionExpression[params.length=0]",
          message: 'No silent .catch(() => …): take the error, handle the cases you expect and rethrow or report the rest.',
        },
      ],
    },
  },
  {
    // Type-aware rules (issue 10): a promise nobody awaits or handles loses its error; a switch over a
    // union that misses a member silently does nothing. Only src/, where that reaches users; the type
    // information comes from tsconfig.json through the TypeScript project service.
    files: ['src/**/*.{ts,tsx}'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': ['error', { considerDefaultExhaustiveForUnions: true }],
    },
  },
  {
    files: ['src/background/**'],
    rules: {
      'no-restricted-globals': ['error', { name: 'window', message: 'The background is a service worker: no window.' }, 'document'],
    },
  },
  {
    files: ['src/detect/**'],
    rules: {
      'no-restricted-globals': ['error', 'window', 'document', 'chrome', 'browser', 'navigator', 'localStorage'],
    },
  },
);
