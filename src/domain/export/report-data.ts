/**
 * The content of the security-plan report, independent of its format: the HTML and the Markdown
 * report render this same structure, so they always say the same thing. Values here are raw user
 * text; each renderer escapes for its own format.
 */
import { ASSET_CLASS_LABEL, assetType } from '../catalog/asset-types';
import { effectivePurdueLevel, type PurdueLevel, ZONE_KIND_INFO } from '../catalog/zone-kinds';
import { evaluate } from '../engine/evaluate';
import { CHARACTERISTIC_FIELDS } from '../model/characteristics';
import { assetTraits, buildIndex, conduitEffectiveTarget } from '../model/derive';
import type { Asset, Characteristics, ElementKind, Model, Severity } from '../model/schema';
import { ruleById } from '../rules/index';
import { FR_IDS, type SlVector, toVector } from '../security-level';
import { conduitDirection, controlLabel } from './csv';
import { countBySeverity, type EvaluationView } from './findings';

export interface ReportOptions {
  /** When the report was generated; defaults to now. Tests pass a fixed date. */
  generatedAt?: Date;
}

export interface FindingRow {
  severity: Severity;
  rule: string;
  ruleTitle: string;
  subjectKind: ElementKind;
  /** The subject's id: messages name elements, the report's element column keeps the id. */
  subjectId: string;
  subjectName: string;
  message: string;
  reference: string;
  fix: string;
}

export interface ZoneRow {
  id: string;
  name: string;
  kind: string;
  purdueLevel: PurdueLevel;
  parent: string;
  slTarget: SlVector | undefined;
  assets: number;
  owner: string;
  description: string;
  findings: Record<Severity, number>;
}

export interface AssetRow {
  name: string;
  type: string;
  class: string;
  flags: string[];
  slCapability: SlVector | undefined;
  addresses: string;
  vendorModel: string;
}

export interface ConduitRow {
  id: string;
  name: string;
  zones: string[];
  type: string;
  direction: 'forward' | 'bidirectional';
  controls: string[];
  slTarget: SlVector | undefined;
  targetSource: 'conduit' | 'zones' | 'not set';
  slCapability: SlVector | undefined;
  /** Per FR: capability below target. */
  short: boolean[];
  flags: string[];
  findings: Record<Severity, number>;
  description: string;
}

export interface FlowRow {
  conduit: string;
  from: string;
  to: string;
  protocol: string;
  port: string;
  description: string;
}

export interface PolicyRow {
  rule: string;
  title: string;
  change: string;
  /** Findings the policy hides (disabled rules). */
  hidden: number;
}

export interface NoteRow {
  text: string;
  author: string;
  createdAt: string;
  /** What the note is about: an element's name, or "Diagram" for sticky notes. */
  about: string;
}

/** One change record (model.changeRecords), as the "Change history" section lists it. */
export interface ChangeRow {
  date: string;
  title: string;
  status: string;
  reason: string;
  ticket: string;
  requestedBy: string;
  implementedBy: string;
  approvedBy: string;
  version: string;
  summary: string;
}

export interface ReportData {
  title: string;
  meta: Array<[label: string, value: string]>;
  description: string;
  generatedAt: string;
  counts: { zones: number; assets: number; conduits: number; flows: number };
  findingCounts: { error: number; warning: number; info: number };
  suppressed: number;
  findings: FindingRow[];
  zones: ZoneRow[];
  assetsByZone: Array<{ zone: string; assets: AssetRow[] }>;
  conduits: ConduitRow[];
  flows: FlowRow[];
  policy: PolicyRow[];
  notes: NoteRow[];
  changes: ChangeRow[];
  /** Zones and conduits with recorded ZCR 6 characteristics, in model order. */
  characteristics: CharacteristicsBlock[];
}

/** One zone's or conduit's characteristics (IEC 62443-3-2 ZCR 6), only the fields recorded. */
export interface CharacteristicsBlock {
  subject: string;
  rows: Array<[heading: string, text: string]>;
}

