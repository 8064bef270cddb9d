/**
 * The stable key of a finding: what identifies "the same finding" across two versions of a model,
 * so a diff can say introduced / resolved / persisting and an acceptance can point at it.
 *
 *   <rule>:<subject kind>:<subject id>          e.g. conduit-flow-any:conduit:c-it-ot
 *
 * Every rule reports at most one finding per subject (rules/rule.ts), so rule + subject is what
 * makes a finding distinct. The message is deliberately left out: it names elements and numbers
 * that may change (a rename, one more open flow) while the finding stays the same.
 */
import type { Finding } from '../rules/rule';

export function findingKey(finding: Pick<Finding, 'rule' | 'subject'>): string {
  return `${finding.rule}:${finding.subject.kind}:${finding.subject.id}`;
}
