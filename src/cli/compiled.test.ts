/**
 * The compiled CLI (scripts/build-cli.mjs → one ESM bundle, what `ot-zones` runs after `npm ci`)
 * behaves like the source: same output and exit status for check and diff, the version from
 * package.json, and plain errors.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../test-support/cli';

const OUT = 'dist-cli-test';
const DEMO = 'src/samples/water-treatment.json';

const run = (...args: string[]) =>
  spawnSync(process.execPath, [`${OUT}/ot-zones.mjs`, ...args], {
    encoding: 'utf8',
    timeout: 60_000,
    env: { ...process.env, NO_COLOR: '1', OT_ZONES_TODAY: '2026-06-01' },
  });

beforeAll(() => {
  execFileSync(process.execPath, ['scripts/build-cli.mjs', '--outdir', OUT], {
    stdio: 'pipe',
    timeout: 120_000,
  });
}, 120_000);
afterAll(() => rmSync(OUT, { recursive: true, force: true }));

describe('compiled CLI', () => {
  it('checks the demo exactly as the source does', async () => {
    process.env.OT_ZONES_TODAY = '2026-06-01';
    const source = await runCli(['check', DEMO, '--format', 'json']);
    delete process.env.OT_ZONES_TODAY;
    const compiled = run('check', DEMO, '--format', 'json');
    expect(compiled.stderr).toBe('');
    expect(compiled.status).toBe(source.code);
    expect(compiled.stdout).toBe(source.stdout);
  }, 60_000);

  it('diffs, reads the version from package.json and reports errors plainly', () => {
    const diff = run('diff', DEMO, DEMO, '--format', 'md', '--fail-on', 'risk');
    expect(diff.status).toBe(0);
    expect(diff.stdout).toContain('**0 added, 0 removed, 0 changed');
    expect(run('--version').stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
    const missing = run('diff', DEMO, 'nope.json');
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/^nope\.json: no such file$/m);
  }, 60_000);
});
