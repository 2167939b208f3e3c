// @vitest-environment happy-dom
import { useState } from 'preact/hooks';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import type { Client } from '../../../src/shared/client.ts';
import { describeError } from '../../../src/ui/shared/describe-error.ts';
import { ErrorBanner } from '../../../src/ui/shared/error-banner.tsx';
import { TextInput } from '../../../src/ui/shared/field.tsx';
import { useAction } from '../../../src/ui/shared/use-action.ts';
import { useQuery } from '../../../src/ui/shared/use-query.ts';
import { render, type Rendered } from '../popup/support/render.tsx';

let ui: Rendered | undefined;
afterEach(() => {
  ui?.unmount();
  ui = undefined;
});

const noClient = (async () => {
  throw new Error('not used');
}) as Client;

describe('describeError', () => {
  it.each([
    [new Error('Name is required'), 'Name is required.'],
    [new Error('Already a sentence!'), 'Already a sentence!'],
    ['plain string', 'plain string.'],
    [new Error('Extension context invalidated.'), 'Callprep was updated or reloaded. Close this and open it again.'],
    [undefined, 'Something went wrong.'],
    [new Error('   '), 'Something went wrong.'],
  ])('%s → %s', (error, text) => expect(describeError(error)).toBe(text));
});

describe('useQuery', () => {
  it('keeps the newest answer when an older request answers last', async () => {
    const pending: Array<(v: string) => void> = [];
    function Probe() {
      const [q, setQ] = useState('a');
      const query = useQuery(() => new Promise<string>((resolve) => pending.push(resolve)), [q]);
      return (
        <div>
          <button onClick={() => setQ('b')}>Search b</button>
          <p data-testid="out">{query.data ?? 'loading'}</p>
        </div>
      );
    }
    ui = await render(<Probe />, noClient);
    await act(async () => ui?.$('button')?.click());
    expect(pending).toHaveLength(2);
    await act(async () => pending[1]?.('answer for b'));
    await act(async () => pending[0]?.('stale answer for a'));
    expect(ui.$('[data-testid="out"]')?.textContent).toBe('answer for b');
  });

  it('says what could not be loaded, and loads again on refresh', async () => {
    let attempt = 0;
    let refresh: () => Promise<void> = async () => {};
    function Probe() {
      const query = useQuery(
        async () => {
          attempt++;
          if (attempt === 1) throw new Error('The database is closed');
          return 'ok';
        },
        [],
        'fail_loadFollowUps',
      );
      refresh = query.refresh;
      return <p>{query.error ?? query.data}</p>;
    }
    ui = await render(<Probe />, noClient);
    await ui.waitFor(() => expect(ui?.text()).toBe('Could not load your follow-ups: The database is closed.'));
    await act(() => refresh());
    expect(ui.text()).toBe('ok');
  });

  it('a refresh overtaken by a newer one resolves only when the newer answer is shown (a save says "Saved" beside the new value)', async () => {
    const pending: Array<(v: string) => void> = [];
    let refresh: () => Promise<void> = async () => {};
    function Probe() {
      const query = useQuery(() => new Promise<string>((resolve) => pending.push(resolve)), []);
      refresh = query.refresh;
      return <p>{query.data ?? 'loading'}</p>;
    }
    ui = await render(<Probe />, noClient);
    await act(async () => pending[0]?.('stored before the edit'));
    // The save's own refresh, then a change event's refresh that overtakes it.
    let saveRefreshDone = false;
    await act(async () => void refresh().then(() => (saveRefreshDone = true)));
    await act(async () => void refresh());
    await act(async () => pending[1]?.('stored after the edit'));
    expect(saveRefreshDone).toBe(false);
    await act(async () => pending[2]?.('stored after the edit'));
    await ui.waitFor(() => expect(saveRefreshDone).toBe(true));
    expect(ui.text()).toBe('stored after the edit');
  });

  it('an answer equal to what is shown renders nothing again; a changed one is shown', async () => {
    let answer: { name: string; phones: string[] } = { name: 'Ada', phones: ['+12127368410'] };
    let refresh: () => Promise<void> = async () => {};
    let renders = 0;
    function Probe() {
      const query = useQuery(async () => structuredClone(answer), [], 'fail_load', structuredClone(answer));
      refresh = query.refresh;
      renders++;
      return <p>{query.data?.name}</p>;
    }
    ui = await render(<Probe />, noClient);
    await act(() => refresh());
    await act(() => refresh());
    expect(renders).toBe(1);
    answer = { name: 'Ada Lovelace', phones: ['+12127368410'] };
    await act(() => refresh());
    expect(renders).toBe(2);
    expect(ui.text()).toBe('Ada Lovelace');
  });
});

describe('useAction with ErrorBanner', () => {
  it('shows what failed, and clears it when the action is run again and works', async () => {
    let fail = true;
    function Probe() {
      const save = useAction('fail_saveNotes', async () => {
        if (fail) throw new Error('Disk full');
      });
      return (
        <div>
          <button onClick={() => void save.run()}>Save</button>
          <ErrorBanner message={save.error} onDismiss={save.clearError} />
        </div>
      );
    }
    ui = await render(<Probe />, noClient);
    await act(async () => ui?.$('button')?.click());
    await ui.waitFor(() => expect(ui?.$('[role="alert"]')?.textContent).toContain('Could not save the notes: Disk full.'));
    fail = false;
    await act(async () => ui?.$('button')?.click());
    await ui.waitFor(() => expect(ui?.$('[role="alert"]')).toBeNull());
  });
});

describe('TextInput', () => {
  it('ties its label to the input and announces an error', async () => {
    ui = await render(<TextInput label="Name" value="" error="Enter the customer’s name." testId="name" />, noClient);
    const input = ui.$<HTMLInputElement>('[data-testid="name"]');
    const label = ui.$('label');
    expect(label?.getAttribute('for')).toBe(input?.id);
    expect(input?.getAttribute('aria-invalid')).toBe('true');
    const described = ui.$(`#${CSS.escape(input?.getAttribute('aria-describedby') ?? '')}`);
    expect(described?.textContent).toBe('Enter the customer’s name.');
  });
});
