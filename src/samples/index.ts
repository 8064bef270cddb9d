/**
 * Bundled sample models. The demo is a checked-in model file (written by serializeModel, so it is
 * canonical); it is validated on load like any user file, so a broken sample fails loudly.
 */
import { formatIssue } from '../domain/model/issues';
import { parseModel } from '../domain/model/parse';
import type { Model } from '../domain/model/schema';
import { serializeModel } from '../domain/serialize/model-json';
import waterTreatment from './water-treatment.json';

/** The demo file's content as imported (not yet validated). */
export const WATER_TREATMENT_JSON: unknown = waterTreatment;

/** A fresh, validated copy of the demo model (Riverside water treatment works). */
export function demoModel(): Model {
  const result = parseModel(WATER_TREATMENT_JSON);
  if (!result.ok)
    throw new Error(`the bundled demo model is invalid:\n${result.issues.map(formatIssue).join('\n')}`);
  return result.model;
}

/** The demo model as file text (byte-identical to src/samples/water-treatment.json). */
export function demoModelText(): string {
  return serializeModel(demoModel());
}
