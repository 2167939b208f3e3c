// Pages import their style sheets for Vite to bundle (`import '../shared/theme.css'`); TypeScript
// checks side-effect imports, so it needs to know a .css module exists.
declare module '*.css';
