/** check with policy.acceptances: accepted findings stay listed but never fail; expiry and staleness. */
import { afterEach, describe, expect, it } from 'vitest';
import { runCli, scratch, smallModel } from '../../../test-support/cli';

let tmp = scratch();
afterEach(() => {
  tmp.cleanup();
  tmp = scratch();
  delete process.env.OT_ZONES_TODAY;
});

/** The small model with its info finding re-graded to error, so it fails by default. */
function failing(acceptances: unknown[]) {
  return {
    ...smallModel(),
    policy: { rules: { 'zone-target-missing': { severity: 'error' } }, acceptances },
  };
}
const KEY = 'zone-target-missing:zone:z1';

describe('ot-zones check with risk acceptances', () => {
  it('reports an accepted finding as accepted and passes', async () => {
    process.env.OT_ZONES_TODAY = '2026-03-31';
    const file = tmp.file(
      'm.json',
      failing([{ finding: KEY, justification: 'assessment booked', expires: '2026-03-31' }]),
    );
    const json = await runCli(['check', file, '--format', 'json']);
    expect(json.code).toBe(0);
    const out = JSON.parse(json.stdout);
    expect(out.summary).toEqual({ error: 0, warning: 0, info: 0, suppressed: 0, accepted: 1 });
    expect(out.findings).toMatchObject([{ key: KEY, status: 'accepted', severity: 'error' }]);

    const text = await runCli(['check', file]);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/^Accepted \(1\)$/m);
    expect(text.stdout).toMatch(/zone-target-missing {2}z1 {2}error, until 2026-03-31: assessment booked/);
    expect(text.stdout).toContain('0 errors, 0 warnings, 0 info; 1 accepted. PASS at --fail-on error');
  });

  it('opens the finding again the day after it expires', async () => {
    process.env.OT_ZONES_TODAY = '2026-04-01';
    const file = tmp.file(
      'm.json',
      failing([{ finding: KEY, justification: 'assessment booked', expires: '2026-03-31' }]),
    );
    const r = await runCli(['check', file, '--format', 'json']);
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout);
    expect(out.summary.accepted).toBe(0);
    expect(out.findings[0].status).toBe('open');
    expect(out.acceptances.expired.map((a: { finding: string }) => a.finding)).toEqual([KEY]);
    expect((await runCli(['check', file])).stdout).toContain(`Acceptance of ${KEY} expired on 2026-03-31`);
  });

  it('reports a stale acceptance', async () => {
    const file = tmp.file('m.json', failing([{ finding: 'zone-empty:zone:gone', justification: 'old' }]));
    const r = await runCli(['check', file, '--format', 'json']);
    expect(JSON.parse(r.stdout).acceptances.stale).toEqual([
      { finding: 'zone-empty:zone:gone', justification: 'old' },
    ]);
    expect((await runCli(['check', file])).stdout).toContain(
      'Stale acceptance: zone-empty:zone:gone no longer occurs',
    );
  });

  it('refuses an acceptance without justification or with a bad date, naming the JSON path', async () => {
    const file = tmp.file('m.json', failing([{ finding: KEY, justification: '', expires: '2026-02-30' }]));
    const r = await runCli(['check', file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/policy\.acceptances\[0\]\.justification: /);
    expect(r.stderr).toMatch(/policy\.acceptances\[0\]\.expires: is not a calendar date/);
  });

  it('refuses a malformed OT_ZONES_TODAY', async () => {
    process.env.OT_ZONES_TODAY = 'tomorrow';
    const r = await runCli(['check', tmp.file('m.json', smallModel())]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('OT_ZONES_TODAY must be a date written YYYY-MM-DD');
  });
});
