/** Short labels for the canvas: security levels and finding counts. */
import { summariseCounts } from '../../domain/export/findings';
import type { Finding } from '../../domain/rules/rule';
import { type SecurityLevel, toVector } from '../../domain/security-level';

/** "2" for a uniform level, "1–3" (lowest–highest FR) for a vector: the canvas badge. (Tooltips and
 * messages label every FR: domain slText; exports print the vector by a legend: slShort.) */
export function slRange(sl: SecurityLevel): string {
  const v = toVector(sl);
  const min = Math.min(...v);
  const max = Math.max(...v);
  return min === max ? String(min) : `${min}–${max}`;
}

/** "1 error, 2 warnings" for an element's badge. */
export function findingSummary(findings: readonly Finding[]): string {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return summariseCounts(counts);
}
