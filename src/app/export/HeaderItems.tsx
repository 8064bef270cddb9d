/** Puts the Export menu in the header (listed in shell/header-items.tsx). */
export { ExportMenu as ExportHeaderItems } from './ExportMenu';
