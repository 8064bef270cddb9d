import { describe, expect, it } from 'vitest';
import { parseModel } from '../model/parse';
import type { Model } from '../model/schema';
import {
  addFlow,
  EditError,
  flowsLostByZoneChange,
  parentCandidates,
  removeFlow,
  setRulePolicy,
  updateAsset,
  updateConduit,
  updateFlow,
  updateMeta,
  updateZone,
} from './update';

const base = (): Model => ({
  format: 'ot-zones',
  version: 1,
  meta: { name: 'Plant' },
  zones: [
    { id: 'z1', name: 'Control', kind: 'control', slTarget: 2 },
    { id: 'z2', name: 'Ops', kind: 'operations' },
    { id: 'z3', name: 'Cell A', kind: 'control', parentId: 'z1' },
    { id: 'z4', name: 'DMZ', kind: 'dmz' },
  ],
  assets: [
    { id: 'a1', name: 'PLC-1', type: 'plc', zoneId: 'z1' },
    { id: 'a2', name: 'HMI-1', type: 'hmi', zoneId: 'z2', wireless: true },
  ],
  conduits: [
    {
      id: 'c1',
      name: 'C1',
      zoneIds: ['z1', 'z2'],
      type: 'filtering',
      flows: [
        { from: 'z2', to: 'z1', protocol: 'modbus', port: 502 },
        { from: 'z1', to: 'z2', protocol: 'opc-ua', port: 4840 },
      ],
    },
    { id: 'c2', name: 'C2', zoneIds: ['z2', 'z4'], type: 'gateway' },
  ],
});

/** Every edit result must still load as a valid model file. */
function expectValid(model: Model) {
  const r = parseModel(JSON.parse(JSON.stringify(model)));
  expect(r.ok ? [] : r.issues).toEqual([]);
}

describe('updateZone', () => {
  it('changes one field and keeps every other object identical', () => {
    const m = base();
    const next = updateZone(m, 'z2', { name: 'Site operations', slTarget: 3 });
    expect(next.zones[1]).toEqual({ id: 'z2', name: 'Site operations', kind: 'operations', slTarget: 3 });
    expect(next.zones[0]).toBe(m.zones[0]);
    expect(next.assets).toBe(m.assets);
    expect(next.conduits).toBe(m.conduits);
    expect(m.zones[1]!.name).toBe('Ops'); // input untouched
    expectValid(next);
  });

  it('returns the same model when nothing changes', () => {
    const m = base();
    expect(updateZone(m, 'z1', { name: 'Control', slTarget: 2 })).toBe(m);
    expect(updateZone(m, 'z2', { description: undefined })).toBe(m);
  });

  it('removes a field given as undefined', () => {
    const next = updateZone(base(), 'z1', { slTarget: undefined });
    expect('slTarget' in next.zones[0]!).toBe(false);
  });

  it('stores a uniform seven-FR vector as one number and keeps a mixed one', () => {
    expect(updateZone(base(), 'z2', { slTarget: [2, 2, 2, 2, 2, 2, 2] }).zones[1]!.slTarget).toBe(2);
    expect(updateZone(base(), 'z2', { slTarget: [2, 2, 3, 1, 2, 1, 1] }).zones[1]!.slTarget).toEqual([
      2, 2, 3, 1, 2, 1, 1,
    ]);
  });

  it('refuses invalid values and leaves the model alone', () => {
    const m = base();
    expect(() => updateZone(m, 'z1', { slTarget: 5 })).toThrow(EditError);
    expect(() => updateZone(m, 'z1', { slTarget: 1.5 })).toThrow(EditError);
    expect(() => updateZone(m, 'z1', { name: 'x'.repeat(6000) })).toThrow(EditError);
    expect(() => updateZone(m, 'nope', { name: 'x' })).toThrow(/no zone/);
    expect(m).toEqual(base());
  });

  it('refuses a parent that would make a cycle', () => {
    const m = base();
    expect(() => updateZone(m, 'z1', { parentId: 'z1' })).toThrow(/own parent/);
    expect(() => updateZone(m, 'z1', { parentId: 'z3' })).toThrow(/own sub-zones/);
    expect(() => updateZone(m, 'z1', { parentId: 'z9' })).toThrow(/unknown parent/);
    const nested = updateZone(m, 'z2', { parentId: 'z4' });
    expect(nested.zones[1]!.parentId).toBe('z4');
    expectValid(nested);
    expect(updateZone(nested, 'z2', { parentId: undefined }).zones[1]).toEqual(m.zones[1]);
  });

  it('lists as parent candidates every zone but itself and its descendants', () => {
    expect(parentCandidates(base(), 'z1').map((z) => z.id)).toEqual(['z2', 'z4']);
    expect(parentCandidates(base(), 'z3').map((z) => z.id)).toEqual(['z1', 'z2', 'z4']);
  });
});

