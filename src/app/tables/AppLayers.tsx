/** The Tables drawer at the app root (listed in shell/app-layers.tsx). */
export { TablesDrawer as TablesLayers } from './TablesDrawer';
