/**
 * The shape every policy rule has. One rule per file in this folder, each with its own test.
 *
 * Incremental evaluation relies on the scope: a `zone` rule may read its zone, the zone's assets,
 * child zones and parent; an `asset` rule may read its asset, its zone and the other assets of that
 * zone; a `conduit` rule may read its conduit and the zones it joins; a `model` rule (graph rules)
 * may read every zone and conduit but no asset, and the risk register and matrix (`risks`,
 * `riskMatrix`), and the drawing (diagram, layout) for zone-outside-purdue-band, which the engine
 * re-runs on diagram and asset changes while Purdue bands are shown. A rule that needs more must
 * say so here first.
 * A finding's subject may be any element the rule may read: a zone rule that scans the zone's
 * assets once can flag the individual assets (see isolation.ts).
 */
import type { ModelIndex } from '../model/derive';
import type { Asset, Conduit, ElementKind, Severity, Zone } from '../model/schema';

export interface Subject {
  kind: ElementKind;
  id: string;
}

export interface Finding {
  rule: string;
  severity: Severity;
  subject: Subject;
  /** Names the elements and numbers involved, in our own words. */
  message: string;
  /** The IEC 62443 clause the rule comes from, e.g. "IEC 62443-3-3 SR 5.2 RE1". */
  reference: string;
  /** What to change so the finding goes away. */
  fix: string;
}

/** What a rule's check returns; the engine adds rule id and (possibly overridden) severity. */
export interface FindingDraft {
  subject: Subject;
  message: string;
  fix?: string;
  /** Rules whose severity depends on the case (conduit-flow-any) set it here. */
  severity?: Severity;
  reference?: string;
}

interface RuleBase {
  id: string;
  title: string;
  severity: Severity;
  reference: string;
  fix: string;
  /** One sentence explaining why the rule exists, shown in the findings panel. */
  rationale: string;
}

export interface ZoneRule extends RuleBase {
  scope: 'zone';
  check(zone: Zone, index: ModelIndex): FindingDraft[];
}
export interface AssetRule extends RuleBase {
  scope: 'asset';
  check(asset: Asset, index: ModelIndex): FindingDraft[];
}
export interface ConduitRule extends RuleBase {
  scope: 'conduit';
  check(conduit: Conduit, index: ModelIndex): FindingDraft[];
}
export interface ModelRule extends RuleBase {
  scope: 'model';
  check(index: ModelIndex): FindingDraft[];
}

export type Rule = ZoneRule | AssetRule | ConduitRule | ModelRule;
