/** The comparison drawer and its canvas marks, mounted by the shell's slot loader (shell/slots.tsx). */
export { ComparePanel as OverlaySlot } from './ComparePanel';
