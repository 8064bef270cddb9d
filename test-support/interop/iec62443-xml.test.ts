import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importIec62443Xml } from '../../src/domain/import/iec62443-xml';

const own = readFileSync(new URL('./own/water-plant.zcd.xml', import.meta.url), 'utf8');

describe('design.iec62443.au XML import', () => {
  const { model, warnings } = importIec62443Xml(own);
  const zone = (id: string) => model.zones.find((z) => z.id === id)!;

  it('zones with nesting and SL-T as a number, a vector, FR attributes or "no SL-T" with its reason', () => {
    expect(model.meta.name).toBe('Water plant');
    expect(zone('ent').slTarget).toBe(1);
    expect(zone('dmz').slTarget).toEqual([2, 2, 2, 1, 2, 1, 1]);
    expect(zone('ctl').slTarget).toEqual([3, 3, 2, 2, 3, 2, 2]);
    expect(zone('sis').parentId).toBe('ctl');
    expect(zone('sis').slTarget).toBeNull();
    expect(zone('sis').characteristics?.noSlTarget).toEqual({ reason: 'covered by IEC 61511' });
  });

  it('attributes: ZCR 6 ones → characteristics, the rest kept in the description', () => {
    expect(zone('ent').characteristics?.accountableOrganisation).toBe('Corporate IT');
    expect(zone('ent').description).toMatch(/Cost centre: 4711/);
    expect(zone('ctl').characteristics?.logicalBoundary).toBe('VLAN 30');
  });

  it('assets with addresses and types; subsystem assets in the zone with the subsystem named', () => {
    const plc = model.assets.find((a) => a.id === 'plc1')!;
    expect(plc).toMatchObject({ zoneId: 'ctl', type: 'plc', addresses: ['10.3.0.11', '10.3.0.12'] });
    expect(plc.description).toMatch(/Subsystem: Filtration/);
    expect(model.assets.find((a) => a.id === 'hist-mirror')?.addresses).toEqual(['10.2.0.10']);
    expect(model.assets.find((a) => a.id === 'x1')?.type).toBe('generic');
    expect(warnings.some((w) => w.kind === 'guessed' && /Mystery box/.test(w.message))).toBe(true);
  });

  it('conduits with type, direction and flows; a conduit to an unknown zone is dropped and named', () => {
    const c1 = model.conduits.find((c) => c.id === 'c1')!;
    expect(c1).toMatchObject({
      type: 'filtering',
      zoneIds: ['ent', 'dmz'],
      flows: [{ from: 'dmz', to: 'ent', protocol: 'HTTPS', port: 443 }],
    });
    expect(c1.characteristics?.securityPolicies).toBe('Deny by default');
    const c2 = model.conduits.find((c) => c.id === 'c2')!;
    expect(c2).toMatchObject({
      type: 'unidirectional',
      slTarget: 3,
      flows: [{ from: 'ctl', to: 'dmz', protocol: 'OPC UA', port: 4840 }],
    });
    expect(model.conduits.find((c) => c.id === 'c3')).toBeUndefined();
    expect(warnings).toContainEqual(
      expect.objectContaining({ kind: 'dropped', message: 'conduit "Broken": unknown zone "nowhere"' }),
    );
    expect(
      warnings.some(
        (w) => w.kind === 'dropped' && /<widget>/.test(w.message) && /^XML line 2\d/.test(w.place),
      ),
    ).toBe(true);
  });

  it('another root element is refused, naming it', () => {
    expect(() => importIec62443Xml('<mxfile/>')).toThrow(/expected <zoneConduitDesign>, found <mxfile>/);
  });

  it('an external entity is refused before anything is read', () => {
    const xxe =
      '<?xml version="1.0"?>\n<!DOCTYPE z [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n<zoneConduitDesign name="&x;"/>';
    expect(() => importIec62443Xml(xxe)).toThrow(/^XML line 2: document type declarations/);
  });
});
