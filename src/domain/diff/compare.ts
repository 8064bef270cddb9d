/**
 * Everything a reviewer needs about a change from one model version to the next: the element
 * changes, the findings introduced and resolved (matched by stable key), the security-relevant
 * changes, and what happened to risk acceptances. One function for the CLI, the app and the server.
 */
import { type Evaluation, evaluate } from '../engine/evaluate';
import type { Acceptance, Model } from '../model/schema';
import { acceptanceHolds, type FindingWithStatus, reviewAcceptances } from './acceptance';
import { type DiffOptions, diffModels, type ModelDiff } from './model-diff';
import { type Risk, securityRisks } from './risks';

export interface FindingsDelta {
  introduced: FindingWithStatus[];
  resolved: FindingWithStatus[];
  persisting: FindingWithStatus[];
}

export interface AcceptanceDelta {
  added: Acceptance[];
  removed: Acceptance[];
  /** Acceptances in the new version whose expiry day has passed (today). */
  expired: Acceptance[];
}

export interface Comparison extends ModelDiff {
  findings: FindingsDelta;
  risks: Risk[];
  acceptances: AcceptanceDelta;
  summary: ModelDiff['summary'] & { findingsIntroduced: number; findingsResolved: number; risks: number };
}

export interface CompareOptions extends DiffOptions {
  /** YYYY-MM-DD: the day acceptances are judged on (expiry). */
  today: string;
  /** Evaluations already at hand (the app keeps a live one); computed when absent. */
  beforeEvaluation?: Evaluation;
  afterEvaluation?: Evaluation;
}

function findingsDelta(before: Model, after: Model, options: CompareOptions): FindingsDelta {
  const old = reviewAcceptances(
    before,
    (options.beforeEvaluation ?? evaluate(before)).findings,
    options.today,
  );
  const next = reviewAcceptances(after, (options.afterEvaluation ?? evaluate(after)).findings, options.today);
  const oldKeys = new Set(old.findings.map((f) => f.key));
  const newKeys = new Set(next.findings.map((f) => f.key));
  return {
    introduced: next.findings.filter((f) => !oldKeys.has(f.key)),
    resolved: old.findings.filter((f) => !newKeys.has(f.key)),
    persisting: next.findings.filter((f) => oldKeys.has(f.key)),
  };
}

function acceptanceDelta(before: Model, after: Model, today: string): AcceptanceDelta {
  const old = new Map((before.policy?.acceptances ?? []).map((a) => [a.finding, a]));
  const next = new Map((after.policy?.acceptances ?? []).map((a) => [a.finding, a]));
  return {
    added: [...next.values()].filter((a) => !old.has(a.finding)),
    removed: [...old.values()].filter((a) => !next.has(a.finding)),
    expired: [...next.values()].filter((a) => !acceptanceHolds(a, today)),
  };
}

export function compareModels(before: Model, after: Model, options: CompareOptions): Comparison {
  const diff = diffModels(before, after, options);
  const findings = findingsDelta(before, after, options);
  const risks = securityRisks(before, after);
  return {
    ...diff,
    findings,
    risks,
    acceptances: acceptanceDelta(before, after, options.today),
    summary: {
      ...diff.summary,
      findingsIntroduced: findings.introduced.length,
      findingsResolved: findings.resolved.length,
      risks: risks.length,
    },
  };
}
