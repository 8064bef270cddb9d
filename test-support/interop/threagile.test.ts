import { describe, expect, it } from 'vitest';
import { importThreagile } from '../../src/domain/import/threagile';
import { fixture } from './fixtures';

describe('Threagile import', () => {
  it('example: nested trust boundaries → nested zones, assets in the innermost boundary', () => {
    const { model } = importThreagile(fixture('threagile/example/threagile.yaml'));
    const zone = (id: string) => model.zones.find((z) => z.id === id);
    expect(zone('web-dmz')?.parentId).toBe('application-network');
    expect(zone('erp-dmz')?.parentId).toBe('application-network');
    expect(zone('auth-env')?.parentId).toBe('application-network');
    expect(zone('dev-network')?.parentId).toBeUndefined();
    expect(zone('web-dmz')?.kind).toBe('dmz');
    expect(model.assets.find((a) => a.id === 'apache-webserver')?.zoneId).toBe('web-dmz');
    expect(model.assets.find((a) => a.id === 'load-balancer')?.zoneId).toBe('application-network');
    expect(model.assets).toHaveLength(14);
  });

  it('example: links across boundaries → conduit flows with the implied port; several links one conduit', () => {
    const { model } = importThreagile(fixture('threagile/example/threagile.yaml'));
    const between = (a: string, b: string) =>
      model.conduits.filter((c) => c.zoneIds.includes(a) && c.zoneIds.includes(b));
    const devErp = between('dev-network', 'erp-dmz');
    expect(devErp).toHaveLength(1);
    expect(devErp[0]?.flows?.map((f) => [f.protocol, f.port]).sort()).toEqual(
      expect.arrayContaining([
        ['https', 443],
        ['ssh', 22],
      ]),
    );
    expect(devErp[0]?.flows?.every((f) => f.from === 'dev-network' && f.to === 'erp-dmz')).toBe(true);
  });

  it('example: links inside one zone, risk tracking and shared runtimes are dropped, each with its YAML line', () => {
    const { warnings } = importThreagile(fixture('threagile/example/threagile.yaml'));
    const link = warnings.find((w) => /"Database Traffic".*stays inside one zone/.test(w.message));
    expect(link?.kind).toBe('dropped');
    expect(link?.place).toMatch(
      /^YAML line \d+ \(\$\.technical_assets\["Backoffice ERP System"\]\.communication_links\["Database Traffic"\]\)$/,
    );
    expect(warnings.some((w) => /6 risk tracking not imported/.test(w.message))).toBe(true);
    expect(warnings.some((w) => /4 communication links inside one zone/.test(w.message))).toBe(true);
  });

  it('stub: an asset in no boundary goes to an external "Outside any trust boundary" zone, and that is reported', () => {
    const { model, warnings } = importThreagile(fixture('threagile/stub/threagile.yaml'));
    const outside = model.zones.find((z) => z.name === 'Outside any trust boundary');
    expect(outside?.kind).toBe('external');
    expect(model.assets.find((a) => a.zoneId === outside?.id)?.name).toBe('Some Other Technical Asset');
    expect(warnings.some((w) => w.kind === 'guessed' && /in no trust boundary/.test(w.message))).toBe(true);
    expect(model.conduits).toHaveLength(1);
  });

  it('a link to an unknown asset is dropped and named; bad YAML names its line', () => {
    const yaml = [
      'title: T',
      'trust_boundaries:',
      '  A:',
      '    id: a',
      '    technical_assets_inside: [x]',
      'technical_assets:',
      '  X:',
      '    id: x',
      '    communication_links:',
      '      L:',
      '        target: nowhere',
      '        protocol: https',
    ].join('\n');
    const { warnings } = importThreagile(yaml);
    expect(warnings).toContainEqual(
      expect.objectContaining({
        kind: 'dropped',
        message: 'link "L": target "nowhere" is not a technical asset',
      }),
    );
    expect(() => importThreagile('title: [unclosed\n  x: 1\n')).toThrow(/^YAML line \d/);
  });
});
