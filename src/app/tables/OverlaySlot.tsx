/** The Tables drawer at the app root (found by shell/slots.tsx). */
export { TablesDrawer as OverlaySlot } from './TablesDrawer';
