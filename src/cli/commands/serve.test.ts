import { describe, expect, it } from 'vitest';
import { runCli } from '../../../test-support/cli';

// Starting the server itself is covered by server/*.test.ts (in-process and as a child process).
describe('ot-zones serve', () => {
  it('documents its flags in --help', async () => {
    const r = await runCli(['serve', '--help']);
    expect(r.code).toBe(0);
    for (const flag of ['--port', '--host', '--data', '--database', '--redis'])
      expect(r.stdout).toContain(flag);
  });

  it('refuses a bad port, database URL or Redis URL before starting anything', async () => {
    const port = await runCli(['serve', '--port', 'eighty']);
    expect(port.code).toBe(2);
    expect(port.stderr).toContain('--port must be');
    const db = await runCli(['serve', '--database', 'mysql://x']);
    expect(db.code).toBe(2);
    expect(db.stderr).toContain('postgres://');
    const redis = await runCli(['serve', '--redis', 'localhost:6379']);
    expect(redis.stderr).toContain('redis://');
    expect((await runCli(['serve', 'extra'])).code).toBe(2);
  });
});