describe('updateAsset', () => {
  it('sets and clears an explicit flag override', () => {
    const m = base();
    const on = updateAsset(m, 'a1', { safetyRelated: false, vendor: 'Acme', addresses: ['10.0.0.5'] });
    expect(on.assets[0]).toMatchObject({ safetyRelated: false, vendor: 'Acme', addresses: ['10.0.0.5'] });
    expect(on.assets[1]).toBe(m.assets[1]);
    const off = updateAsset(on, 'a1', { safetyRelated: undefined });
    expect('safetyRelated' in off.assets[0]!).toBe(false);
    expectValid(off);
  });

  it('moves an asset only into an existing zone', () => {
    expect(updateAsset(base(), 'a1', { zoneId: 'z4' }).assets[0]!.zoneId).toBe('z4');
    expect(() => updateAsset(base(), 'a1', { zoneId: 'z9' })).toThrow(/unknown zone/);
  });

  it('refuses an out-of-range capability', () => {
    expect(() => updateAsset(base(), 'a1', { slCapability: [1, 2, 3, 4, 5, 0, 0] })).toThrow(EditError);
  });
});

describe('updateConduit', () => {
  it('edits type, controls and flags', () => {
    const m = base();
    const next = updateConduit(m, 'c1', {
      type: 'unidirectional',
      controls: ['firewall', 'ids'],
      remoteAccess: true,
      slCapability: 3,
    });
    expect(next.conduits[0]).toMatchObject({
      type: 'unidirectional',
      controls: ['firewall', 'ids'],
      remoteAccess: true,
      slCapability: 3,
    });
    expect(next.conduits[1]).toBe(m.conduits[1]);
    expectValid(next);
  });

  it('adds a zone and keeps the flows', () => {
    const m = base();
    const next = updateConduit(m, 'c1', { zoneIds: ['z1', 'z2', 'z4'] });
    expect(next.conduits[0]!.zoneIds).toEqual(['z1', 'z2', 'z4']);
    expect(next.conduits[0]!.flows).toEqual(m.conduits[0]!.flows);
    expectValid(next);
  });

  it('drops the flows of a removed zone and reports them beforehand', () => {
    const m = updateConduit(base(), 'c1', { zoneIds: ['z1', 'z2', 'z4'] });
    const withFlow = addFlow(m, 'c1', { from: 'z4', to: 'z1', protocol: 'https', port: 443 });
    expect(flowsLostByZoneChange(withFlow.conduits[0]!, ['z1', 'z2'])).toEqual([
      { from: 'z4', to: 'z1', protocol: 'https', port: 443 },
    ]);
    const next = updateConduit(withFlow, 'c1', { zoneIds: ['z1', 'z2'] });
    expect(next.conduits[0]!.flows).toEqual(base().conduits[0]!.flows);
    expectValid(next);
  });

  it('carries flows over to a zone swapped in at the same position', () => {
    const next = updateConduit(base(), 'c1', { zoneIds: ['z1', 'z4'] });
    expect(next.conduits[0]!.flows).toEqual([
      { from: 'z4', to: 'z1', protocol: 'modbus', port: 502 },
      { from: 'z1', to: 'z4', protocol: 'opc-ua', port: 4840 },
    ]);
    expectValid(next);
  });

  it('refuses fewer than two zones, duplicates and unknown zones', () => {
    expect(() => updateConduit(base(), 'c1', { zoneIds: ['z1'] })).toThrow(/at least two/);
    expect(() => updateConduit(base(), 'c1', { zoneIds: ['z1', 'z1'] })).toThrow(/twice/);
    expect(() => updateConduit(base(), 'c1', { zoneIds: ['z1', 'z9'] })).toThrow(/unknown zone/);
  });

  it('reverses a forward conduit by reordering its zones', () => {
    const next = updateConduit(base(), 'c2', { direction: 'forward', zoneIds: ['z4', 'z2'] });
    expect(next.conduits[1]).toMatchObject({ direction: 'forward', zoneIds: ['z4', 'z2'] });
  });
});

