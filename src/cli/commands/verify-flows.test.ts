import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { hasStackTrace, runCli, scratch } from '../../../test-support/cli';
import { trafficFixturePath } from '../../../test-support/traffic-files';
import { trafficModel } from '../../../test-support/traffic-fixtures';

let tmp = scratch();
afterEach(() => {
  tmp.cleanup();
  tmp = scratch();
});

const zeek = trafficFixturePath('zeek-modbus-conn.log');

describe('ot-zones verify-flows', () => {
  it('the real Zeek conn.log: the contract JSON, exit 1 for violations', async () => {
    const r = await runCli([
      'verify-flows',
      tmp.file('m.json', trafficModel()),
      '--flows',
      zeek,
      '--format',
      'json',
    ]);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stderr).toBe('');
    const out = JSON.parse(r.stdout);
    expect(Object.keys(out)).toEqual(['summary', 'flows', 'unexercised']);
    expect(out.summary).toEqual({
      observed: 6,
      allowed: 3,
      violation: 2,
      intraZone: 1,
      unclassified: 0,
      unexercised: 1,
    });
    expect(out.flows[0]).toEqual({
      src: '192.168.66.235',
      dst: '166.161.16.230',
      port: 502,
      transport: 'tcp',
      srcZone: 'z-remote',
      dstZone: 'z-sub',
      verdict: 'violation',
      conduit: null,
      reason:
        'No conduit joins "Remote site" and "Substation". Reference: IEC 62443-3-2 ZCR 3.1; IEC 62443-3-3 SR 5.1.',
      count: 2,
    });
    expect(
      out.flows.find((f: { dst: string; count: number }) => f.dst === '10.0.0.3' && f.count === 2),
    ).toMatchObject({
      verdict: 'allowed',
      conduit: 'c-ops-ctl',
    });
    expect(out.unexercised).toEqual([
      { conduit: 'c-ops-ctl', from: 'z-ops', to: 'z-ctl', protocol: 'OPC UA', port: 4840 },
    ]);
  });

  it('exit 0 without violations, and with --fail-on none', async () => {
    const model = trafficModel();
    const ok = tmp.file('ok.csv', 'src_ip,dst_ip,dst_port,proto\n10.0.0.57,10.0.0.3,502,tcp\n');
    const r = await runCli(['verify-flows', tmp.file('m.json', model), '--flows', ok]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^1 observed flow: 1 allowed, 0 violations/);
    const none = await runCli([
      'verify-flows',
      tmp.file('m2.json', model),
      '--flows',
      zeek,
      '--fail-on',
      'none',
    ]);
    expect(none.code).toBe(0);
  });

  it('several files (one gzipped) add up; Markdown output', async () => {
    const gz = tmp.file(
      'conn.log.gz',
      gzipSync(
        Buffer.from('{"id.orig_h":"10.0.0.57","id.resp_h":"10.0.0.3","id.resp_p":502,"proto":"tcp"}\n'),
      ),
    );
    const r = await runCli([
      'verify-flows',
      tmp.file('m.json', trafficModel()),
      '--flows',
      zeek,
      '--flows',
      gz,
      '--format',
      'md',
    ]);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stdout).toContain('# Observed traffic against the conduits: Modbus plant');
    expect(r.stdout).toContain(
      '| 10\\.0.0.57 | 10\\.0.0.3 | 502/tcp (Modbus/TCP) | Operations (z-ops) → Control (z-ctl) | 3 |',
    );
    expect(r.stdout).toContain('## Unexercised documented flows (1)');
  });

  it('bad lines are reported with their numbers and skipped, not fatal', async () => {
    const csv = tmp.file(
      'fw.csv',
      'src_ip,dst_ip,dst_port,proto\n10.0.0.57,10.0.0.3,502,tcp\nx,10.0.0.3,502,tcp\n10.0.0.57,10.0.0.3,99999,tcp\n',
    );
    const r = await runCli([
      'verify-flows',
      tmp.file('m.json', trafficModel()),
      '--flows',
      csv,
      '--format',
      'json',
    ]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(`${csv}: line 3: column "src_ip" "x" is not an IP address\n`);
    expect(r.stderr).toContain(`${csv}: line 4: column "dst_port" "99999" is not a port (0–65535)\n`);
    expect(r.stderr).toContain(`${csv}: 1 record read, 2 bad lines skipped\n`);
    expect(JSON.parse(r.stdout).summary.allowed).toBe(1);
  });

  it('a huge line is skipped with its number', async () => {
    const text = `src_ip,dst_ip,dst_port,proto\n${'9'.repeat(200_000)}\n10.0.0.57,10.0.0.3,502,tcp\n`;
    const r = await runCli([
      'verify-flows',
      tmp.file('m.json', trafficModel()),
      '--flows',
      tmp.file('big.csv', text),
    ]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/line 2: the line is 200,000 characters long \(the limit is 65,536\); skipped/);
  });

  it('exit 2: missing flow file, a header without addresses, a file with no usable record, a bad model', async () => {
    const model = tmp.file('m.json', trafficModel());
    const missing = await runCli(['verify-flows', model, '--flows', tmp.file('x', '') + '-nope']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('no such file');
    const header = await runCli(['verify-flows', model, '--flows', tmp.file('h.csv', 'a,b\n1,2\n')]);
    expect(header.code).toBe(2);
    expect(header.stderr).toContain('line 1: the header has no column for source address');
    const junk = await runCli(['verify-flows', model, '--flows', tmp.file('j.json', '{oops\n{nope\n')]);
    expect(junk.code).toBe(2);
    expect(junk.stderr).toContain('no usable record in 2 lines');
    const bad = await runCli([
      'verify-flows',
      tmp.file('bad.json', {
        format: 'ot-zones',
        version: 1,
        zones: [{ id: 'z', networks: ['10.0.0.0/99'] }],
      }),
      '--flows',
      zeek,
    ]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('CIDR');
    for (const r of [missing, header, junk, bad]) expect(hasStackTrace(r.stderr)).toBe(false);
  });

  it('usage errors: no --flows, unknown format', async () => {
    const model = tmp.file('m.json', trafficModel());
    expect((await runCli(['verify-flows', model])).stderr).toContain('missing --flows FILE');
    const r = await runCli(['verify-flows', model, '--flows', zeek, '--format', 'xml']);
    expect(r.code).toBe(2);
  });
});
