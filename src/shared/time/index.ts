/**
 * The one time module: zones, wall-clock arithmetic (DST-safe through @date-fns/tz), contact
 * windows, the next good time, and every date, time and duration as the user's locale writes it.
 * Extension pages and the background import it; the content script does not need it.
 */
export * from './calendar.ts';
export * from './calling-hours.ts';
export * from './format.ts';
export * from './good-time.ts';
export * from './inputs.ts';
export * from './locale.ts';
export * from './whose.ts';
export * from './windows.ts';
export * from './zone.ts';
export * from './wall-time-text.ts';
