/**
 * A message whose substitutions are elements (a bold name, a code sample): the words and their order
 * come from the user's language, the elements are put where its placeholders are.
 */
import type { ComponentChildren } from 'preact';
import { t, type MessageKey } from '../../shared/i18n/messages.ts';

// Private-use marks around an index: no translation contains them.
const mark = (i: number) => `\uE000${i}\uE001`;

export function MessageParts<K extends MessageKey>({ id, parts }: { id: K; parts: ComponentChildren[] }) {
  const text = (t as (key: K, ...subs: string[]) => string)(id, ...parts.map((_, i) => mark(i)));
  return <>{text.split(/\uE000(\d+)\uE001/).map((piece, i) => (i % 2 === 0 ? piece : parts[Number(piece)]))}</>;
}
