/**
 * `npm run detect`: JSON lines in, JSON lines out, streaming.
 *   in:  {"text": "Call 030 1234567", "region": "DE"}
 *   out: [{"start":5,"end":16,"raw":"030 1234567","e164":"+49301234567"}]
 * A line that is not such an object gets {"error": "..."} on its output line, and the run goes on.
 */
import { createInterface } from 'node:readline';
import { pathToFileURL } from 'node:url';
import { detectPhoneNumbers } from '../src/detect/detect.ts';

function parseRequest(line: string): { text: string; region?: string } | string {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    return `not JSON: ${(error as Error).message}`;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'expected an object like {"text": "...", "region": "US"}';
  const { text, region } = value as Record<string, unknown>;
  if (typeof text !== 'string') return '"text" is missing or not a string';
  if (region !== undefined && region !== null && typeof region !== 'string') return '"region" must be a string such as "US"';
  return { text, region: typeof region === 'string' ? region : undefined };
}

/** One output line for one input line. */
export function detectLine(line: string): string {
  const request = parseRequest(line);
  if (typeof request === 'string') return JSON.stringify({ error: request });
  return JSON.stringify(detectPhoneNumbers(request.text, { region: request.region }));
}

export async function main(): Promise<void> {
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of lines) {
    if (!process.stdout.write(`${detectLine(line)}\n`)) await new Promise((resolve) => process.stdout.once('drain', resolve));
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
