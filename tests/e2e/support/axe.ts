/**
 * Runs axe-core in a page or frame of the extension and returns its violations, one line each
 * ("color-contrast (serious): .card-time__reason, …"). The source goes in as the body of the
 * function the driver evaluates, so the page's content security policy (no eval) does not stop it.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { TestFrame } from './driver.ts';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface Violation {
  id: string;
  impact: string | null;
  targets: string[];
}

const RUN = `
  const axe = globalThis.axe;
  const result = await axe.run(document, { resultTypes: ['violations'] });
  return result.violations.map((v) => ({ id: v.id, impact: v.impact ?? null, targets: v.nodes.slice(0, 5).map((n) => String(n.target)) }));
`;

const runAxe = new Function('_arg', `return (async () => { ${axeSource}\n${RUN} })();`) as (arg: unknown) => Promise<Violation[]>;

export async function axeViolations(frame: Pick<TestFrame, 'evaluate'>): Promise<string[]> {
  const violations = await frame.evaluate(runAxe);
  return violations.map((v) => `${v.id} (${v.impact ?? 'n/a'}): ${v.targets.join(', ')}`);
}
