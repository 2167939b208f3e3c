/**
 * The look of a marked number and the pointer over it, as constructed stylesheets adopted by the
 * document and by each open shadow root holding marks: nothing is written into the page's DOM.
 */
export const HIGHLIGHT_NAME = 'callprep-phone';

const MARK_CSS = `::highlight(${HIGHLIGHT_NAME}) {
  background-color: rgba(13, 148, 136, 0.09);
  text-decoration: underline dotted rgba(13, 148, 136, 0.9);
  text-decoration-thickness: 1.5px;
  text-underline-offset: 3px;
}`;
// While the pointer rests on a number: the text cursor would suggest selecting, not opening.
const POINTER_CSS = ':root, :host { cursor: pointer; }';

function sheet(css: string): CSSStyleSheet {
  const s = new CSSStyleSheet();
  s.replaceSync(css);
  return s;
}

type StyledRoot = Document | ShadowRoot;

/** One stylesheet adopted by a changing set of roots, taken back out on release. */
export class AdoptedSheet {
  private sheet: CSSStyleSheet | undefined;
  private readonly roots = new Set<StyledRoot>();

  constructor(private readonly css: string) {}

  adopt(root: StyledRoot): void {
    if (this.roots.has(root)) return;
    this.sheet ??= sheet(this.css);
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, this.sheet];
    this.roots.add(root);
  }

  release(root: StyledRoot): void {
    if (!this.roots.delete(root)) return;
    root.adoptedStyleSheets = root.adoptedStyleSheets.filter((s) => s !== this.sheet);
  }

  releaseAll(): void {
    for (const root of [...this.roots]) this.release(root);
  }
}

export const createMarkSheet = (): AdoptedSheet => new AdoptedSheet(MARK_CSS);
export const createPointerSheet = (): AdoptedSheet => new AdoptedSheet(POINTER_CSS);
