import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { hasStackTrace, runCli, scratch, smallModel } from '../../../test-support/cli';
import { demoModel } from '../../samples';

const DEMO = 'src/samples/water-treatment.json';
let tmp = scratch();
afterEach(() => {
  tmp.cleanup();
  tmp = scratch();
});

/** Exit 2 with nothing on stdout and each expected line on stderr, without a stack trace. */
async function expectUnusable(argv: string[], ...expected: Array<string | RegExp>) {
  const r = await runCli(argv);
  expect(r.code, r.stderr).toBe(2);
  expect(r.stdout).toBe('');
  for (const e of expected) expect(r.stderr).toMatch(e);
  expect(hasStackTrace(r.stderr)).toBe(false);
  return r;
}

describe('ot-zones check: text output', () => {
  it('groups the demo findings by severity, one line each, with a summary line', async () => {
    const r = await runCli(['check', DEMO]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe(
      'Riverside Water Treatment Works (src/samples/water-treatment.json): 13 zones, 45 assets, 12 conduits',
    );
    const headings = lines.filter((l) => /^(Errors|Warnings|Info) \(\d+\)$/.test(l));
    expect(headings[0]).toMatch(/^Errors \(\d+\)$/);
    // Headings appear in severity order.
    const order = headings.map((h) => h.split(' ')[0]);
    expect(order).toEqual(['Errors', 'Warnings', 'Info'].filter((h) => order.includes(h)));
    const findingLines = lines.filter((l) => /^ {2}[a-z0-9-]+ +\S+ {2}/.test(l));
    const json = JSON.parse((await runCli(['check', DEMO, '--format', 'json'])).stdout);
    expect(findingLines).toHaveLength(json.findings.length);
    expect(r.stdout).toMatch(/^ {2}conduit-capability-below-target +c-wireless-supervisory +Conduit /m);
    expect(r.stdout).toMatch(/^ {2}conduit-flow-any +c-engineering-cells +/m);
    const { error, warning, info } = json.summary;
    expect(lines.at(-1)).toBe(
      `${error} error${error === 1 ? '' : 's'}, ${warning} warning${warning === 1 ? '' : 's'}, ${info} info. ` +
        `FAIL: ${error} finding${error === 1 ? '' : 's'} at or above --fail-on error`,
    );
  });

  it('adds the fix and the reference with --verbose', async () => {
    const r = await runCli(['check', DEMO, '--verbose']);
    expect(r.stdout).toMatch(/^ {2}conduit-flow-any .*\n {4}fix: .+\n {4}ref: IEC 62443-3-3 SR 5\.2 RE1$/m);
  });

  it('passes a model with only an info finding, and says so', async () => {
    const file = tmp.file('small.json', smallModel());
    const r = await runCli(['check', file]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Info \(1\)$/m);
    expect(r.stdout).toMatch(/^ {2}zone-target-missing {2}z1 {2}/m);
    expect(r.stdout.trimEnd().split('\n').at(-1)).toBe(
      '0 errors, 0 warnings, 1 info. PASS at --fail-on error',
    );
  });

  it('says "No findings." for a clean model', async () => {
    const m = smallModel();
    m.zones[0] = { ...m.zones[0]!, slTarget: 1 } as (typeof m.zones)[0];
    m.assets = m.assets.map((a) => ({ ...a, slCapability: 1 }));
    const r = await runCli(['check', tmp.file('clean.json', m)]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('\nNo findings.\n');
  });

  it('shows text from the file as text: control characters cannot drive the terminal', async () => {
    const m = smallModel();
    m.meta.name = 'Plant\u001b[2J\u001b]0;pwned\u0007';
    m.zones[0]!.name = 'Cell \u009b31m red';
    const r = await runCli(['check', tmp.file('hostile.json', m)]);
    const controls = [...r.stdout].filter((ch) => {
      const code = ch.charCodeAt(0);
      return (code < 0x20 && ch !== '\n') || (code >= 0x7f && code <= 0x9f);
    });
    expect(controls).toEqual([]);
    expect(r.stdout).toContain('Plant\\u001b[2J\\u001b]0;pwned\\u0007');
  });

  it('reads standard input for "-"', async () => {
    const r = await runCli(['check', '-', '--format', 'json'], JSON.stringify(smallModel()));
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).model).toBe('Small cell');
  });
});

describe('ot-zones check: --fail-on and exit status', () => {
  it('exits 1 when a finding reaches the --fail-on level, 0 otherwise', async () => {
    const file = tmp.file('small.json', smallModel());
    expect((await runCli(['check', file])).code).toBe(0);
    expect((await runCli(['check', file, '--fail-on', 'warning'])).code).toBe(0);
    expect((await runCli(['check', file, '--fail-on', 'info'])).code).toBe(1);
    expect((await runCli(['check', DEMO, '--fail-on', 'error'])).code).toBe(1);
  });

  it('counts findings re-graded by the policy at their new severity, and suppressed ones not at all', async () => {
    const regraded = { ...smallModel(), policy: { rules: { 'zone-target-missing': { severity: 'error' } } } };
    const r1 = await runCli(['check', tmp.file('regraded.json', regraded), '--format', 'json']);
    expect(r1.code).toBe(1);
    expect(JSON.parse(r1.stdout).summary).toEqual({
      error: 1,
      warning: 0,
      info: 0,
      suppressed: 0,
      accepted: 0,
    });

    const disabled = { ...smallModel(), policy: { rules: { 'zone-target-missing': { enabled: false } } } };
    const r2 = await runCli(['check', tmp.file('disabled.json', disabled), '--fail-on', 'info']);
    expect(r2.code).toBe(0);
    expect(r2.stdout).toContain("0 errors, 0 warnings, 0 info; 1 suppressed by the model's policy.");
  });
});

