/**
 * Reads one flow log in a Web Worker, so a large conn.log never blocks the editor: the file is
 * streamed (File.stream()), parsed line by line by the domain's reader, and aggregated here; the
 * page gets progress messages and, at the end, the aggregated flows and the read summary. The page
 * cancels by terminating the worker.
 */
import type { CsvFlowMapping } from '../../domain/traffic/csv-flows';
import { FlowLogReader, type FlowLogSummary } from '../../domain/traffic/flow-log';
import { FlowAggregator, type ObservedFlow } from '../../domain/traffic/records';

export type WorkerRequest = { file: File; mapping?: CsvFlowMapping };
export type WorkerMessage =
  | { type: 'progress'; done: number; total: number }
  | { type: 'done'; summary: FlowLogSummary; flows: ObservedFlow[] }
  | { type: 'error'; message: string };

const ctx = self as unknown as {
  postMessage(message: WorkerMessage): void;
  onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null;
};

async function read({ file, mapping }: WorkerRequest) {
  const reader = new FlowLogReader(new FlowAggregator(), mapping ? { mapping } : {});
  const decoder = new TextDecoder();
  const stream = file.stream().getReader();
  let done = 0;
  let last = 0;
  for (;;) {
    const chunk = await stream.read();
    if (chunk.done) break;
    reader.push(decoder.decode(chunk.value, { stream: true }));
    done += chunk.value.byteLength;
    if (reader.summary.fatal) break;
    const now = Date.now();
    if (now - last > 80) {
      last = now;
      ctx.postMessage({ type: 'progress', done, total: file.size });
    }
  }
  reader.push(decoder.decode());
  const summary = reader.end();
  ctx.postMessage({ type: 'done', summary, flows: reader.aggregator.flows() });
}

ctx.onmessage = (event) => {
  read(event.data).catch((error: unknown) =>
    ctx.postMessage({ type: 'error', message: error instanceof Error ? error.message : String(error) }),
  );
};