describe('flows', () => {
  it('edits a flow port to any and protocol', () => {
    const m = base();
    const next = updateFlow(m, 'c1', 0, { port: 'any', protocol: 'any' });
    expect(next.conduits[0]!.flows![0]).toEqual({ from: 'z2', to: 'z1', protocol: 'any', port: 'any' });
    expect(next.conduits[0]!.flows![1]).toBe(m.conduits[0]!.flows![1]);
    expectValid(next);
  });

  it('refuses a port out of range, an empty protocol and a flow to its own zone', () => {
    const m = base();
    expect(() => updateFlow(m, 'c1', 0, { port: 70000 })).toThrow(EditError);
    expect(() => updateFlow(m, 'c1', 0, { protocol: '' })).toThrow(/must not be empty/);
    expect(() => updateFlow(m, 'c1', 0, { to: 'z2' })).toThrow(/one zone to another/);
    expect(() => updateFlow(m, 'c1', 0, { to: 'z4' })).toThrow(/not joined/);
    expect(() => updateFlow(m, 'c1', 5, { port: 1 })).toThrow(/no flow number 6/);
  });

  it('adds a placeholder flow and removes flows down to none', () => {
    let m = addFlow(base(), 'c2');
    expect(m.conduits[1]!.flows).toEqual([{ from: 'z2', to: 'z4', protocol: 'tcp' }]);
    expectValid(m);
    m = removeFlow(m, 'c2', 0);
    expect('flows' in m.conduits[1]!).toBe(false);
    const one = removeFlow(base(), 'c1', 0);
    expect(one.conduits[0]!.flows).toEqual([base().conduits[0]!.flows![1]]);
  });
});

describe('updateMeta', () => {
  it('edits the diagram properties', () => {
    const m = base();
    expect(updateMeta(m, { name: 'Plant', site: 'North' }).meta).toEqual({ name: 'Plant', site: 'North' });
    expect(updateMeta(m, { name: 'Plant' })).toBe(m);
    expect(() => updateMeta(m, { name: 'x'.repeat(6000) })).toThrow(EditError);
  });
});

describe('setRulePolicy', () => {
  it('disables, re-grades and returns to the defaults, leaving no empty policy behind', () => {
    const m = base();
    const off = setRulePolicy(m, 'conduit-flow-any', { enabled: false });
    expect(off.policy).toEqual({ rules: { 'conduit-flow-any': { enabled: false } } });
    const graded = setRulePolicy(off, 'zone-missing-target', { severity: 'info' });
    expect(graded.policy?.rules).toEqual({
      'conduit-flow-any': { enabled: false },
      'zone-missing-target': { severity: 'info' },
    });
    expectValid(graded);
    const back = setRulePolicy(
      setRulePolicy(graded, 'conduit-flow-any', { enabled: true }),
      'zone-missing-target',
      {
        severity: undefined,
      },
    );
    expect('policy' in back).toBe(false);
    expect(back.zones).toBe(m.zones);
  });

  it('returns the same model when the override is already there', () => {
    const off = setRulePolicy(base(), 'r', { enabled: false });
    expect(setRulePolicy(off, 'r', { enabled: false })).toBe(off);
    expect(setRulePolicy(base(), 'r', { enabled: true })).toEqual(base());
  });
});
