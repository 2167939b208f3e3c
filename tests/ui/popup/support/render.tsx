/** Mounts a component under a ClientProvider in happy-dom, with helpers to wait for what a user would see. */
import { render as preactRender, type ComponentChildren } from 'preact';
import { act } from 'preact/test-utils';
import type { PageFiles } from '../../../../src/db/files/page-files.ts';
import type { Client } from '../../../../src/shared/client.ts';
import { ClientProvider } from '../../../../src/ui/shared/client-context.tsx';
import { PageFilesContext } from '../../../../src/ui/shared/page-files-context.tsx';

export interface Rendered {
  root: HTMLElement;
  text: () => string;
  $: <E extends Element = HTMLElement>(selector: string) => E | null;
  $$: <E extends Element = HTMLElement>(selector: string) => E[];
  /** Retries `check` (after letting effects and promises run) until it stops throwing. */
  waitFor: <T>(check: () => T, timeoutMs?: number) => Promise<T>;
  unmount: () => void;
}

export async function flush(): Promise<void> {
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
}

/** Page files nobody expects a test to use: any call fails the test that made it. */
const noFiles = async (): Promise<PageFiles> => {
  throw new Error('This test gave the page no files to work with.');
};

export async function render(ui: ComponentChildren, client: Client, files: PageFiles | null = null): Promise<Rendered> {
  const root = document.createElement('div');
  document.body.append(root);
  const loadFiles = files ? async () => files : noFiles;
  await act(async () =>
    preactRender(
      <ClientProvider client={client}>
        <PageFilesContext.Provider value={loadFiles}>{ui}</PageFilesContext.Provider>
      </ClientProvider>,
      root,
    ),
  );
  const waitFor = async <T,>(check: () => T, timeoutMs = 2000): Promise<T> => {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      try {
        return check();
      } catch (error) {
        if (Date.now() > deadline) throw error;
        await flush();
      }
    }
  };
  return {
    root,
    text: () => root.textContent ?? '',
    $: <E extends Element>(selector: string) => root.querySelector<E>(selector),
    $$: <E extends Element>(selector: string) => [...root.querySelectorAll<E>(selector)],
    waitFor,
    unmount: () => {
      preactRender(null, root);
      root.remove();
    },
  };
}

/** Clicks a button by its visible text (the way a user finds it). */
export async function clickButton(rendered: Rendered, label: string | RegExp): Promise<void> {
  const button = rendered
    .$$<HTMLButtonElement>('button')
    .find((b) => (typeof label === 'string' ? b.textContent?.trim() === label : label.test(b.textContent ?? '')));
  if (!button) throw new Error(`No button "${String(label)}" in: ${rendered.text()}`);
  await act(async () => button.click());
}

/** Sets an input's value and fires `input`, as typing does. */
export async function typeInto(element: HTMLInputElement | HTMLTextAreaElement, value: string): Promise<void> {
  await act(async () => {
    element.value = value;
    element.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

export async function choose(select: HTMLSelectElement, value: string): Promise<void> {
  await act(async () => {
    select.value = value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
}
