/**
 * Shared shape of the zone-separation rules (IEC 62443-3-2 ZCR 3.4–3.6): assets with some trait
 * (temporarily connected, wireless, reached through an external network) must not share a zone
 * with assets without it. A zone-scope rule, so a zone's assets are scanned once per check; each
 * odd asset gets its own finding, so the badge lands on the asset that should move.
 */
import type { Asset } from '../model/schema';
import { plural } from '../text/plural';
import { label, labelList } from './format';
import { assetFlag } from './levels';
import type { ZoneRule } from './rule';

export interface IsolationSpec {
  id: string;
  title: string;
  reference: string;
  fix: string;
  rationale: string;
  trait: 'transient' | 'wireless' | 'externalNetwork';
  /** How the assets with the trait are called in messages, e.g. "Temporarily connected asset". */
  oddName: string;
  /** How the other assets are called, e.g. "permanently connected". */
  othersName: string;
}

export function isolationRule(spec: IsolationSpec): ZoneRule {
  return {
    id: spec.id,
    title: spec.title,
    severity: 'error',
    reference: spec.reference,
    fix: spec.fix,
    rationale: spec.rationale,
    scope: 'zone',
    check(zone, index) {
      const assets = index.assetsByZone.get(zone.id);
      if (!assets || assets.length < 2) return [];
      let oddCount = 0;
      for (const a of assets) if (assetFlag(a, spec.trait)) oddCount++;
      if (oddCount === 0 || oddCount === assets.length) return [];
      const odd: Asset[] = [];
      const others: Asset[] = [];
      for (const a of assets) (assetFlag(a, spec.trait) ? odd : others).push(a);
      const othersText = `${plural(others.length, `${spec.othersName} asset`)}: ${labelList(others)}`;
      return odd.map((a) => ({
        subject: { kind: 'asset' as const, id: a.id },
        message: `${spec.oddName} ${label(a)} shares zone ${label(zone)} with ${othersText}.`,
      }));
    },
  };
}
