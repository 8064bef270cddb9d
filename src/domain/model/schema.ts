/**
 * The ot-zones model format, version 1: the file users save, diff and check.
 * Field names are a contract with users' files: add fields, never rename.
 * The schema keeps what the file says (no defaults are filled in), so a file round-trips unchanged;
 * defaults are derived by accessor functions (see model/derive.ts).
 */
import ipaddr from 'ipaddr.js';
import { z } from 'zod';
import { PURDUE_LEVELS, ZONE_KINDS } from '../catalog/zone-kinds';
import { MAX_SL } from '../security-level';
import { LIMITS } from './limits';

export const FORMAT_ID = 'ot-zones';
export const CURRENT_VERSION = 1;

const id = z.string().min(1, 'must not be empty').max(LIMITS.id);
const name = z.string().max(LIMITS.name);
const text = z.string().max(LIMITS.text);

const level = z.int().min(0).max(MAX_SL);
/** One level for all seven FRs, or seven levels FR1..FR7 (IAC, UC, SI, DC, RDF, TRE, RA). */
export const SecurityLevelSchema = z.union([level, z.array(level).length(7)]);

export const ZoneKindSchema = z.enum(ZONE_KINDS);
export const PurdueLevelSchema = z.literal(PURDUE_LEVELS);

/**
 * IEC 62443-3-2 ZCR 6 characteristics of a zone or conduit, grouped so the element schema stays
 * readable. All free text: the CRS document prints them as written.
 */
export const CharacteristicsSchema = z.strictObject({
  accountableOrganisation: name.optional(),
  logicalBoundary: text.optional(),
  physicalBoundary: text.optional(),
  logicalAccessPoints: text.optional(),
  physicalAccessPoints: text.optional(),
  safetyDesignation: text.optional(),
  securityPolicies: text.optional(),
  assumptions: text.optional(),
  threatEnvironment: text.optional(),
  regulatoryRequirements: text.optional(),
  slTargetRationale: text.optional(),
  /** Set when the element deliberately has no SL-T (e.g. covered by a code of practice). */
  noSlTarget: z.strictObject({ reason: text }).optional(),
});

export const REQUIREMENT_STATUSES = ['met', 'partly', 'not-met', 'not-applicable'] as const;
export const RequirementStatusSchema = z.strictObject({
  status: z.enum(REQUIREMENT_STATUSES),
  evidence: text.optional(),
});
/** IEC 62443-3-3 SR/RE id ("SR 5.2 RE1") → status; checked against the table in integrity. */
const RequirementsSchema = z.record(z.string().max(40), RequirementStatusSchema);

/** An IPv4 or IPv6 range in CIDR notation ("10.1.2.0/24", "fd00:1::/64"). */
export const NetworkSchema = z
  .string()
  .max(100)
  .refine((s) => ipaddr.isValidCIDR(s), 'must be an IPv4 or IPv6 range in CIDR notation, e.g. 10.1.2.0/24');

export const ZoneSchema = z.strictObject({
  id,
  name,
  kind: ZoneKindSchema,
  purdueLevel: PurdueLevelSchema.optional(),
  slTarget: SecurityLevelSchema.nullable().optional(),
  parentId: id.optional(),
  description: text.optional(),
  owner: name.optional(),
  /** The address ranges of the zone (observed traffic is mapped to zones by them, issue 13). */
  networks: z.array(NetworkSchema).max(1000).optional(),
  characteristics: CharacteristicsSchema.optional(),
  requirements: RequirementsSchema.optional(),
});

export const AssetSchema = z.strictObject({
  id,
  name,
  type: id,
  zoneId: id,
  slCapability: SecurityLevelSchema.optional(),
  safetyRelated: z.boolean().optional(),
  wireless: z.boolean().optional(),
  transient: z.boolean().optional(),
  externalNetwork: z.boolean().optional(),
  vendor: name.optional(),
  model: name.optional(),
  addresses: z.array(name).max(1000).optional(),
  description: text.optional(),
});

export const ANY = 'any';

export const FlowSchema = z.strictObject({
  from: id,
  to: id,
  protocol: z.string().min(1, 'must not be empty').max(200),
  port: z.union([z.int().min(0).max(65535), z.literal(ANY)]).optional(),
  description: text.optional(),
});

export const ConduitTypeSchema = z.enum(['filtering', 'gateway', 'unidirectional']);
/** Where the conduit's security device (firewall, diode, gateway) sits: at zoneIds[0], zoneIds[1] or both ends. */
export const DEVICE_ENDS = ['first', 'second', 'both'] as const;
export const DirectionSchema = z.enum(['bidirectional', 'forward']);

