/**
 * `npm run bench:traffic`: verifying a large Zeek conn.log (issue 13). Writes a synthetic conn.log
 * (TSV with Zeek's header; default 1,000,000 records, ~130 MB) to a temporary folder, then runs
 * `ot-zones verify-flows` on it in this process — the streamed read, aggregation and comparison
 * the CLI does — and prints wall time, CPU time, records per second and peak memory (maximum
 * resident set size of the process, and the heap after the run).
 *
 *   npm run bench:traffic -- --records 200000
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { main } from '../src/cli/main';
import { createRandom } from '../src/domain/generate/prng';
import type { Model } from '../src/domain/model/schema';
import { machine } from './machine';

const { values } = parseArgs({ options: { records: { type: 'string' } } });
const records = Number(values.records ?? 1_000_000);

const ZONES = 20;
/** Twenty /16 zones; conduits from zone z to z+1 documenting Modbus, OPC UA and HTTPS. */
function model(): Model {
  return {
    format: 'ot-zones',
    version: 1,
    meta: { name: 'Traffic bench' },
    zones: Array.from({ length: ZONES }, (_, z) => ({
      id: `z${z}`,
      name: `Zone ${z}`,
      kind: 'control' as const,
      networks: [`10.${z}.0.0/16`],
    })),
    assets: [],
    conduits: Array.from({ length: ZONES - 1 }, (_, z) => ({
      id: `c${z}`,
      name: `Conduit ${z}`,
      zoneIds: [`z${z}`, `z${z + 1}`],
      type: 'filtering' as const,
      flows: [
        { from: `z${z}`, to: `z${z + 1}`, protocol: 'Modbus/TCP' },
        { from: `z${z}`, to: `z${z + 1}`, protocol: 'OPC UA' },
        { from: `z${z + 1}`, to: `z${z}`, protocol: 'HTTPS' },
      ],
    })),
  };
}

const HEADER = [
  '#separator \\x09',
  '#set_separator\t,',
  '#empty_field\t(empty)',
  '#unset_field\t-',
  '#path\tconn',
  '#fields\tts\tuid\tid.orig_h\tid.orig_p\tid.resp_h\tid.resp_p\tproto\tservice\tduration\torig_bytes\tresp_bytes\tconn_state\tlocal_orig\tlocal_resp\tmissed_bytes\thistory\torig_pkts\torig_ip_bytes\tresp_pkts\tresp_ip_bytes\ttunnel_parents',
  '#types\ttime\tstring\taddr\tport\taddr\tport\tenum\tstring\tinterval\tcount\tcount\tstring\tbool\tbool\tcount\tstring\tcount\tcount\tcount\tcount\tset[string]',
].join('\n');
const PORTS = [502, 502, 502, 4840, 443, 22, 3389, 102];

async function writeLog(path: string, n: number) {
  const rng = createRandom(13);
  const random = () => rng.next();
  const pick = (k: number) => Math.floor(random() * k);
  const file = await open(path, 'w');
  let chunk = `${HEADER}\n`;
  for (let i = 0; i < n; i++) {
    const z = pick(ZONES - 1);
    const near = random() < 0.9; // most traffic between neighbouring zones, some across the plant
    const srcZone = z;
    const dstZone = near ? z + 1 : pick(ZONES);
    const src = `10.${srcZone}.0.${1 + pick(12)}`;
    const dst = `10.${dstZone}.1.${1 + pick(6)}`;
    const port = PORTS[pick(PORTS.length)]!;
    chunk += `${1_700_000_000 + i * 0.01}\tC${i.toString(36)}\t${src}\t${40000 + pick(20000)}\t${dst}\t${port}\ttcp\t-\t${(random() * 10).toFixed(6)}\t${pick(2000)}\t${pick(2000)}\tSF\t-\t-\t0\tShADadFf\t10\t900\t8\t700\t-\n`;
    if (chunk.length > 1 << 20) {
      await file.write(chunk);
      chunk = '';
    }
  }
  await file.write(chunk);
  await file.close();
}

const dir = mkdtempSync(join(tmpdir(), 'otz-traffic-bench-'));
try {
  const log = join(dir, 'conn.log');
  const modelFile = join(dir, 'model.json');
  writeFileSync(modelFile, JSON.stringify(model()));
  await writeLog(log, records);
  const { size } = await import('node:fs').then((fs) => fs.statSync(log));
  const rssBefore = process.resourceUsage().maxRSS / 1024;
  let out = '';
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const code = await main(
    ['verify-flows', modelFile, '--flows', log, '--format', 'json', '--fail-on', 'none'],
    {
      stdout: (t) => {
        out += typeof t === 'string' ? t : '';
      },
      stderr: (t) => process.stderr.write(t),
      readStdin: async () => new Uint8Array(),
      color: false,
    },
  );
  const wall = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  const peak = process.resourceUsage().maxRSS / 1024;
  const summary = JSON.parse(out).summary;
  const m = machine();
  console.log(`Traffic bench — Node ${m.node}, ${m.cpu}, ${m.cores} cores, load average ${m.loadAverage}`);
  console.log(
    `conn.log: ${records.toLocaleString('en')} records, ${(size / 1024 / 1024).toFixed(0)} MB; exit ${code}`,
  );
  console.log(
    `distinct flows: ${summary.observed.toLocaleString('en')} (allowed ${summary.allowed}, violation ${summary.violation}, intra-zone ${summary.intraZone}, unclassified ${summary.unclassified}; unexercised ${summary.unexercised})`,
  );
  console.log(
    `verify-flows: wall ${wall.toFixed(2)} s, CPU ${((cpu.user + cpu.system) / 1e6).toFixed(2)} s, ${Math.round(records / wall).toLocaleString('en')} records/s`,
  );
  console.log(
    `peak RSS ${peak.toFixed(0)} MB (before the run ${rssBefore.toFixed(0)} MB); heap after ${(process.memoryUsage().heapUsed / 1024 / 1024).toFixed(0)} MB`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
