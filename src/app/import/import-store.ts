/** What the import dialogs show; the menu, drag and drop and the dialogs share it. Not history. */
import { create } from 'zustand';

/** One problem of a file: where (a JSON path, or "(root)") and what. */
export interface Problem {
  path: string;
  message: string;
}

export interface ImportState {
  /** A model file that could not be opened, with every problem ("path: message"). */
  problems: { fileName: string; issues: Problem[] } | null;
  /** The inventory dialog: open without a file (pick one) or with one already chosen. */
  inventory: { file: File | null } | null;
  /** A file is being dragged over the window. */
  dragging: boolean;
  /** The import preview of another tool's file (draw.io, OTM, Threat Dragon, Threagile, …). */
  foreign: { fileName: string; text: string } | null;
}

export const useImport = create<ImportState>()(() => ({
  problems: null,
  inventory: null,
  dragging: false,
  foreign: null,
}));

export const showProblems = (fileName: string, issues: Problem[]) =>
  useImport.setState({ problems: { fileName, issues } });
export const closeProblems = () => useImport.setState({ problems: null });
export const openInventory = (file: File | null) => useImport.setState({ inventory: { file } });
export const closeInventory = () => useImport.setState({ inventory: null });
export const openForeign = (fileName: string, text: string) =>
  useImport.setState({ foreign: { fileName, text } });
export const closeForeign = () => useImport.setState({ foreign: null });
