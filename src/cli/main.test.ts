import { describe, expect, it } from 'vitest';
import { hasStackTrace, runCli } from '../../test-support/cli';
import type { CliIo } from './io';
import { COMMANDS, main } from './main';

describe('ot-zones main', () => {
  it('lists every command in the overview', async () => {
    const r = await runCli(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Usage: ot-zones <command> \[options\]/);
    const literal = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    for (const c of COMMANDS)
      expect(r.stdout).toMatch(new RegExp(`^ {2}${c.name} +${literal(c.summary)}$`, 'm'));
  });

  it('shows the overview with status 2 when no command is given', async () => {
    const r = await runCli([]);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('Commands:');
  });

  it.each(COMMANDS.map((c) => c.name))('"%s --help", "%s -h" and "help %s" print its help', async (name) => {
    for (const argv of [
      [name, '--help'],
      [name, '-h'],
      ['help', name],
      [name, 'x.json', '--help'],
    ]) {
      const r = await runCli(argv);
      expect(r.code, argv.join(' ')).toBe(0);
      expect(r.stdout).toMatch(new RegExp(`^Usage: ot-zones ${name}`));
      expect(r.stdout).toMatch(/-h, --help/);
      expect(r.stderr).toBe('');
    }
  });

  it('prints the package version', async () => {
    const r = await runCli(['--version']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });

  it('rejects an unknown command with status 2 and the list of commands', async () => {
    const r = await runCli(['chek', 'plant.json']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^ot-zones: unknown command "chek"; commands: check, export/);
    expect((await runCli(['help', 'nope'])).code).toBe(2);
  });

  it('turns an unexpected failure into a message and status 2, never a stack trace', async () => {
    let stderr = '';
    const io: CliIo = {
      stdout: () => {
        throw new TypeError('stream exploded');
      },
      stderr: (t) => {
        stderr += t;
      },
      readStdin: async () => new Uint8Array(),
      color: false,
    };
    const code = await main(['check', 'src/samples/water-treatment.json'], io);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^ot-zones: unexpected error: stream exploded\n/);
    expect(hasStackTrace(stderr)).toBe(false);
  });
});
