import { describe, expect, it } from 'vitest';
import { RULES, ruleById } from './index';

const SPEC: Record<string, string> = {
  'conduit-capability-below-target': 'error',
  'conduit-capability-unknown': 'warning',
  'conduit-target-below-zones': 'warning',
  'asset-capability-below-zone-target': 'warning',
  'asset-capability-unknown': 'warning',
  'zone-target-missing': 'info',
  'it-to-control-without-dmz': 'error',
  'business-asset-in-iacs-zone': 'error',
  'safety-asset-outside-safety-zone': 'error',
  'non-safety-asset-in-safety-zone': 'warning',
  'transient-asset-not-isolated': 'error',
  'wireless-asset-not-isolated': 'error',
  'external-asset-not-isolated': 'error',
  'conduit-flow-any': 'error',
  'conduit-flows-undocumented': 'info',
  'unidirectional-reverse-flow': 'error',
  'untrusted-conduit-without-encryption': 'error',
  'untrusted-access-without-mfa': 'error',
  'remote-access-unmanaged': 'warning',
  'boundary-not-fail-safe': 'info',
  'safety-zone-exposed': 'warning',
  'defense-in-depth-shallow': 'warning',
  'zone-empty': 'info',
  'zone-outside-purdue-band': 'info',
  'sl-target-below-risk': 'warning',
  'residual-risk-above-tolerance': 'warning',
  'zone-network-overlap': 'warning',
  'asset-address-outside-zone': 'warning',
};

describe('RULES', () => {
  it('holds exactly the rules of the spec, with their severities, in table order', () => {
    expect(RULES.map((r) => r.id)).toEqual(Object.keys(SPEC));
    for (const r of RULES) expect(r.severity, r.id).toBe(SPEC[r.id]);
  });

  it('gives every rule a title, an IEC 62443 reference, a fix and a rationale', () => {
    for (const r of RULES) {
      expect(r.title.length, r.id).toBeGreaterThan(5);
      expect(r.reference, r.id).toMatch(/^IEC 62443-\d-\d /);
      expect(r.fix.length, r.id).toBeGreaterThan(20);
      expect(r.rationale.length, r.id).toBeGreaterThan(20);
    }
  });

  it('looks rules up by id', () => {
    expect(ruleById('zone-empty')?.scope).toBe('zone');
    expect(ruleById('defense-in-depth-shallow')?.scope).toBe('model');
    expect(ruleById('nope')).toBeUndefined();
  });
});
