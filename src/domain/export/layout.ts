/**
 * Moved to src/domain/layout (one layout for the canvas and the exporters). Kept only for
 * src/domain/edit/edit-sequence.property.test.ts, which imports it from here; new code imports
 * `layoutDiagram` from '../layout/diagram'.
 */
export { layoutDiagram } from '../layout/diagram';