describe('ot-zones check --format json', () => {
  it('prints exactly one JSON object with the documented shape', async () => {
    const r = await runCli(['check', DEMO, '--format', 'json']);
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout);
    expect(Object.keys(out)).toEqual(['model', 'summary', 'findings', 'acceptances']);
    expect(out.model).toBe('Riverside Water Treatment Works');
    expect(Object.keys(out.summary)).toEqual(['error', 'warning', 'info', 'suppressed', 'accepted']);
    expect(out.findings.length).toBeGreaterThan(0);
    for (const f of out.findings) {
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
      expect(f.key).toBe(`${f.rule}:${f.subject.kind}:${f.subject.id}`);
      expect(f.status).toBe('open');
      expect(Object.keys(f.subject)).toEqual(['kind', 'id']);
      expect(['zone', 'asset', 'conduit']).toContain(f.subject.kind);
      for (const key of ['rule', 'message', 'reference', 'fix']) expect(typeof f[key]).toBe('string');
    }
    for (const s of ['error', 'warning', 'info'] as const)
      expect(out.summary[s]).toBe(out.findings.filter((f: { severity: string }) => f.severity === s).length);
    const ids = new Set(demoModel().zones.map((z) => z.id));
    for (const f of out.findings.filter((x: { subject: { kind: string } }) => x.subject.kind === 'zone'))
      expect(ids).toContain(f.subject.id);
  });

  it('lists findings by severity, then rule, then subject id', async () => {
    const { findings } = JSON.parse((await runCli(['check', DEMO, '--format', 'json'])).stdout);
    const rank = { error: 0, warning: 1, info: 2 } as Record<string, number>;
    const key = (f: { severity: string; rule: string; subject: { id: string } }) =>
      [rank[f.severity], f.rule, f.subject.id] as const;
    for (let i = 1; i < findings.length; i++) {
      const [s0, r0, id0] = key(findings[i - 1]);
      const [s1, r1, id1] = key(findings[i]);
      const inOrder = s0! < s1! || (s0 === s1 && (r0 < r1 || (r0 === r1 && id0 <= id1)));
      expect(inOrder, `${r0}/${id0} before ${r1}/${id1}`).toBe(true);
    }
  });

  it('gives byte-identical output on every run', async () => {
    const a = await runCli(['check', DEMO, '--format', 'json']);
    const b = await runCli(['check', DEMO, '--format', 'json']);
    expect(b.stdout).toBe(a.stdout);
  });
});

describe('ot-zones check: inputs that cannot be checked exit 2 and name every problem', () => {
  it('a missing file', async () => {
    await expectUnusable(['check', join(tmp.dir, 'nope.json')], /nope\.json: no such file\n/);
  });

  it('a directory', async () => {
    const dir = join(tmp.dir, 'models');
    mkdirSync(dir);
    await expectUnusable(['check', dir], /models: is a directory, not a model file/);
  });

  it('an empty file, a binary file and text that is not UTF-8', async () => {
    await expectUnusable(['check', tmp.file('empty.json', '  \n')], /empty\.json: is empty/);
    await expectUnusable(
      ['check', tmp.file('image.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0xff, 0xfe, 0x00]))],
      /image\.png: is not UTF-8 text/,
    );
  });

  it('text that is not JSON, with line and column', async () => {
    const file = tmp.file('broken.json', '{\n  "format": "ot-zones",\n  "version": 1,\n  oops\n}');
    await expectUnusable(['check', file], /broken\.json: \(root\): not valid JSON at line 4, column 3/);
  });

  it('a schema violation, with its JSON path', async () => {
    const m = smallModel() as unknown as { zones: Array<Record<string, unknown>> };
    m.zones[0]!.slTarget = 7;
    m.zones[0]!.colour = 'red';
    const r = await expectUnusable(
      ['check', tmp.file('schema.json', m)],
      /schema\.json: zones\[0\]\.slTarget: /,
    );
    expect(r.stderr).toMatch(/schema\.json: zones\[0\]: .*colour/);
    expect(r.stderr).toMatch(/cannot use .*schema\.json as a model \(2 problems\)\n$/);
  });

  it('dangling references, every one listed', async () => {
    const m = {
      ...smallModel(),
      zones: [...smallModel().zones, { id: 'z2', name: 'Ops', kind: 'operations' }],
      assets: [{ id: 'a1', name: 'PLC 1', type: 'plc', zoneId: 'z7' }],
      conduits: [{ id: 'c1', name: 'C1', type: 'filtering', zoneIds: ['z1', 'z9'] }],
    };
    const r = await expectUnusable(
      ['check', tmp.file('dangling.json', m)],
      /dangling\.json: assets\[0\]\.zoneId: unknown zone "z7"\n/,
      /dangling\.json: conduits\[0\]\.zoneIds\[1\]: unknown zone "z9"\n/,
    );
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(3);
  });

  it('a file that is not an ot-zones model at all', async () => {
    await expectUnusable(
      ['check', tmp.file('package.json', { name: 'x' })],
      /package\.json: format: expected "ot-zones"/,
    );
  });

  it('command-line mistakes', async () => {
    await expectUnusable(['check'], /ot-zones: missing FILE\nusage: ot-zones check FILE/);
    await expectUnusable(
      ['check', DEMO, '--format', 'xml'],
      /--format must be one of text, json \(got "xml"\)/,
    );
    await expectUnusable(
      ['check', DEMO, '--fail-on', 'fatal'],
      /--fail-on must be one of error, warning, info/,
    );
    await expectUnusable(['check', DEMO, '--strict'], /unknown option --strict/);
    await expectUnusable(['check', DEMO, '--format'], /option --format needs a value/);
    await expectUnusable(['check', DEMO, 'other.json'], /unexpected argument "other.json"/);
  });
});
