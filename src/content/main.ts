/** Content-script entry (manifest.json content_scripts): runs in every frame at document_idle. */
import { runContentScript } from './content-script.ts';
import { createProblemReporter } from './problem-report.ts';

const problems = createProblemReporter();
// An extension reloaded while starting is left alone by the reporter; anything else is told.
runContentScript(problems).catch((error: unknown) => problems.report('start-failed', error));
