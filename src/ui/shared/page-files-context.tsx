/**
 * Gives components the page's file work (backup, restore, notes export: src/db/files/page-files.ts)
 * the way ClientContext gives them the background. The database code is loaded only when a file is
 * first asked for, so the popup opens without it; tests provide an in-memory one.
 */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { PageFiles } from '../../db/files/page-files.ts';

export type LoadPageFiles = () => Promise<PageFiles>;

const loadDatabaseFiles: LoadPageFiles = async () => (await import('../../db/files/page-files.ts')).databaseFiles;

export const PageFilesContext = createContext<LoadPageFiles>(loadDatabaseFiles);

export const usePageFiles = (): LoadPageFiles => useContext(PageFilesContext);
