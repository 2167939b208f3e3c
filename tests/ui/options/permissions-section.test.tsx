/** The options page explains every permission the manifest asks for, in the user's language. */
import { describe, expect, it } from 'vitest';
import manifest from '../../../manifest.json' with { type: 'json' };
import { PERMISSIONS } from '../../../src/ui/options/permissions-section.tsx';

describe('the permissions list on the options page', () => {
  it('names each permission manifest.json asks for, and nothing it does not', () => {
    const asked = [...manifest.permissions, ...manifest.content_scripts.flatMap((c) => c.matches), ...(manifest.optional_host_permissions.length > 0 ? ['optional_host_permissions'] : [])];
    expect(PERMISSIONS.map((p) => p.permission).sort()).toEqual([...new Set(asked)].sort());
  });

  it('says why in a sentence for each', () => {
    for (const p of PERMISSIONS) expect({ permission: p.permission, why: p.why() }).toEqual({ permission: p.permission, why: expect.stringMatching(/^\p{Lu}.{20,}\.$/u) });
    expect(PERMISSIONS.find((p) => p.permission === 'storage')?.why()).toContain('notes you type');
  });
});
