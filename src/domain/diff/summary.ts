/** Words for a comparison, shared by the text and Markdown reports and the app. */

import { plural } from '../text/plural';
import type { Comparison } from './compare';
import type { FieldChange } from './fields';

/** "3 added, 1 removed, 4 changed · 2 findings introduced, 1 resolved · 1 security-relevant change" */
export function summaryLine(c: Pick<Comparison, 'summary'>): string {
  const s = c.summary;
  return [
    `${s.added} added, ${s.removed} removed, ${s.changed} changed`,
    `${plural(s.findingsIntroduced, 'finding')} introduced, ${s.findingsResolved} resolved`,
    plural(s.risks, 'security-relevant change'),
  ].join(' · ');
}

const MAX_VALUE = 80;

/** A field value for people: absent as "—", text as is (cut), lists and SL vectors as JSON. */
export function valueText(value: unknown): string {
  if (value === undefined) return '—';
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > MAX_VALUE ? `${text.slice(0, MAX_VALUE - 1)}…` : text;
}

const isTextList = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');

/** "slTarget: 2 → 3"; lists of ids as what left and joined: "controls: −vpn, +firewall". */
export function fieldText(field: FieldChange): string {
  const { before, after } = field;
  if (isTextList(before) && isTextList(after)) {
    const gone = before.filter((x) => !after.includes(x)).map((x) => `−${x}`);
    const came = after.filter((x) => !before.includes(x)).map((x) => `+${x}`);
    const moves = [...gone, ...came];
    if (moves.length > 0) return `${field.path}: ${valueText(moves.join(', '))}`;
  }
  return `${field.path}: ${valueText(before)} → ${valueText(after)}`;
}

export const KIND_TITLES = {
  zone: 'Zones',
  asset: 'Assets',
  conduit: 'Conduits',
  flow: 'Flows',
  note: 'Notes',
  policy: 'Policy',
  meta: 'Model',
} as const;
