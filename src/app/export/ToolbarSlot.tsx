/** Puts the Export menu in the header (found by the shell's slot loader, see shell/slots.tsx). */
export { ExportMenu as ToolbarSlot } from './ExportMenu';

/** After the Import menu, before the documents menu. */
export const order = 120;
