/** Every template definition, in the order the "New from template" dialog shows them. */
import { discreteManufacturing } from './defs/discrete-manufacturing';
import { pharmaBatch } from './defs/pharma-batch';
import { purdueReference } from './defs/purdue-reference';
import { waterUtility } from './defs/water-utility';
import type { TemplateSpec } from './template-dsl';

export const TEMPLATE_SPECS: readonly TemplateSpec[] = [
  purdueReference,
  waterUtility,
  discreteManufacturing,
  pharmaBatch,
];
