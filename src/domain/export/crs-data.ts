/**
 * The content of the Cybersecurity Requirements Specification (IEC 62443-3-2 ZCR 6), independent
 * of its format: crs-html and crs-md render this same structure. Values are raw user text; each
 * renderer escapes for its own format.
 */

import { zoneCoverage } from '../analysis/coverage';
import { assetType } from '../catalog/asset-types';
import { control } from '../catalog/controls';
import { ZONE_KIND_INFO } from '../catalog/zone-kinds';
import { CHARACTERISTIC_FIELDS } from '../model/characteristics';
import { buildIndex } from '../model/derive';
import type { Conduit, Model, Severity, Zone } from '../model/schema';
import { complianceMatrix, type ElementCompliance, STATUS_LABEL } from '../risk/compliance';
import { riskAssessmentOf, type ScoredRisk, worstResidual, worstUnmitigated } from '../risk/scoring';
import { ruleById } from '../rules/index';
import { FR_IDS, type SlVector, toVector } from '../security-level';
import type { EvaluationView } from './findings';
import { formatGenerated, type ReportOptions } from './report-data';

export interface CrsRisk {
  id: string;
  title: string;
  threat: string;
  vulnerability: string;
  consequenceCategories: string;
  unmitigated: string;
  residual: string;
  aboveTolerance: boolean;
  countermeasures: string;
  owner: string;
  status: string;
}

export interface CrsRequirement {
  fr: string;
  id: string;
  title: string;
  fromSl: number;
  required: boolean;
  status: string;
  evidence: string;
}

export interface CrsElement {
  kind: 'zone' | 'conduit';
  id: string;
  name: string;
  /** "Control zone", "Filtering conduit joining A ↔ B". */
  what: string;
  description: string;
  characteristics: Array<[heading: string, text: string]>;
  /** Why there is no SL-T, when the element explicitly has none. */
  noSlTarget?: string;
  slTarget?: SlVector;
  /** The SL-T suggested by the worst unmitigated risk. */
  suggestedSl?: number;
  slAchieved: SlVector;
  /**
   * SL-C per FR: a conduit's own, a zone's weakest asset. 'unknown' where a capability the SL-T
   * depends on is not recorded (unknown is not compliant); undefined without an SL-T.
   */
  slCapability?: Array<number | 'unknown'>;
  /** Zones: asset names and types; conduits: "from → to protocol/port" per flow. */
  contents: string[];
  requirements: CrsRequirement[];
  risks: CrsRisk[];
  worstUnmitigated: string;
  worstResidual: string;
  findings: Array<{ severity: Severity; title: string; message: string }>;
}

export interface CrsData {
  title: string;
  generatedAt: string;
  meta: Array<[string, string]>;
  description: string;
  matrix: {
    own: boolean;
    likelihood: string[];
    consequence: string[];
    /** Level label per cell, [likelihood - 1][consequence - 1]. */
    cells: string[][];
    tolerable: string;
    mapping: Array<[level: string, sl: number]>;
  };
  elements: CrsElement[];
  /** Rules the policy disables or re-grades: the accepted deviations from the checks. */
  accepted: Array<{ rule: string; title: string; change: string }>;
}

const riskLevel = (s: ScoredRisk, residual: boolean) => {
  const [l, c, score, level] = residual
    ? [s.residualLikelihood, s.residualConsequence, s.residualScore, s.residualLevel]
    : [s.risk.likelihood, s.risk.consequence, s.score, s.level];
  return `${level?.label ?? '?'} (${l} × ${c} = ${score})`;
};

function crsRisk(s: ScoredRisk): CrsRisk {
  const r = s.risk;
  const controls = (r.controls ?? []).map((id) => control(id)?.label ?? id);
  return {
    id: r.id,
    title: r.title,
    threat: [r.threatSource, r.vector].filter(Boolean).join(' — '),
    vulnerability: r.vulnerability ?? '',
    consequenceCategories: (r.consequenceCategories ?? []).join(', '),
    unmitigated: riskLevel(s, false),
    residual: riskLevel(s, true),
    aboveTolerance: s.aboveTolerance,
    countermeasures: [...controls, r.countermeasures ?? ''].filter(Boolean).join('; '),
    owner: r.owner ?? '',
    status: r.status ?? 'open',
  };
}

