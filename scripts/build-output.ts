/**
 * Where `npm run build` writes each browser's extension. vite.config.ts builds there, and everything
 * that loads, packs or measures a build (start, zip, the end-to-end launchers, the benchmark) reads it here.
 */

/** The two builds; what differs between them is vite.config.ts's manifestFor. */
export type BuildTarget = 'chrome' | 'firefox';

export const BUILD_TARGETS: readonly BuildTarget[] = ['chrome', 'firefox'];

/** The build folder of `target`, relative to the repository's root. */
export const distOf = (target: BuildTarget): string => `dist/${target}`;
