/**
 * Content-script entry (manifest.json content_scripts) run in every frame at document_start, before
 * the page has content: adopts the marks' stylesheet while that costs the page nothing (mark-styles.ts).
 * Kept to this one call: it runs on every page, before the page is parsed.
 */
import { adoptEarlyMarkSheet } from './mark-styles.ts';

adoptEarlyMarkSheet();