export function buildCrsData(model: Model, evaluation: EvaluationView, options: ReportOptions = {}): CrsData {
  const index = buildIndex(model);
  const assessment = riskAssessmentOf(model);
  const compliance = new Map<string, ElementCompliance>(
    complianceMatrix(model).map((e) => [`${e.kind}:${e.id}`, e]),
  );
  const suggestion = new Map(assessment.suggestions.map((s) => [s.subjectId, s.suggested]));
  const zoneName = (id: string) => index.zone.get(id)?.name ?? id;
  const coverage = new Map(zoneCoverage(model).map((row) => [row.zone, row]));
  const capability = (e: Zone | Conduit, kind: 'zone' | 'conduit', target: SlVector) => {
    if (kind === 'conduit') {
      const own = (e as Conduit).slCapability;
      const v = own === undefined ? undefined : toVector(own);
      return target.map((t, i) => (v ? v[i]! : t > 0 ? 'unknown' : 0));
    }
    const row = coverage.get(e.id);
    return target.map((t, i) => {
      const cell = row?.cells[i];
      if (!cell) return 'unknown' as const;
      if (cell.assetUnknown && cell.assetGap === 0) return 'unknown' as const;
      return cell.asset ?? (t > 0 ? ('unknown' as const) : 0);
    });
  };

  const element = (e: Zone | Conduit, kind: 'zone' | 'conduit'): CrsElement => {
    const c = e.characteristics ?? {};
    const comp = compliance.get(`${kind}:${e.id}`)!;
    const scored = assessment.bySubject.get(e.id) ?? [];
    const worstU = worstUnmitigated(assessment.matrix, scored);
    const worstR = worstResidual(assessment.matrix, scored);
    const what =
      kind === 'zone'
        ? ZONE_KIND_INFO[(e as Zone).kind].label
        : `${(e as Conduit).type} conduit joining ${(e as Conduit).zoneIds.map(zoneName).join((e as Conduit).direction === 'forward' || (e as Conduit).type === 'unidirectional' ? ' → ' : ' ↔ ')}`;
    const contents =
      kind === 'zone'
        ? (index.assetsByZone.get(e.id) ?? []).map(
            (a) =>
              `${a.name} (${assetType(a.type).label}${a.slCapability === undefined ? ', SL-C unknown' : ''})`,
          )
        : ((e as Conduit).flows ?? []).map(
            (f) =>
              `${zoneName(f.from)} → ${zoneName(f.to)} ${f.protocol}${f.port === undefined ? '' : `/${f.port}`}`,
          );
    const out: CrsElement = {
      kind,
      id: e.id,
      name: e.name,
      what,
      description: e.description ?? '',
      characteristics: CHARACTERISTIC_FIELDS.flatMap(([key, heading]) => {
        const text = c[key];
        return text ? [[heading, text] as [string, string]] : [];
      }),
      slAchieved: comp.achieved,
      contents,
      requirements: comp.frs.flatMap((f) =>
        f.rows.map((r) => ({
          fr: `FR${FR_IDS.indexOf(f.fr) + 1} ${f.fr}`,
          id: r.requirement.id,
          title: r.requirement.title,
          fromSl: r.requirement.fromSl,
          required: r.required,
          status: r.status ? STATUS_LABEL[r.status.status] : 'Not assessed',
          evidence: r.status?.evidence ?? '',
        })),
      ),
      risks: scored.map(crsRisk),
      worstUnmitigated: worstU?.level?.label ?? '',
      worstResidual: worstR?.residualLevel?.label ?? '',
      findings: (evaluation.bySubject.get(e.id) ?? []).map((f) => ({
        severity: f.severity,
        title: ruleById(f.rule)?.title ?? f.rule,
        message: f.message,
      })),
    };
    if (c.noSlTarget) out.noSlTarget = c.noSlTarget.reason;
    if (comp.target) {
      out.slTarget = comp.target;
      out.slCapability = capability(e, kind, comp.target);
    }
    const s = suggestion.get(e.id);
    if (s !== undefined) out.suggestedSl = s;
    return out;
  };

  const m = assessment.matrix.data;
  const meta = model.meta;
  return {
    title: meta.name || 'Untitled model',
    generatedAt: formatGenerated(options.generatedAt ?? new Date()),
    meta: [
      ['Site', meta.site ?? ''],
      ['Author', meta.author ?? ''],
      ['Last updated', meta.updatedAt ?? ''],
    ].filter(([, v]) => v !== '') as Array<[string, string]>,
    description: meta.description ?? '',
    matrix: {
      own: model.riskMatrix !== undefined,
      likelihood: m.likelihood,
      consequence: m.consequence,
      cells: m.cells.map((row) => row.map((id) => assessment.matrix.level(id)?.label ?? id)),
      tolerable: assessment.matrix.tolerable.label,
      mapping: m.levels.map((l) => [l.label, l.suggestedSl]),
    },
    elements: [
      ...model.zones.map((z) => element(z, 'zone')),
      ...model.conduits.map((c) => element(c, 'conduit')),
    ],
    accepted: Object.entries(model.policy?.rules ?? {})
      .filter(([, o]) => o.enabled === false || o.severity !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([rule, o]) => ({
        rule,
        title: ruleById(rule)?.title ?? rule,
        change: o.enabled === false ? 'disabled' : `severity set to ${o.severity}`,
      })),
  };
}
