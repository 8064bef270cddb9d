/**
 * The diagram geometry lives in the domain (src/domain/layout/geometry.ts) so that the exporters
 * place everything exactly as the canvas does; the canvas modules import it from here.
 */

export { layoutFor } from '../../domain/derived/model';
export * from '../../domain/layout/geometry';
