import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { hasStackTrace, runCli, scratch } from '../../../test-support/cli';

const fixture = (path: string) =>
  readFileSync(new URL(`../../../test-support/interop/fixtures/${path}`, import.meta.url), 'utf8');
const tmp = scratch();
afterAll(() => tmp.cleanup());

describe('ot-zones import', () => {
  it('draw.io → model on stdout, the report on stderr', async () => {
    const file = tmp.file('plant.drawio', fixture('ot-drawio/plant-network.drawio'));
    const { code, stdout, stderr } = await runCli(['import', file]);
    expect(code).toBe(0);
    const model = JSON.parse(stdout);
    expect(model.format).toBe('ot-zones');
    expect(model.zones).toHaveLength(6);
    expect(stderr).toMatch(/\(draw\.io \/ diagrams\.net\): mapped 6 zones, 3 assets, 4 conduits, 0 flows/);
    expect(stderr).toMatch(/^guessed: \d+$/m);
    expect(stderr).toMatch(/^dropped: 0$/m);
  });

  it('--format json: { model, report: { mapped, guessed, dropped } } on stdout', async () => {
    const file = tmp.file('t.yaml', fixture('threagile/example/threagile.yaml'));
    const { code, stdout } = await runCli(['import', file, '--format', 'json']);
    expect(code).toBe(0);
    const { model, report } = JSON.parse(stdout);
    expect(model.assets).toHaveLength(14);
    expect(report.mapped).toMatchObject({ zones: 6, assets: 14 });
    expect(report.dropped.some((w: { place: string }) => /^YAML line \d+/.test(w.place))).toBe(true);
    expect(Object.keys(report)).toEqual(['mapped', 'guessed', 'dropped']);
  });

  it('--out writes a model that ot-zones check reads', async () => {
    const file = tmp.file('otm.json', fixture('otm/EXAMPLE.json'));
    const out = `${tmp.dir}/from-otm.json`;
    expect((await runCli(['import', file, '--out', out])).code).toBe(0);
    const check = await runCli(['check', out, '--format', 'json']);
    expect(check.code).toBeLessThan(2); // read and checked (1 = findings at the error level)
    expect(JSON.parse(check.stdout).model).toBeDefined();
  });

  it('--from and --page; a wrong --from is a usage error', async () => {
    const xml = `<mxfile><diagram name="A"><mxGraphModel><root><mxCell id="0"/><mxCell id="1" parent="0"/><mxCell id="z" value="Zone A" style="swimlane;" vertex="1" parent="1"><mxGeometry width="200" height="100" as="geometry"/></mxCell></root></mxGraphModel></diagram><diagram name="B"><mxGraphModel><root><mxCell id="0"/><mxCell id="1" parent="0"/><mxCell id="z" value="Zone B" style="swimlane;" vertex="1" parent="1"><mxGeometry width="200" height="100" as="geometry"/></mxCell></root></mxGraphModel></diagram></mxfile>`;
    const file = tmp.file('two.drawio', xml);
    const b = await runCli(['import', file, '--from', 'drawio', '--page', 'B']);
    expect(JSON.parse(b.stdout).zones[0].name).toBe('Zone B');
    const bad = await runCli(['import', file, '--from', 'visio']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(
      /--from must be one of auto, drawio, iec62443-xml, otm, threat-dragon, threagile/,
    );
  });

  it('a hostile or unknown file is refused with exit 2, the place named, no stack trace, nothing written', async () => {
    const bomb = tmp.file(
      'bomb.xml',
      '<?xml version="1.0"?>\n<!DOCTYPE l [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;&a;">]>\n<mxfile>&b;</mxfile>',
    );
    const out = `${tmp.dir}/never.json`;
    const r = await runCli(['import', bomb, '--out', out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/XML line 2: document type declarations/);
    expect(hasStackTrace(r.stderr)).toBe(false);
    expect(() => readFileSync(out)).toThrow();
    const yaml = tmp.file('broken.yaml', fixture('otm/EXAMPLE.yaml'));
    const y = await runCli(['import', yaml]);
    expect(y.code).toBe(2);
    expect(y.stderr).toMatch(/YAML line 13\d/);
    const unknown = await runCli(['import', tmp.file('x.json', '{"a":1}')]);
    expect(unknown.stderr).toMatch(/not a format ot-zones imports/);
  });

  it('standard input', async () => {
    const { code, stdout } = await runCli(['import', '-'], fixture('threat-dragon/three-tier-web-app.json'));
    expect(code).toBe(0);
    expect(JSON.parse(stdout).meta.name).toBe('Three Tier Web Application');
  });
});
