/**
 * Risk acceptance: `policy.acceptances` marks findings as known, justified risks. An accepted
 * finding stays listed (as "accepted", never hidden) and no longer fails a check; after its
 * `expires` day it is open again. "Today" is an input, never read from a clock here, so the same
 * model and day always give the same answer (tests, CI reruns, the server).
 */
import type { Acceptance, Model } from '../model/schema';
import type { Finding } from '../rules/rule';
import { findingKey } from './finding-key';

export type FindingStatus = 'open' | 'accepted';

export interface FindingWithStatus {
  finding: Finding;
  key: string;
  status: FindingStatus;
  /** The acceptance that covers it (also set for an expired one, so the UI can say so). */
  acceptance?: Acceptance;
  /** Set when an acceptance exists but its expiry day has passed. */
  expired?: boolean;
}

export interface AcceptanceReview {
  findings: FindingWithStatus[];
  /** Open findings (not accepted, or accepted but expired). */
  open: Finding[];
  accepted: Finding[];
  /** Acceptances past their expiry day whose finding still occurs. */
  expired: Acceptance[];
  /** Acceptances whose finding no longer occurs (nothing to accept any more). */
  stale: Acceptance[];
}

/** Today's date as YYYY-MM-DD in UTC: for callers at the edge (CLI, app), never for the domain. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Whether the acceptance still holds on `today` (YYYY-MM-DD); it holds through its expiry day. */
export function acceptanceHolds(acceptance: Acceptance, today: string): boolean {
  return acceptance.expires === undefined || today <= acceptance.expires;
}

/** The acceptances by finding key; with duplicates the later entry wins (as a later edit would). */
export function acceptancesByKey(model: Model): Map<string, Acceptance> {
  const map = new Map<string, Acceptance>();
  for (const a of model.policy?.acceptances ?? []) map.set(a.finding, a);
  return map;
}

export function reviewAcceptances(
  model: Model,
  findings: readonly Finding[],
  today: string,
): AcceptanceReview {
  const byKey = acceptancesByKey(model);
  const review: AcceptanceReview = { findings: [], open: [], accepted: [], expired: [], stale: [] };
  const seen = new Set<string>();
  for (const finding of findings) {
    const key = findingKey(finding);
    seen.add(key);
    const acceptance = byKey.get(key);
    if (!acceptance) {
      review.findings.push({ finding, key, status: 'open' });
      review.open.push(finding);
    } else if (acceptanceHolds(acceptance, today)) {
      review.findings.push({ finding, key, status: 'accepted', acceptance });
      review.accepted.push(finding);
    } else {
      review.findings.push({ finding, key, status: 'open', acceptance, expired: true });
      review.open.push(finding);
      review.expired.push(acceptance);
    }
  }
  for (const [key, acceptance] of byKey) if (!seen.has(key)) review.stale.push(acceptance);
  return review;
}
