/** Content-script entry (manifest.json content_scripts): runs in every frame at document_idle. */
import { runContentScript } from './content-script.ts';

void runContentScript().catch(() => {
  // A frame torn down or an extension reloaded while starting: nothing to clean, nothing to report.
});
