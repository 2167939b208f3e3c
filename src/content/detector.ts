/**
 * The heavy half of detection (libphonenumber-js metadata): this module is imported dynamically
 * only once the cheap pre-check found something that looks like a number, so pages without
 * numbers never load it. Everything it pulls in lands in one lazy chunk.
 */
export { detectPhoneNumbers } from '../detect/detect.ts';
export { parseTelHref } from '../detect/tel-link.ts';