function characteristicsBlock(subject: string, c: Characteristics | undefined): CharacteristicsBlock[] {
  if (!c) return [];
  const rows: Array<[string, string]> = CHARACTERISTIC_FIELDS.flatMap(([key, heading]) =>
    c[key]?.trim() ? [[heading, c[key]!] as [string, string]] : [],
  );
  if (c.noSlTarget) rows.push(['No SL-T', c.noSlTarget.reason]);
  return rows.length ? [{ subject, rows }] : [];
}

const CONDUIT_TYPE: Record<string, string> = {
  filtering: 'Filtering',
  gateway: 'Gateway',
  unidirectional: 'Unidirectional',
};

const vector = (sl: Parameters<typeof toVector>[0] | null | undefined) =>
  sl === null || sl === undefined ? undefined : toVector(sl);

/** ISO date and time in UTC without seconds: "2025-03-01 14:05 UTC". Same output on every machine. */
export function formatGenerated(date: Date): string {
  return `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

function assetRow(a: Asset): AssetRow {
  const type = assetType(a.type);
  const t = assetTraits(a);
  return {
    name: a.name,
    type: type.id === a.type ? type.label : `${a.type} (unknown type)`,
    class: ASSET_CLASS_LABEL[t.class],
    flags: [
      t.safetyRelated ? 'safety' : '',
      t.wireless ? 'wireless' : '',
      t.transient ? 'transient' : '',
      t.externalNetwork ? 'external network' : '',
    ].filter(Boolean),
    slCapability: vector(a.slCapability),
    addresses: (a.addresses ?? []).join(', '),
    vendorModel: [a.vendor, a.model].filter(Boolean).join(' '),
  };
}

export function buildReportData(
  model: Model,
  evaluation: EvaluationView,
  options: ReportOptions = {},
): ReportData {
  const index = buildIndex(model);
  const nameOf = (id: string) =>
    (index.zone.get(id)?.name ?? index.asset.get(id)?.name ?? index.conduit.get(id)?.name) || id;
  const meta = model.meta;

  const findings: FindingRow[] = evaluation.findings.map((f) => ({
    severity: f.severity,
    rule: f.rule,
    ruleTitle: ruleById(f.rule)?.title ?? f.rule,
    subjectKind: f.subject.kind,
    subjectId: f.subject.id,
    subjectName: nameOf(f.subject.id),
    message: f.message,
    reference: f.reference,
    fix: f.fix,
  }));

  const zones: ZoneRow[] = model.zones.map((z) => ({
    id: z.id,
    name: z.name,
    kind: ZONE_KIND_INFO[z.kind].label,
    purdueLevel: effectivePurdueLevel(z),
    parent: z.parentId === undefined ? '' : nameOf(z.parentId),
    slTarget: vector(z.slTarget),
    assets: index.assetsByZone.get(z.id)?.length ?? 0,
    owner: z.owner ?? '',
    description: z.description ?? '',
    findings: countBySeverity(evaluation.bySubject.get(z.id)),
  }));

  const assetsByZone = model.zones
    .filter((z) => (index.assetsByZone.get(z.id)?.length ?? 0) > 0)
    .map((z) => ({ zone: z.name, assets: (index.assetsByZone.get(z.id) ?? []).map(assetRow) }));

  const conduits: ConduitRow[] = model.conduits.map((c) => {
    const target = conduitEffectiveTarget(c, index);
    const capability = vector(c.slCapability);
    const own = c.slTarget !== null && c.slTarget !== undefined;
    return {
      id: c.id,
      name: c.name,
      zones: c.zoneIds.map(nameOf),
      type: CONDUIT_TYPE[c.type] ?? c.type,
      direction: conduitDirection(c),
      controls: (c.controls ?? []).map(controlLabel),
      slTarget: target,
      targetSource: own ? 'conduit' : target ? 'zones' : 'not set',
      slCapability: capability,
      short: FR_IDS.map(
        (_, i) => target !== undefined && capability !== undefined && capability[i]! < target[i]!,
      ),
      flags: [
        c.untrustedNetwork ? 'untrusted network' : '',
        c.remoteAccess ? 'remote access' : '',
        c.serviceProvider ? 'service provider' : '',
      ].filter(Boolean),
      findings: countBySeverity(evaluation.bySubject.get(c.id)),
      description: c.description ?? '',
    };
  });

  const flows: FlowRow[] = model.conduits.flatMap((c) =>
    (c.flows ?? []).map((f) => ({
      conduit: c.name,
      from: nameOf(f.from),
      to: nameOf(f.to),
      protocol: f.protocol,
      port: f.port === undefined ? '' : String(f.port),
      description: f.description ?? '',
    })),
  );

  // Which findings the policy hides: re-run the engine without the policy and count by rule.
  const rules = model.policy?.rules ?? {};
  const disabledIds = Object.keys(rules).filter((id) => rules[id]?.enabled === false);
  const hiddenByRule = new Map<string, number>();
  if (disabledIds.length) {
    const unfiltered = evaluate({ ...model, policy: undefined });
    for (const f of unfiltered.findings) hiddenByRule.set(f.rule, (hiddenByRule.get(f.rule) ?? 0) + 1);
  }
  const policy: PolicyRow[] = Object.keys(rules)
    .sort()
    .flatMap((id) => {
      const entry = rules[id]!;
      const title = ruleById(id)?.title ?? 'unknown rule (ignored)';
      if (entry.enabled === false)
        return [{ rule: id, title, change: 'disabled', hidden: hiddenByRule.get(id) ?? 0 }];
      if (entry.severity)
        return [{ rule: id, title, change: `severity set to ${entry.severity}`, hidden: 0 }];
      return [];
    });

  const notes: NoteRow[] = (model.notes ?? []).map((n) => ({
    text: n.text,
    author: n.author ?? '',
    createdAt: n.createdAt ?? '',
    about: n.targetId === undefined ? 'Diagram' : nameOf(n.targetId),
  }));

  // Newest first (undated last), as a change log reads; ties keep the file's order.
  const changes: ChangeRow[] = (model.changeRecords ?? [])
    .map((r) => ({
      date: r.date ?? '',
      title: r.title,
      status: r.status,
      reason: r.reason ?? '',
      ticket: r.ticket ?? '',
      requestedBy: r.requestedBy ?? '',
      implementedBy: r.implementedBy ?? '',
      approvedBy: r.approvedBy ?? '',
      version: r.version ?? '',
      summary: r.summary ?? '',
    }))
    .sort((a, b) =>
      a.date === b.date ? 0 : a.date === '' ? 1 : b.date === '' ? -1 : a.date < b.date ? 1 : -1,
    );

  const characteristics = [
    ...model.zones.flatMap((z) => characteristicsBlock(`Zone ${z.name} (${z.id})`, z.characteristics)),
    ...model.conduits.flatMap((c) => characteristicsBlock(`Conduit ${c.name} (${c.id})`, c.characteristics)),
  ];

  return {
    characteristics,
    title: meta.name || 'Untitled model',
    meta: [
      ['Site', meta.site ?? ''],
      ['Author', meta.author ?? ''],
      ['Last updated', meta.updatedAt ?? ''],
    ].filter(([, v]) => v !== '') as Array<[string, string]>,
    description: meta.description ?? '',
    generatedAt: formatGenerated(options.generatedAt ?? new Date()),
    counts: {
      zones: model.zones.length,
      assets: model.assets.length,
      conduits: model.conduits.length,
      flows: flows.length,
    },
    findingCounts: evaluation.counts,
    suppressed: evaluation.suppressed,
    findings,
    zones,
    assetsByZone,
    conduits,
    flows,
    policy,
    notes,
    changes,
  };
}
