/** Puts the Import menu in the header (listed in shell/header-items.tsx). */
export { ImportMenu as ImportHeaderItems } from './ImportMenu';
