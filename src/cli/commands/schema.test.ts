import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli, scratch } from '../../../test-support/cli';
import { modelJsonSchema } from '../../domain/model/schema';

let tmp = scratch();
afterEach(() => {
  tmp.cleanup();
  tmp = scratch();
});

describe('ot-zones schema', () => {
  it('prints the JSON Schema of the model format', async () => {
    const r = await runCli(['schema']);
    expect(r.code).toBe(0);
    expect(r.stdout.endsWith('}\n')).toBe(true);
    expect(JSON.parse(r.stdout)).toEqual(modelJsonSchema());
  });

  it('writes it to --out', async () => {
    const out = join(tmp.dir, 'model.schema.json');
    const r = await runCli(['schema', '-o', out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(JSON.parse(readFileSync(out, 'utf8')).title).toMatch(/ot-zones model/);
  });

  it('takes no FILE', async () => {
    const r = await runCli(['schema', 'plant.json']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/unexpected argument "plant.json"/);
  });
});
