/** The comparison drawer and its canvas marks, mounted at the app root (shell/app-layers.tsx). */
export { ComparePanel as CompareLayers } from './ComparePanel';
