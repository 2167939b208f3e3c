/**
 * The fake browser the real background runs on in card tests: a test file mocks the polyfill with it,
 * `vi.mock('webextension-polyfill', () => import('./support/fake-extension.ts'))`, so its background
 * (started by real-backend.ts) and its cards share this one instance.
 */
import { createFakeBrowser } from '../../../background/fake-browser.ts';

const fakeBrowser = createFakeBrowser();
export default fakeBrowser;
