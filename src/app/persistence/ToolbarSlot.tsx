/** Puts the documents menu in the header (found by the shell's slot loader, see shell/slots.tsx). */
export { DocumentsMenu as ToolbarSlot } from './DocumentsMenu';

/** After the import/export buttons: the documents menu sits at the header's right end. */
export const order = 200;