export const ConduitSchema = z.strictObject({
  id,
  name,
  zoneIds: z.array(id).min(2, 'a conduit joins at least two zones'),
  type: ConduitTypeSchema,
  direction: DirectionSchema.optional(),
  deviceAt: z.enum(DEVICE_ENDS).optional(),
  controls: z.array(id).max(200).optional(),
  slTarget: SecurityLevelSchema.nullable().optional(),
  slCapability: SecurityLevelSchema.optional(),
  untrustedNetwork: z.boolean().optional(),
  remoteAccess: z.boolean().optional(),
  serviceProvider: z.boolean().optional(),
  flows: z.array(FlowSchema).max(10_000).optional(),
  description: text.optional(),
  characteristics: CharacteristicsSchema.optional(),
  requirements: RequirementsSchema.optional(),
});

export const SeveritySchema = z.enum(['error', 'warning', 'info']);

/** A calendar date, YYYY-MM-DD (checked for a real day, so "2026-02-30" is refused). */
export const IsoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD')
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
  }, 'is not a calendar date');

/**
 * A finding accepted as a known risk (IEC 62443-3-2 ZCR 6: residual risk documented and approved).
 * `finding` is the finding's stable key (see domain/diff/finding-key.ts); the acceptance holds
 * through `expires` (inclusive), after which the finding is open again.
 */
export const AcceptanceSchema = z.strictObject({
  finding: z.string().min(1, 'must not be empty').max(LIMITS.name),
  justification: text.min(1, 'must not be empty'),
  acceptedBy: name.optional(),
  date: IsoDateSchema.optional(),
  expires: IsoDateSchema.optional(),
  compensating: text.optional(),
  ticket: name.optional(),
});

export const PolicySchema = z.strictObject({
  acceptances: z.array(AcceptanceSchema).max(LIMITS.elements).optional(),
  rules: z
    .record(
      id,
      z.strictObject({
        enabled: z.boolean().optional(),
        severity: SeveritySchema.optional(),
      }),
    )
    .optional(),
});

const finite = z.number().refine(Number.isFinite, 'must be a finite number');

export const PositionSchema = z.strictObject({
  x: finite,
  y: finite,
  width: finite.refine((n) => n > 0, 'must be positive').optional(),
  height: finite.refine((n) => n > 0, 'must be positive').optional(),
});

/** Preset diagram colours (names, so each theme can draw them legibly); see catalog/palette.ts. */
export const PALETTE_COLOURS = [
  'slate',
  'red',
  'orange',
  'amber',
  'green',
  'teal',
  'blue',
  'violet',
  'pink',
] as const;

/**
 * A subsystem: a grey grouping of zones with no security meaning (an area, a line, a system under
 * consideration), drawn behind its zones around their boxes. The design.iec62443.au importer maps
 * its kind="subsystem" groups here.
 */
export const SubsystemSchema = z.strictObject({
  id,
  name,
  zoneIds: z.array(id).max(LIMITS.elements),
  description: text.optional(),
});

export const DiagramSchema = z.strictObject({
  positions: z.record(id, PositionSchema),
  /** Element id → preset colour: drawing only, no security meaning. */
  colors: z.record(id, z.enum(PALETTE_COLOURS)).optional(),
  /**
   * Purdue bands behind the diagram (layout/purdue-bands.ts): the y coordinates of the six band
   * edges, top to bottom, for Levels 5–4, 3.5 (DMZ), 3, 2 and 1–0. Absent: no bands.
   */
  purdueBands: z
    .array(finite)
    .length(6)
    .refine(
      (ys) => ys.every((y, i) => i === 0 || y > ys[i - 1]!),
      'band edges must increase from top to bottom',
    )
    .optional(),
  /** Subsystems drawn behind their zones (ids of zones that no longer exist are ignored). */
  subsystems: z.array(SubsystemSchema).max(LIMITS.elements).optional(),
});

/** A sticky note (no targetId; placed by diagram.positions) or a comment on an element. */
export const NoteSchema = z.strictObject({
  id,
  text,
  author: name.optional(),
  createdAt: z.string().max(100).optional(),
  targetId: id.optional(),
});

export const CHANGE_STATUSES = ['draft', 'approved', 'implemented'] as const;

/**
 * A change record (IEC 62443-2-4 SP.03/SP.06 change management): who asked for a change, who made
 * and approved it, and the ticket/MOC it belongs to. `version` names the saved version or the
 * comparison it documents; `summary` keeps the diff's summary line at the time it was recorded.
 */
export const ChangeRecordSchema = z.strictObject({
  id,
  title: name.min(1, 'must not be empty'),
  status: z.enum(CHANGE_STATUSES),
  reason: text.optional(),
  requestedBy: name.optional(),
  implementedBy: name.optional(),
  approvedBy: name.optional(),
  ticket: name.optional(),
  date: IsoDateSchema.optional(),
  version: name.optional(),
  summary: text.optional(),
});

export const CONSEQUENCE_CATEGORIES = [
  'safety',
  'environment',
  'production',
  'financial',
  'reputation',
] as const;
export const RISK_STATUSES = ['open', 'in-treatment', 'accepted', 'closed'] as const;

