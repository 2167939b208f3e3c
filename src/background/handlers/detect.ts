import { detectInTexts } from '../../detect/detect-texts.ts';
import type { detectMessages } from '../../shared/protocol/detect.ts';
import type { HandlersOf } from './handlers-of.ts';

/** Detection for content scripts (protocol/detect.ts): pure work on the text they send, no stored data. */
export const detectHandlers = (): HandlersOf<typeof detectMessages> => ({
  'detect/texts': async ({ texts, region }) => detectInTexts(texts, region),
});
