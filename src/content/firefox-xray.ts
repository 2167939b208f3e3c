/**
 * Firefox content scripts see page objects through Xray wrappers. In Firefox ESR 140 the wrapper of a
 * page's `adoptedStyleSheets` (an ObservableArray) has no length, no indices and no methods: spreading
 * it throws "adoptedStyleSheets is not iterable" and assigning a new array throws "Accessing from Xray
 * wrapper is not supported" (checked in 140.12; Firefox ESR 153 wraps it as an array). The one way in is
 * the page-side array itself, which XPCNativeWrapper.unwrap gives; it is edited with the content
 * script's own Array methods (see sheet-list.ts), so no page code runs and nothing of ours but the
 * stylesheet, which the page sees in adoptedStyleSheets in every browser anyway, reaches the page.
 * TODO [2027-03-01]: drop once Firefox ESR 140 is out of support.
 */
interface XrayUnwrapper {
  unwrap<T>(value: T): T;
}

/** The page-side object behind an Xray wrapper, or undefined outside Firefox content scripts. */
export function pageSideOf<T>(value: T): T | undefined {
  const unwrapper = (globalThis as { XPCNativeWrapper?: XrayUnwrapper }).XPCNativeWrapper;
  return typeof unwrapper?.unwrap === 'function' ? unwrapper.unwrap(value) : undefined;
}
