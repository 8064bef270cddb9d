/**
 * IEC 62443-3-3 compliance per zone and conduit: which SRs and REs apply at its SL-T, the status
 * the team recorded for each (met / partly / not met / not applicable, with evidence), and the
 * achieved level SL-A per FR, the highest SL whose applicable requirements are all met. "Not
 * applicable" counts as met (the team judged it irrelevant to this element); "partly" does not.
 */
import { buildIndex, conduitEffectiveTarget, type ModelIndex, zoneTarget } from '../model/derive';
import type { Conduit, Model, RequirementStatus, Zone } from '../model/schema';
import { FR_IDS, type FrId, MAX_SL, type SlVector } from '../security-level';
import { SYSTEM_REQUIREMENTS, type SystemRequirement } from '../standard/requirements';

export interface RequirementRow {
  requirement: SystemRequirement;
  /** Whether the element's SL-T on this FR reaches the requirement's level. */
  required: boolean;
  status?: RequirementStatus;
}

export interface FrCompliance {
  fr: FrId;
  /** SL-T on this FR; undefined when the element is not assessed. */
  target?: number;
  /** Highest SL whose requirements on this FR are all met (0 when SL 1's are not). */
  achieved: number;
  /** target − achieved, at least 0; 0 when there is no target. */
  gap: number;
  /** Requirements needed at the SL-T, plus any others with a recorded status, in table order. */
  rows: RequirementRow[];
}

export interface ElementCompliance {
  kind: 'zone' | 'conduit';
  id: string;
  name: string;
  target?: SlVector;
  frs: FrCompliance[];
  /** SL-A as a vector FR1..FR7. */
  achieved: SlVector;
  worstGap: number;
}

const BY_FR = new Map<FrId, SystemRequirement[]>(
  FR_IDS.map((fr) => [fr, SYSTEM_REQUIREMENTS.filter((r) => r.fr === fr)]),
);

export function requirementsOf(fr: FrId): readonly SystemRequirement[] {
  return BY_FR.get(fr) ?? [];
}

const satisfied = (s: RequirementStatus | undefined) => s?.status === 'met' || s?.status === 'not-applicable';

/** SL-A on one FR from the recorded statuses. */
export function achievedLevel(
  fr: FrId,
  statuses: Readonly<Record<string, RequirementStatus>> | undefined,
): number {
  const reqs = requirementsOf(fr);
  let achieved = 0;
  for (let sl = 1; sl <= MAX_SL; sl++) {
    if (!reqs.filter((r) => r.fromSl === sl).every((r) => satisfied(statuses?.[r.id]))) break;
    achieved = sl;
  }
  return achieved;
}

function frRow(
  fr: FrId,
  i: number,
  target: SlVector | undefined,
  statuses: Zone['requirements'],
): FrCompliance {
  const t = target?.[i];
  const achieved = achievedLevel(fr, statuses);
  const rows: RequirementRow[] = [];
  for (const requirement of requirementsOf(fr)) {
    const required = t !== undefined && requirement.fromSl <= t;
    const status = statuses?.[requirement.id];
    if (!required && !status) continue;
    rows.push(status ? { requirement, required, status } : { requirement, required });
  }
  const row: FrCompliance = { fr, achieved, gap: t === undefined ? 0 : Math.max(0, t - achieved), rows };
  if (t !== undefined) row.target = t;
  return row;
}

export function elementCompliance(
  element: Zone | Conduit,
  kind: 'zone' | 'conduit',
  index: ModelIndex,
): ElementCompliance {
  const target =
    kind === 'zone' ? zoneTarget(element as Zone) : conduitEffectiveTarget(element as Conduit, index);
  const frs = FR_IDS.map((fr, i) => frRow(fr, i, target, element.requirements));
  const result: ElementCompliance = {
    kind,
    id: element.id,
    name: element.name,
    frs,
    achieved: frs.map((f) => f.achieved) as unknown as SlVector,
    worstGap: Math.max(0, ...frs.map((f) => f.gap)),
  };
  if (target) result.target = target;
  return result;
}

/** Zones, then conduits, in model order. */
export function complianceMatrix(model: Model): ElementCompliance[] {
  const index = buildIndex(model);
  return [
    ...model.zones.map((z) => elementCompliance(z, 'zone', index)),
    ...model.conduits.map((c) => elementCompliance(c, 'conduit', index)),
  ];
}

export const STATUS_LABEL: Record<RequirementStatus['status'], string> = {
  met: 'Met',
  partly: 'Partly met',
  'not-met': 'Not met',
  'not-applicable': 'Not applicable',
};
