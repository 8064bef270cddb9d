/** IEC 62443-3-2 ZCR 6 characteristics: field order and headings shared by the CRS, registers and app. */
import type { Characteristics } from './schema';

/** Characteristic fields in the order documents print them, with their headings. */
export const CHARACTERISTIC_FIELDS: ReadonlyArray<[keyof Omit<Characteristics, 'noSlTarget'>, string]> = [
  ['accountableOrganisation', 'Accountable organisation'],
  ['logicalBoundary', 'Logical boundary'],
  ['physicalBoundary', 'Physical boundary'],
  ['logicalAccessPoints', 'Logical access points'],
  ['physicalAccessPoints', 'Physical access points'],
  ['safetyDesignation', 'Safety designation'],
  ['securityPolicies', 'Security policies'],
  ['assumptions', 'Assumptions and external dependencies'],
  ['threatEnvironment', 'Threat environment'],
  ['regulatoryRequirements', 'Regulatory requirements'],
  ['slTargetRationale', 'SL-T rationale'],
];
