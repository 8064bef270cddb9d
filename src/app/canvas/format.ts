/** Short labels for the canvas: security levels and finding counts. */
import type { Finding } from '../../domain/rules/rule';
import { FR_IDS, type SecurityLevel, toVector } from '../../domain/security-level';

/** "2" for a uniform level, "1–3" (lowest–highest FR) for a vector: the canvas badge. (Exports print the
 * full vector: domain slShort.) */
export function slRange(sl: SecurityLevel): string {
  const v = toVector(sl);
  const min = Math.min(...v);
  const max = Math.max(...v);
  return min === max ? String(min) : `${min}–${max}`;
}

/** "IAC 2 · UC 2 · SI 3 · …", for tooltips. */
export function slDetail(sl: SecurityLevel): string {
  const v = toVector(sl);
  return FR_IDS.map((fr, i) => `${fr} ${v[i]}`).join(' · ');
}

export function findingSummary(findings: readonly Finding[]): string {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  const parts: string[] = [];
  if (counts.error) parts.push(`${counts.error} error${counts.error > 1 ? 's' : ''}`);
  if (counts.warning) parts.push(`${counts.warning} warning${counts.warning > 1 ? 's' : ''}`);
  if (counts.info) parts.push(`${counts.info} info`);
  return parts.join(', ');
}
