/** The real command, as users and CI run it: a separate Node process through bin/ot-zones.mjs. */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { hasStackTrace } from '../../test-support/cli';

const run = (...args: string[]) =>
  spawnSync(process.execPath, ['bin/ot-zones.mjs', ...args], {
    encoding: 'utf8',
    timeout: 60_000,
    env: { ...process.env, NO_COLOR: '1' },
  });

describe('bin/ot-zones.mjs', () => {
  it('checks the demo model and prints one JSON object, exit status 1 for its errors', () => {
    const r = run('check', 'src/samples/water-treatment.json', '--format', 'json');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(1);
    const out = JSON.parse(r.stdout);
    expect(out.model).toBe('Riverside Water Treatment Works');
    expect(out.summary.error).toBeGreaterThan(0);
    expect(out.findings.map((f: { rule: string }) => f.rule)).toEqual(
      expect.arrayContaining(['conduit-capability-below-target', 'conduit-flow-any']),
    );
  });

  it('exits 2 with a plain message and no stack trace for a missing file', () => {
    const r = run('check', 'does/not/exist.json');
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^does\/not\/exist\.json: no such file\n/);
    expect(hasStackTrace(r.stderr)).toBe(false);
  });
});
