/**
 * The Traffic panel's state: the flow files read so far (their summaries and aggregated flows),
 * the file being read (progress, cancel), the selected zone pair, and the proposals the user
 * discarded. Observed traffic is not part of the model: it is evidence to compare with, so it is
 * neither saved nor undone; only accepted proposals change the model (one undo step each).
 */
import { create } from 'zustand';
import type { CsvFlowMapping } from '../../domain/traffic/csv-flows';
import type { FlowLogSummary } from '../../domain/traffic/flow-log';
import { FlowAggregator, type ObservedFlow } from '../../domain/traffic/records';
import { openDrawer, setDrawerOpen } from '../shell/panels';
import type { WorkerMessage } from './flow-worker';

export interface LoadedFile {
  name: string;
  summary: FlowLogSummary;
  flows: ObservedFlow[];
  /** Kept so a CSV can be read again with another column mapping. */
  file: File;
}

export interface Reading {
  name: string;
  done: number;
  total: number;
  cancel(): void;
}

interface TrafficState {
  files: LoadedFile[];
  reading: Reading | null;
  /** "from|to" of the zone pair whose flows are listed. */
  selectedPair: string | null;
  discarded: ReadonlySet<string>;
  setOpen(open: boolean): void;
  load(files: readonly File[], mapping?: CsvFlowMapping): Promise<void>;
  remove(name: string): void;
  clear(): void;
  select(pair: string | null): void;
  discard(key: string): void;
}

function readInWorker(file: File, mapping: CsvFlowMapping | undefined, onProgress: (done: number) => void) {
  const worker = new Worker(new URL('./flow-worker.ts', import.meta.url), { type: 'module' });
  let cancel: () => void = () => undefined;
  const result = new Promise<{ summary: FlowLogSummary; flows: ObservedFlow[] } | null>((resolve, reject) => {
    cancel = () => {
      worker.terminate();
      resolve(null);
    };
    worker.onmessage = (event: MessageEvent<WorkerMessage>) => {
      const m = event.data;
      if (m.type === 'progress') onProgress(m.done);
      else {
        worker.terminate();
        if (m.type === 'done') resolve({ summary: m.summary, flows: m.flows });
        else reject(new Error(m.message));
      }
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(event.message || 'the reader stopped'));
    };
    worker.postMessage(mapping ? { file, mapping } : { file });
  });
  return { result, cancel: () => cancel() };
}

export const useTraffic = create<TrafficState>()((set, get) => ({
  files: [],
  reading: null,
  selectedPair: null,
  discarded: new Set(),
  setOpen: (open) => setDrawerOpen('traffic', open),
  async load(files, mapping) {
    openDrawer('traffic');
    for (const file of files) {
      const job = readInWorker(file, mapping, (done) => {
        const r = get().reading;
        if (r) set({ reading: { ...r, done } });
      });
      set({ reading: { name: file.name, done: 0, total: file.size, cancel: job.cancel } });
      try {
        const read = await job.result;
        if (!read) break; // cancelled: the files after it are not read either
        const loaded: LoadedFile = { name: file.name, summary: read.summary, flows: read.flows, file };
        set({ files: [...get().files.filter((f) => f.name !== file.name), loaded] });
      } finally {
        set({ reading: null });
      }
    }
  },
  remove: (name) => set({ files: get().files.filter((f) => f.name !== name), selectedPair: null }),
  clear: () => set({ files: [], selectedPair: null, discarded: new Set() }),
  select: (pair) => set({ selectedPair: pair }),
  discard: (key) => set({ discarded: new Set([...get().discarded, key]) }),
}));

/** The flows of all loaded files, aggregated again per (source, destination, port, transport). */
export function mergedFlows(files: readonly LoadedFile[]): ObservedFlow[] {
  if (files.length === 1) return files[0]!.flows;
  const all = new FlowAggregator();
  for (const f of files) for (const flow of f.flows) all.add(flow);
  return all.flows();
}
