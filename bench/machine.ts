/** What a benchmark ran on, printed with its figures by `npm run bench` and `npm run bench:ui`. */
import { cpus, loadavg, totalmem } from 'node:os';

export function machine() {
  const cpu = cpus();
  return {
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    cpu: cpu[0]?.model.trim() ?? 'unknown',
    cores: cpu.length,
    memoryGb: Math.round(totalmem() / 1024 ** 3),
    /** 1-minute load average: above the core count, other work was competing for the CPU. */
    loadAverage: Math.round((loadavg()[0] ?? 0) * 10) / 10,
  };
}
