import { describe, expect, it } from 'vitest';
import { asset, conduit, model, zone } from '../../../../test-support/rule-model';
import { evaluate } from '../../engine/evaluate';
import { assetTraits } from '../../model/derive';
import type { Model } from '../../model/schema';
import { svgContext } from '../svg';
import { legendItems } from './legend';

const labels = (m: Model, withFindings = false) =>
  legendItems(svgContext(m, withFindings ? { evaluation: evaluate(m) } : {})).map((i) => i.label);

/** Two plain zones, a plain asset and a plain conduit: no marker, flag or extra chip. */
function plain(): Model {
  return model({
    zones: [zone('a', 'control', { slTarget: 2 }), zone('b', 'supervisory', { slTarget: 2 })],
    assets: [asset('p', 'plc', 'a')],
    conduits: [conduit('c', ['a', 'b'])],
  });
}

const BADGES: Array<[string, (m: Model) => void]> = [
  ['safety-related asset', (m) => (m.assets[0]!.safetyRelated = true)],
  ['temporarily connected asset', (m) => (m.assets[0]!.transient = true)],
  ['wireless asset', (m) => (m.assets[0]!.wireless = true)],
  ['asset reached over an external network', (m) => (m.assets[0]!.externalNetwork = true)],
  ['External zone', (m) => (m.zones[1]!.kind = 'external')],
  ['no target security level set', (m) => delete m.zones[1]!.slTarget],
  ['security level capability of an asset or conduit', (m) => (m.assets[0]!.slCapability = 2)],
  [
    'security device (firewall, diode, gateway) at the zone’s border',
    (m) => (m.conduits[0]!.deviceAt = 'first'),
  ],
  [
    'hub of a conduit joining three or more zones',
    (m) => {
      m.zones.push(zone('x', 'dmz', { slTarget: 2 }));
      m.conduits[0]!.zoneIds.push('x');
    },
  ],
  ['colour marker given in the editor', (m) => (m.diagram = { positions: {}, colors: { p: 'red' } })],
  [
    'subsystem (a group of zones)',
    (m) => (m.diagram = { positions: {}, subsystems: [{ id: 's', name: 'Line 1', zoneIds: ['a', 'b'] }] }),
  ],
];

describe('legend', () => {
  it('the plain model uses none of the optional badges', () => {
    expect(assetTraits(plain().assets[0]!)).toMatchObject({
      safetyRelated: false,
      wireless: false,
      transient: false,
      externalNetwork: false,
    });
    const base = labels(plain());
    for (const [label] of BADGES) expect(base).not.toContain(label);
    expect(base).toContain('Purdue level of the zone');
    expect(base).toContain('target security level of a zone or conduit');
  });

  it.each(BADGES)('explains “%s” when the drawing shows it', (label, use) => {
    const m = plain();
    use(m);
    expect(labels(m)).toContain(label);
  });

  it('explains the Purdue level and SL-T chips only when there are zones', () => {
    const empty = model({});
    expect(labels(empty)).not.toContain('Purdue level of the zone');
    expect(labels(empty)).not.toContain('target security level of a zone or conduit');
  });

  it('explains the red SL-C and the finding colours only when findings are drawn', () => {
    const m = plain();
    m.conduits[0]!.slCapability = 1;
    expect(labels(m, true)).toContain('SL-C in red: below the SL-T on some FR');
    expect(labels(m, true)).toContain('no findings');
    expect(labels(m)).not.toContain('SL-C in red: below the SL-T on some FR');
    expect(labels(m)).not.toContain('no findings');
    m.conduits[0]!.slCapability = 3;
    expect(labels(m, true)).not.toContain('SL-C in red: below the SL-T on some FR');
  });
});
