/**
 * Security-level arithmetic. An SL is either one level (0–4) that applies to all seven
 * foundational requirements, or a vector of seven levels in the order FR1..FR7.
 */

export const FR_IDS = ['IAC', 'UC', 'SI', 'DC', 'RDF', 'TRE', 'RA'] as const;
export type FrId = (typeof FR_IDS)[number];

export const FR_NAMES: Record<FrId, string> = {
  IAC: 'Identification and authentication control',
  UC: 'Use control',
  SI: 'System integrity',
  DC: 'Data confidentiality',
  RDF: 'Restricted data flow',
  TRE: 'Timely response to events',
  RA: 'Resource availability',
};

/** Index of each FR in a vector: FR1 = IAC = 0 … FR7 = RA = 6. */
export const FR_INDEX: Record<FrId, number> = { IAC: 0, UC: 1, SI: 2, DC: 3, RDF: 4, TRE: 5, RA: 6 };

export const MAX_SL = 4;

/** The value as it appears in a model file. */
export type SecurityLevel = number | readonly number[];
/** Always seven levels, FR1..FR7. */
export type SlVector = readonly [number, number, number, number, number, number, number];

export const ZERO_VECTOR: SlVector = [0, 0, 0, 0, 0, 0, 0];

export function toVector(sl: SecurityLevel): SlVector {
  if (typeof sl === 'number') return [sl, sl, sl, sl, sl, sl, sl];
  return [sl[0] ?? 0, sl[1] ?? 0, sl[2] ?? 0, sl[3] ?? 0, sl[4] ?? 0, sl[5] ?? 0, sl[6] ?? 0];
}

/** Per-FR maximum of the given levels; undefined when none is given. */
export function maxVector(levels: ReadonlyArray<SecurityLevel | null | undefined>): SlVector | undefined {
  let result: number[] | undefined;
  for (const level of levels) {
    if (level === null || level === undefined) continue;
    const v = toVector(level);
    if (!result) result = [...v];
    else for (let i = 0; i < 7; i++) result[i] = Math.max(result[i] ?? 0, v[i] ?? 0);
  }
  return result ? toVector(result) : undefined;
}

/** Per-FR minimum of the given levels; undefined when none is given. */
export function minVector(levels: ReadonlyArray<SecurityLevel | null | undefined>): SlVector | undefined {
  let result: number[] | undefined;
  for (const level of levels) {
    if (level === null || level === undefined) continue;
    const v = toVector(level);
    if (!result) result = [...v];
    else for (let i = 0; i < 7; i++) result[i] = Math.min(result[i] ?? 0, v[i] ?? 0);
  }
  return result ? toVector(result) : undefined;
}

export function levelOn(sl: SecurityLevel, fr: FrId): number {
  return toVector(sl)[FR_INDEX[fr]] ?? 0;
}

export interface FrShortfall {
  fr: FrId;
  capability: number;
  target: number;
  /** target − capability, always ≥ 1 */
  gap: number;
}

/** The FRs on which `capability` falls below `target`, with the gap on each. */
export function shortfalls(capability: SecurityLevel, target: SecurityLevel): FrShortfall[] {
  const c = toVector(capability);
  const t = toVector(target);
  const result: FrShortfall[] = [];
  FR_IDS.forEach((fr, i) => {
    if (c[i]! < t[i]!) result.push({ fr, capability: c[i]!, target: t[i]!, gap: t[i]! - c[i]! });
  });
  return result;
}

export function isUniform(sl: SecurityLevel): boolean {
  const v = toVector(sl);
  return v.every((x) => x === v[0]);
}

export function vectorsEqual(a: SecurityLevel, b: SecurityLevel): boolean {
  const va = toVector(a);
  const vb = toVector(b);
  return va.every((x, i) => x === vb[i]);
}

/** "IAC 2, UC 2, SI 3, DC 1, RDF 2, TRE 1, RA 1": every FR labelled, so nobody needs the FR order. */
function frLevels(v: SlVector): string {
  return FR_IDS.map((fr, i) => `${fr} ${v[i]}`).join(', ');
}

/**
 * The one readable form of a level for people (finding messages, analysis texts, tooltips, the CLI),
 * used after "SL-T " / "SL-C ": "2" for a uniform level; a vector labelled by FR,
 * "(IAC 2, UC 2, SI 3, DC 1, RDF 2, TRE 1, RA 1)". (Diagram labels print the compact
 * "[2,2,3,1,2,1,1]" next to a legend: export/svg/context.ts slShort.)
 */
export function slText(sl: SecurityLevel): string {
  const v = toVector(sl);
  return isUniform(v) ? String(v[0]) : `(${frLevels(v)})`;
}

/** The same on its own: "SL 2"; "IAC 2, UC 2, SI 3, …" for a vector; "not set" for none. */
export function formatSl(sl: SecurityLevel | null | undefined): string {
  if (sl === null || sl === undefined) return 'not set';
  const v = toVector(sl);
  return isUniform(v) ? `SL ${v[0]}` : frLevels(v);
}

/** "IAC 2<3, RDF 1<3" — the FRs that fall short, capability < target. */
export function formatShortfalls(list: readonly FrShortfall[]): string {
  return list.map((s) => `${s.fr} ${s.capability}<${s.target}`).join(', ');
}

/** Compact form used when writing a model: a number when all seven FRs agree. */
export function normaliseSl(sl: SecurityLevel): SecurityLevel {
  return isUniform(sl) ? toVector(sl)[0] : [...toVector(sl)];
}
