/**
 * `npm run bench:cli`: how long one `ot-zones check` of the demo takes as users run it, a fresh
 * Node process each time. Compares the compiled CLI (dist-cli, what the bin runs) with running the
 * TypeScript source through tsx (what the bin did before, and falls back to), against an empty
 * `node -e ""` for the floor. Prints median wall and CPU time (the child's user + system, from
 * /usr/bin/time): on a busy machine wall time grows with the queue, CPU time much less.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { machine } from './machine';
import { median } from './stats';

const DEMO = 'src/samples/water-treatment.json';
const RUNS = Number(process.env.BENCH_RUNS ?? 15);

const variants: Array<{ name: string; args: string[]; env?: Record<string, string> }> = [
  { name: 'node -e "" (floor)', args: ['-e', ''] },
  { name: 'compiled: node dist-cli/ot-zones.mjs check', args: ['dist-cli/ot-zones.mjs', 'check', DEMO] },
  { name: 'bin: node bin/ot-zones.mjs check', args: ['bin/ot-zones.mjs', 'check', DEMO] },
  {
    name: 'source via tsx: OT_ZONES_FROM_SOURCE=1 node bin/ot-zones.mjs check',
    args: ['bin/ot-zones.mjs', 'check', DEMO],
    env: { OT_ZONES_FROM_SOURCE: '1' },
  },
];

function measure(args: string[], env?: Record<string, string>) {
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < RUNS + 1; i++) {
    const start = performance.now();
    const r = spawnSync('/usr/bin/time', ['-f', '%U %S', process.execPath, ...args], {
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1', ...env },
    });
    const ms = performance.now() - start;
    const times = /(\d+\.\d+) (\d+\.\d+)\s*$/.exec(r.stderr);
    if (i === 0) continue; // warm-up: file-system caches
    wall.push(ms);
    if (times) cpu.push((Number(times[1]) + Number(times[2])) * 1000);
  }
  return { wallMs: Math.round(median(wall)), cpuMs: Math.round(median(cpu)) };
}

if (!existsSync('dist-cli/ot-zones.mjs')) {
  console.error('dist-cli/ot-zones.mjs is missing: run "npm run build:cli" first');
  process.exit(2);
}
console.log(JSON.stringify({ machine: machine(), runs: RUNS }));
for (const v of variants) console.log(`${v.name}: ${JSON.stringify(measure(v.args, v.env))}`);
