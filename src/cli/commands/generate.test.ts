import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli, scratch } from '../../../test-support/cli';
import { generatePlant } from '../../domain/generate/plant-generator';
import { parseModelText } from '../../domain/model/parse';
import { serializeModel } from '../../domain/serialize/model-json';

let tmp = scratch();
afterEach(() => {
  tmp.cleanup();
  tmp = scratch();
});

describe('ot-zones generate', () => {
  it('prints the canonical file of the requested size and seed', async () => {
    const r = await runCli(['generate', '--size', 'S', '--seed', '5']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(serializeModel(generatePlant('S', 5)));
    const parsed = parseModelText(r.stdout);
    expect(parsed.ok && parsed.model.assets.length).toBe(100);
  });

  it('uses seed 1 by default, accepts lower-case sizes and writes --out', async () => {
    const out = join(tmp.dir, 'm.json');
    const r = await runCli(['generate', '--size', 'm', '--out', out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(readFileSync(out, 'utf8')).toBe(serializeModel(generatePlant('M', 1)));
  });

  it('the generated file checks in the same CLI', async () => {
    const file = join(tmp.dir, 's.json');
    await runCli(['generate', '--size', 'S', '--out', file]);
    const r = await runCli(['check', file, '--format', 'json']);
    expect([0, 1]).toContain(r.code);
    expect(JSON.parse(r.stdout).model).toBe('Synthetic plant S (seed 1)');
  });

  it('rejects a missing or unknown size and a bad seed', async () => {
    const missing = await runCli(['generate']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/--size is required \(S, M, L, XL\)/);
    const unknown = await runCli(['generate', '--size', 'XXL']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/--size must be one of S, M, L, XL \(got "XXL"\)/);
    for (const seed of ['--seed=-1', '1.5', 'abc', '4294967296']) {
      const r = await runCli([
        'generate',
        '--size',
        'S',
        ...(seed.startsWith('--') ? [seed] : ['--seed', seed]),
      ]);
      expect(r.code, seed).toBe(2);
      expect(r.stderr).toMatch(/--seed must be an integer from 0 to 4294967295/);
    }
    const dashed = await runCli(['generate', '--size', 'S', '--seed', '-1']);
    expect(dashed.stderr).toMatch(
      /option --seed needs a value \(for a value starting with "-", write --seed=VALUE\)/,
    );
  });
});
