/**
 * How much text one request to detect elsewhere may carry (content script → background, see
 * src/content/remote-detect.ts): the receiver refuses more, the sender detects anything larger itself.
 * Apart from the message's schema (detect.ts) so the content script imports it without valibot.
 */

/** Texts in one request: a slice of reading on a big table yields a few hundred. */
export const MAX_TEXTS_PER_BATCH = 2_000;

/** Characters in one text: a paragraph read as one unit is far shorter; longer ones stay local. */
export const MAX_TEXT_LENGTH = 20_000;