/** A point on the risk matrix's scale (1 = the first label); checked against the matrix in integrity. */
const scalePoint = z.int().min(1).max(20);

/** One entry of the IEC 62443-3-2 risk register (ZCR 2, ZCR 5) for a zone or conduit. */
export const RiskSchema = z.strictObject({
  id,
  subjectId: id,
  title: name,
  likelihood: scalePoint,
  consequence: scalePoint,
  residualLikelihood: scalePoint.optional(),
  residualConsequence: scalePoint.optional(),
  threatSource: text.optional(),
  vector: text.optional(),
  vulnerability: text.optional(),
  consequenceCategories: z
    .array(z.enum(CONSEQUENCE_CATEGORIES))
    .max(CONSEQUENCE_CATEGORIES.length)
    .optional(),
  /** Catalog control ids (catalog/controls.ts) that treat the risk. */
  controls: z.array(id).max(200).optional(),
  /** Countermeasures in free text (procedures, products, anything the catalog lacks). */
  countermeasures: text.optional(),
  owner: name.optional(),
  status: z.enum(RISK_STATUSES).optional(),
  notes: text.optional(),
});

export const RiskLevelSchema = z.strictObject({
  id,
  label: name,
  /** The SL-T this unmitigated level suggests (organisation-defined). */
  suggestedSl: level,
});

/**
 * The organisation's risk matrix: scale labels, the level of each cell, the tolerable level and
 * the level → SL-T mapping. `levels` run from least to most severe; `cells[l - 1][c - 1]` is the
 * level id for likelihood l and consequence c.
 */
export const RiskMatrixSchema = z.strictObject({
  likelihood: z.array(name).min(2).max(20),
  consequence: z.array(name).min(2).max(20),
  levels: z.array(RiskLevelSchema).min(2).max(10),
  cells: z.array(z.array(id).max(20)).max(20),
  tolerable: id,
});

export const MetaSchema = z.strictObject({
  name,
  site: name.optional(),
  description: text.optional(),
  author: name.optional(),
  updatedAt: z.string().max(100).optional(),
});

export const ModelSchema = z.strictObject({
  format: z.literal(FORMAT_ID),
  version: z.literal(CURRENT_VERSION),
  meta: MetaSchema,
  zones: z.array(ZoneSchema).max(LIMITS.elements),
  assets: z.array(AssetSchema).max(LIMITS.elements),
  conduits: z.array(ConduitSchema).max(LIMITS.elements),
  notes: z.array(NoteSchema).max(LIMITS.elements).optional(),
  policy: PolicySchema.optional(),
  changeRecords: z.array(ChangeRecordSchema).max(LIMITS.elements).optional(),
  diagram: DiagramSchema.optional(),
  risks: z.array(RiskSchema).max(LIMITS.elements).optional(),
  riskMatrix: RiskMatrixSchema.optional(),
});

export type Characteristics = z.infer<typeof CharacteristicsSchema>;
export type RequirementStatus = z.infer<typeof RequirementStatusSchema>;
export type Risk = z.infer<typeof RiskSchema>;
export type RiskMatrix = z.infer<typeof RiskMatrixSchema>;
export type RiskLevel = z.infer<typeof RiskLevelSchema>;
export type ConsequenceCategory = (typeof CONSEQUENCE_CATEGORIES)[number];
export type Zone = z.infer<typeof ZoneSchema>;
export type Asset = z.infer<typeof AssetSchema>;
export type Flow = z.infer<typeof FlowSchema>;
export type Conduit = z.infer<typeof ConduitSchema>;
export type ConduitType = z.infer<typeof ConduitTypeSchema>;
export type Direction = z.infer<typeof DirectionSchema>;
export type DeviceEnds = (typeof DEVICE_ENDS)[number];
export type PaletteColour = (typeof PALETTE_COLOURS)[number];
export type Subsystem = z.infer<typeof SubsystemSchema>;
export type Severity = z.infer<typeof SeveritySchema>;
export type Policy = z.infer<typeof PolicySchema>;
export type Acceptance = z.infer<typeof AcceptanceSchema>;
export type ChangeRecord = z.infer<typeof ChangeRecordSchema>;
export type ChangeStatus = ChangeRecord['status'];
export type Position = z.infer<typeof PositionSchema>;
export type Diagram = z.infer<typeof DiagramSchema>;
export type Note = z.infer<typeof NoteSchema>;
export type Meta = z.infer<typeof MetaSchema>;
export type Model = z.infer<typeof ModelSchema>;
export type ElementKind = 'zone' | 'asset' | 'conduit';

/** JSON Schema (draft 2020-12) of the format, for other tools to validate files. */
export function modelJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(ModelSchema, { target: 'draft-2020-12', unrepresentable: 'any' }) as Record<
    string,
    unknown
  >;
  return {
    ...schema,
    $id: 'https://ot-zones.invalid/schema/model-v1.json',
    title: 'ot-zones model, format version 1',
  };
}
