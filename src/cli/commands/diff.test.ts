import { afterEach, describe, expect, it } from 'vitest';
import { hasStackTrace, runCli, scratch } from '../../../test-support/cli';

let tmp = scratch();
afterEach(() => {
  tmp.cleanup();
  tmp = scratch();
  delete process.env.OT_ZONES_TODAY;
});

const oldModel = () => ({
  format: 'ot-zones',
  version: 1,
  meta: { name: 'Plant' },
  zones: [
    { id: 'ent', name: 'Enterprise', kind: 'enterprise' },
    { id: 'ctl', name: 'Control', kind: 'control', slTarget: 2 },
  ],
  assets: [{ id: 'plc', name: 'PLC 1', type: 'plc', zoneId: 'ctl' }],
  conduits: [
    {
      id: 'c1',
      name: 'IT to control',
      zoneIds: ['ent', 'ctl'],
      type: 'filtering',
      controls: ['firewall'],
      flows: [{ from: 'ent', to: 'ctl', protocol: 'opc-ua', port: 4840 }],
    },
  ],
  diagram: { positions: { plc: { x: 0, y: 0 }, ent: { x: 0, y: 0 } } },
});

/** A version with a zone added, the asset renamed, the firewall removed and a box moved. */
const newModel = () => {
  const m = oldModel();
  m.zones.push({ id: 'dmz', name: 'DMZ', kind: 'dmz', slTarget: 2 } as (typeof m.zones)[number]);
  m.assets[0] = { ...m.assets[0]!, name: 'PLC 1 (line A)' };
  m.conduits[0] = { ...m.conduits[0]!, controls: [] };
  m.diagram = { positions: { plc: { x: 80, y: 0 }, ent: { x: 0, y: 40 } } };
  return m;
};

async function pair(before = oldModel(), after: object = newModel()) {
  return [tmp.file('old.json', before), tmp.file('new.json', after)] as const;
}

