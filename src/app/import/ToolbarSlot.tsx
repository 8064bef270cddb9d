/** Puts the Import menu in the header (found by the shell's slot loader, see shell/slots.tsx). */
export { ImportMenu as ToolbarSlot } from './ImportMenu';

/** First of the file menus: Import, Export, then Documents. */
export const order = 110;
