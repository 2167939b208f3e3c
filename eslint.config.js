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
            zone('./src/detect', './src/!(detect)/**', 'src/detect is pure: it imports nothing from other contexts.'),
            zone('./src/shared', './src/!(shared)/**', 'src/shared is imported by every context and imports none.'),
            zone('./src/content', './src/ui', 'The content script does not load UI code into the page.'),
            zone('./src/content', './src/background', 'The content script talks to the background by messages only.'),
            zone('./src/content', './src/db', 'Only extension contexts open the database; the content script asks the background.'),
            zone('./src/ui', './src/background', 'UI talks to the background by messages only.'),
            // Backup, restore and notes export stream a file in the page that asks (src/db/files/page-files.ts says why).
            zone('./src/ui', './src/db', 'UI talks to the background by messages; only src/db/files (backup, restore, export) runs in a page.', ['./files']),
            zone('./src/ui', './src/content', 'UI does not import content-script code.'),
            zone('./src/db', './src/!(db|shared)/**', 'The data layer depends only on shared types.'),
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
