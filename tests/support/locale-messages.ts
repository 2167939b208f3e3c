/**
 * chrome.i18n.getMessage over a `_locales/<lang>/messages.json`, for tests that run outside a browser
 * (Node, happy-dom): named `$PLACEHOLDER$`s become their `$1`… content, then the substitutions fill
 * those in, as the browsers do.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { MessageLookup } from '../../src/shared/i18n/messages.ts';

export const LOCALES_DIR = join(import.meta.dirname, '..', '..', '_locales');

export interface MessageEntry {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}
export type MessageFile = Record<string, MessageEntry>;

export const localeNames = (): string[] => readdirSync(LOCALES_DIR).sort();

export const readMessages = (locale: string): MessageFile =>
  JSON.parse(readFileSync(join(LOCALES_DIR, locale, 'messages.json'), 'utf8')) as MessageFile;

export function messageLookup(messages: MessageFile): MessageLookup {
  return (key, substitutions) => {
    const entry = messages[key];
    if (!entry) return '';
    const placeholders = Object.fromEntries(Object.entries(entry.placeholders ?? {}).map(([name, p]) => [name.toLowerCase(), p.content]));
    const named = entry.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name: string) => placeholders[name.toLowerCase()] ?? whole);
    return named.replace(/\$(\d|\$)/g, (whole, which: string) => (which === '$' ? '$' : (substitutions[Number(which) - 1] ?? '')));
  };
}
