/**
 * Security-relevant changes: what a reviewer must not miss in a diff. Each kind lives in its own
 * file with one `check` over the two versions; a risk names its subject (a flow's subject is its
 * conduit) and says why it matters in our own words.
 */
import type { ModelIndex } from '../../model/derive';
import type { ElementKind, Model } from '../../model/schema';
import type { SecurityLevel } from '../../security-level';
import { FR_IDS, toVector } from '../../security-level';

export interface RiskSubject {
  kind: ElementKind | 'policy';
  id: string;
}

export interface Risk {
  kind: string;
  subject: RiskSubject;
  message: string;
}

export interface RiskContext {
  before: Model;
  after: Model;
  beforeIndex: ModelIndex;
  afterIndex: ModelIndex;
}

export interface RiskCheck {
  kind: string;
  /** One line for documentation and the app's legend. */
  title: string;
  check(context: RiskContext): Risk[];
}

/**
 * The FRs on which `after` is lower than `before` ("IAC 3 → 2"); an SL that disappeared counts as
 * lowered to nothing on every FR it had above 0. Undefined/null before: nothing to lower.
 */
export function loweredFrs(
  before: SecurityLevel | null | undefined,
  after: SecurityLevel | null | undefined,
): string[] {
  if (before === null || before === undefined) return [];
  const b = toVector(before);
  const a = after === null || after === undefined ? undefined : toVector(after);
  const lowered: string[] = [];
  FR_IDS.forEach((fr, i) => {
    const was = b[i] ?? 0;
    if (a === undefined) {
      if (was > 0) lowered.push(`${fr} ${was} → none`);
    } else if ((a[i] ?? 0) < was) lowered.push(`${fr} ${was} → ${a[i]}`);
  });
  // Seven identical steps read better as one: "every FR 2 → 1".
  const first = lowered[0]?.replace(/^\S+ /, '');
  if (lowered.length === FR_IDS.length && lowered.every((l) => l.replace(/^\S+ /, '') === first))
    return [`every FR ${first}`];
  return lowered;
}
