/** What an evaluation produces; its own module so evaluate.ts and incremental.ts both read it without importing each other. */
import type { Finding } from '../rules/rule';

export interface Evaluation {
  /** Enabled findings, sorted: severity (error, warning, info), rule id, subject id, message. */
  findings: readonly Finding[];
  /** Findings hidden because model.policy disables their rule. */
  suppressed: number;
  counts: { error: number; warning: number; info: number };
  /** Element id → its findings (same order). Arrays keep identity when unchanged between incremental updates. */
  bySubject: ReadonlyMap<string, readonly Finding[]>;
}