describe('ot-zones diff --format json', () => {
  it('prints the documented shape, deterministic order, flows under their conduit', async () => {
    const after = newModel();
    after.conduits[0]!.flows = [{ from: 'ent', to: 'ctl', protocol: 'any', port: 'any' as never }];
    const [a, b] = await pair(oldModel(), after);
    const r = await runCli(['diff', a, b, '--format', 'json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(Object.keys(out)).toEqual(['summary', 'changes', 'findings', 'risks', 'acceptances']);
    expect(Object.keys(out.summary)).toEqual([
      'added',
      'removed',
      'changed',
      'layoutOnly',
      'findingsIntroduced',
      'findingsResolved',
      'risks',
    ]);
    expect(out.summary).toMatchObject({ added: 2, removed: 1, changed: 2, layoutOnly: 1 });
    expect(
      out.changes.map((c: { kind: string; id: string; change: string }) => `${c.kind} ${c.id} ${c.change}`),
    ).toEqual([
      'zone dmz added',
      'asset plc changed',
      'conduit c1 changed',
      'flow c1/ent>ctl/any/any added',
      'flow c1/ent>ctl/opc-ua/4840 removed',
    ]);
    for (const c of out.changes) expect(Object.keys(c)).toEqual(['kind', 'id', 'change', 'fields']);
    expect(out.changes[1].fields).toEqual([{ path: 'name', before: 'PLC 1', after: 'PLC 1 (line A)' }]);
    expect(out.changes[0].fields[0]).toEqual({ path: 'id', before: null, after: 'dmz' });
    expect(Object.keys(out.findings)).toEqual(['introduced', 'resolved']);
    for (const f of out.findings.introduced)
      expect(Object.keys(f)).toEqual([
        'rule',
        'severity',
        'subject',
        'message',
        'reference',
        'fix',
        'key',
        'status',
      ]);
    expect(out.findings.introduced.map((f: { key: string }) => f.key)).toContain(
      'conduit-flow-any:conduit:c1',
    );
    expect(out.risks).toContainEqual({
      kind: 'control-removed',
      subject: { kind: 'conduit', id: 'c1' },
      message: expect.stringContaining('lost control Firewall'),
    });
    expect(out.risks.find((x: { kind: string }) => x.kind === 'flow-any-port').subject).toEqual({
      kind: 'conduit',
      id: 'c1',
    });
    expect(out.summary.risks).toBe(out.risks.length);
    // Same inputs, same bytes.
    expect((await runCli(['diff', a, b, '--format', 'json'])).stdout).toBe(r.stdout);
  });

  it('lists layout-only changes with --include-layout', async () => {
    const [a, b] = await pair();
    const out = JSON.parse((await runCli(['diff', a, b, '--format', 'json', '--include-layout'])).stdout);
    expect(out.summary.layoutOnly).toBe(1);
    expect(out.changes.find((c: { id: string }) => c.id === 'ent').fields).toEqual([
      { path: 'position.y', before: 0, after: 40 },
    ]);
    // plc is renamed and moved: its position shows among its fields.
    expect(
      out.changes.find((c: { id: string }) => c.id === 'plc').fields.map((f: { path: string }) => f.path),
    ).toEqual(['name', 'position.x']);
  });
});

describe('ot-zones diff text and md', () => {
  it('text: summary line, risks, changes by kind', async () => {
    const [a, b] = await pair();
    const r = await runCli(['diff', a, b]);
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[1]).toMatch(
      /^1 added, 0 removed, 2 changed · \d+ findings? introduced, \d+ resolved · 1 security-relevant change$/,
    );
    expect(r.stdout).toMatch(
      /^Security-relevant changes \(1\)\n {2}control-removed {2}Conduit "IT to control" lost control Firewall/m,
    );
    expect(r.stdout).toMatch(/^ {2}~ plc "PLC 1 \(line A\)"\n {6}name: PLC 1 → PLC 1 \(line A\)$/m);
    expect(r.stdout).toMatch(/^ {6}controls: −firewall$/m);
    expect(r.stdout).toContain('(1 layout-only; --include-layout lists them)');
  });

  it('md: a summary line, then tables naming elements by name and id, with user text escaped', async () => {
    const after = newModel();
    after.assets[0]!.name = 'PLC <img src=x> | *bold*';
    const [a, b] = await pair(oldModel(), after);
    const r = await runCli(['diff', a, b, '--format', 'md']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(
      /^## Model changes: .*old\.json → .*new\.json\n\n\*\*1 added, 0 removed, 2 changed · /,
    );
    expect(r.stdout).toContain('### ⚠ Security-relevant changes');
    expect(r.stdout).toContain('| added | DMZ | `dmz` | – |');
    expect(r.stdout).toContain('PLC &lt;img src=x&gt; \\| \\*bold\\*');
    expect(r.stdout).not.toContain('<img');
  });

  it('says so when nothing changed', async () => {
    const [a, b] = await pair(oldModel(), oldModel());
    const r = await runCli(['diff', a, b]);
    expect(r.stdout).toContain(
      '0 added, 0 removed, 0 changed · 0 findings introduced, 0 resolved · 0 security-relevant changes',
    );
    expect(r.stdout).toContain('No changes.');
  });
});

describe('ot-zones diff exit status', () => {
  it('0 without --fail-on, whatever changed', async () => {
    const [a, b] = await pair();
    expect((await runCli(['diff', a, b])).code).toBe(0);
  });

  it('1 with --fail-on risk when there is a security-relevant change, else 0', async () => {
    const [a, b] = await pair();
    const r = await runCli(['diff', a, b, '--fail-on', 'risk']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('FAIL: 1 security-relevant change (--fail-on risk)');
    const calm = newModel();
    calm.conduits[0]!.controls = ['firewall'];
    const [c, d] = await pair(oldModel(), calm);
    expect((await runCli(['diff', c, d, '--fail-on', 'risk'])).code).toBe(0);
  });

  it('1 with --fail-on LEVEL when an introduced finding reaches it; an accepted one does not count', async () => {
    const after = oldModel();
    after.zones.push({
      id: 'spare',
      name: 'Spare',
      kind: 'control',
      slTarget: 1,
    } as (typeof after.zones)[number]);
    const [a, b] = await pair(oldModel(), after);
    // The empty zone introduces an info finding (zone-empty), nothing more.
    expect((await runCli(['diff', a, b, '--fail-on', 'error'])).code).toBe(0);
    expect((await runCli(['diff', a, b, '--fail-on', 'warning'])).code).toBe(0);
    const failed = await runCli(['diff', a, b, '--fail-on', 'info']);
    expect(failed.code).toBe(1);
    expect(failed.stdout).toContain('FAIL: 1 introduced finding at or above --fail-on info');

    const accepted = {
      ...after,
      policy: { acceptances: [{ finding: 'zone-empty:zone:spare', justification: 'cell arrives in May' }] },
    };
    const [c, d] = await pair(oldModel(), accepted);
    const r = await runCli(['diff', c, d, '--fail-on', 'info', '--format', 'json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(
      out.findings.introduced.find((f: { key: string }) => f.key === 'zone-empty:zone:spare').status,
    ).toBe('accepted');
    expect(out.acceptances.added).toEqual([
      { finding: 'zone-empty:zone:spare', justification: 'cell arrives in May' },
    ]);
  });

  it('lists an expired acceptance, and its finding fails again', async () => {
    process.env.OT_ZONES_TODAY = '2026-07-01';
    const after = {
      ...oldModel(),
      zones: [...oldModel().zones, { id: 'spare', name: 'Spare', kind: 'control', slTarget: 1 }],
      policy: {
        acceptances: [{ finding: 'zone-empty:zone:spare', justification: 'x', expires: '2026-06-30' }],
      },
    };
    const [a, b] = await pair(oldModel(), after);
    const r = await runCli(['diff', a, b, '--fail-on', 'info']);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^ {2}expired {2}zone-empty:zone:spare \(expires 2026-06-30\): x$/m);
  });

  it('2 when an input cannot be read, naming every problem of both files with its JSON path', async () => {
    const broken = { ...oldModel(), zones: [{ id: 'z', name: 'Z', kind: 'nope' }] };
    const a = tmp.file('bad-old.json', broken);
    const r = await runCli(['diff', a, `${tmp.dir}/missing.json`, '--fail-on', 'risk']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/bad-old\.json: zones\[0\]\.kind: /);
    expect(r.stderr).toMatch(/missing\.json: no such file/);
    expect(hasStackTrace(r.stderr)).toBe(false);
  });

  it('2 for a wrong command line', async () => {
    const [a, b] = await pair();
    for (const argv of [
      ['diff', a],
      ['diff', a, b, '--format', 'html'],
      ['diff', a, b, '--fail-on', 'critical'],
      ['diff', '-', '-'],
    ]) {
      const r = await runCli(argv);
      expect(r.code, argv.join(' ')).toBe(2);
      expect(r.stderr).toMatch(/usage: ot-zones diff OLD NEW/);
    }
  });

  it('reads one side from standard input', async () => {
    const b = tmp.file('new.json', newModel());
    const r = await runCli(['diff', '-', b, '--format', 'json'], JSON.stringify(oldModel()));
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).summary.added).toBe(1);
  });
});
