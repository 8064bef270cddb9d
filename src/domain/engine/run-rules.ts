/**
 * Runs the rules of one scope on one element and turns their drafts into findings (rule id,
 * default severity, reference and fix filled in). Policy overrides are applied later, so these
 * "raw" findings can be cached across policy changes.
 */
import type { ModelIndex } from '../model/derive';
import type { Asset, Conduit, Zone } from '../model/schema';
import { RULES } from '../rules/index';
import type { AssetRule, ConduitRule, Finding, FindingDraft, ModelRule, Rule, ZoneRule } from '../rules/rule';

const ZONE_RULES = RULES.filter((r): r is ZoneRule => r.scope === 'zone');
const ASSET_RULES = RULES.filter((r): r is AssetRule => r.scope === 'asset');
const CONDUIT_RULES = RULES.filter((r): r is ConduitRule => r.scope === 'conduit');
const MODEL_RULES = RULES.filter((r): r is ModelRule => r.scope === 'model');

export const NO_FINDINGS: readonly Finding[] = Object.freeze([]);

function collect(
  out: Finding[] | undefined,
  rule: Rule,
  drafts: readonly FindingDraft[],
): Finding[] | undefined {
  if (drafts.length === 0) return out;
  const list = out ?? [];
  for (const d of drafts) {
    list.push({
      rule: rule.id,
      severity: d.severity ?? rule.severity,
      subject: d.subject,
      message: d.message,
      reference: d.reference ?? rule.reference,
      fix: d.fix ?? rule.fix,
    });
  }
  return list;
}

export function checkZone(zone: Zone, index: ModelIndex): readonly Finding[] {
  let out: Finding[] | undefined;
  for (const rule of ZONE_RULES) out = collect(out, rule, rule.check(zone, index));
  return out ?? NO_FINDINGS;
}

export function checkAsset(asset: Asset, index: ModelIndex): readonly Finding[] {
  let out: Finding[] | undefined;
  for (const rule of ASSET_RULES) out = collect(out, rule, rule.check(asset, index));
  return out ?? NO_FINDINGS;
}

export function checkConduit(conduit: Conduit, index: ModelIndex): readonly Finding[] {
  let out: Finding[] | undefined;
  for (const rule of CONDUIT_RULES) out = collect(out, rule, rule.check(conduit, index));
  return out ?? NO_FINDINGS;
}

export function checkModel(index: ModelIndex): readonly Finding[] {
  let out: Finding[] | undefined;
  for (const rule of MODEL_RULES) out = collect(out, rule, rule.check(index));
  return out ?? NO_FINDINGS;
}
