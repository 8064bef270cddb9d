/**
 * Observed traffic, as read from flow logs (issue 13): one record per connection or flow-log line,
 * aggregated per (source, destination, port, transport). Pure data shared by the readers, the
 * comparison with the conduits, the draft and the app.
 */

/** One connection or flow record as a log states it. */
export interface FlowRecord {
  /** Initiator's address (Zeek id.orig_h, a CSV's source column). */
  src: string;
  /** Responder's address. */
  dst: string;
  /** Responder's port (for ICMP, Zeek's code). */
  port: number;
  /** "tcp", "udp", "icmp", … (lower case). */
  transport: string;
  /** How many connections the record stands for (1 for a Zeek record; a flow export's count). */
  count: number;
  bytes?: number;
  /** Seconds since the epoch. */
  firstSeen?: number;
  lastSeen?: number;
}

/** Records with the same source, destination, port and transport, summed. */
export interface ObservedFlow {
  src: string;
  dst: string;
  port: number;
  transport: string;
  count: number;
  bytes: number;
  firstSeen?: number;
  lastSeen?: number;
}

/**
 * What a reader makes of one line: a record, a problem (reading goes on; `fatal` when the file
 * cannot be read at all, e.g. a header without the needed columns), or nothing (a header or blank).
 */
export type ParsedLine = { record: FlowRecord } | { problem: string; fatal?: boolean } | null;

/** A line that could not be used; reading goes on. */
export interface LineProblem {
  line: number;
  message: string;
}

const flowKey = (r: { src: string; dst: string; port: number; transport: string }) =>
  `${r.src}|${r.dst}|${r.port}|${r.transport}`;

/** Sums records per (source, destination, port, transport); memory grows with distinct flows only. */
export class FlowAggregator {
  private readonly byKey = new Map<string, ObservedFlow>();
  records = 0;

  add(record: FlowRecord): void {
    this.records++;
    const key = flowKey(record);
    const flow = this.byKey.get(key);
    if (!flow) {
      const added: ObservedFlow = {
        src: record.src,
        dst: record.dst,
        port: record.port,
        transport: record.transport,
        count: record.count,
        bytes: record.bytes ?? 0,
      };
      if (record.firstSeen !== undefined) added.firstSeen = record.firstSeen;
      if (record.lastSeen !== undefined) added.lastSeen = record.lastSeen;
      this.byKey.set(key, added);
      return;
    }
    flow.count += record.count;
    flow.bytes += record.bytes ?? 0;
    if (record.firstSeen !== undefined && (flow.firstSeen === undefined || record.firstSeen < flow.firstSeen))
      flow.firstSeen = record.firstSeen;
    if (record.lastSeen !== undefined && (flow.lastSeen === undefined || record.lastSeen > flow.lastSeen))
      flow.lastSeen = record.lastSeen;
  }

  /** The flows so far, in a stable order (source, destination, transport, port). */
  flows(): ObservedFlow[] {
    return [...this.byKey.values()].sort(
      (a, b) => cmp(a.src, b.src) || cmp(a.dst, b.dst) || cmp(a.transport, b.transport) || a.port - b.port,
    );
  }

  get size(): number {
    return this.byKey.size;
  }
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Port text to a number 0–65535, else undefined. */
export function parsePort(text: string): number | undefined {
  const t = text.trim();
  if (!/^\d{1,5}$/.test(t)) return undefined;
  const n = Number(t);
  return n <= 65535 ? n : undefined;
}

const IP_PROTOCOL_NUMBERS: Record<string, string> = {
  '1': 'icmp',
  '6': 'tcp',
  '17': 'udp',
  '58': 'icmp6',
  '132': 'sctp',
};

/** "TCP", "6", "tcp/502"… to the transport's lower-case name; undefined when empty. */
export function parseTransport(text: string): string | undefined {
  const t = text.trim().toLowerCase();
  if (t === '') return undefined;
  const numbered = IP_PROTOCOL_NUMBERS[t];
  if (numbered) return numbered;
  if (t === 'ipv6-icmp' || t === 'icmpv6') return 'icmp6';
  return /^[a-z][a-z0-9-]{0,15}$/.test(t) ? t : undefined;
}

/** Epoch seconds (or milliseconds, or an ISO date) to epoch seconds; undefined when not a time. */
export function parseTime(value: unknown): number | undefined {
  if (typeof value === 'number')
    return Number.isFinite(value) ? (value > 1e11 ? value / 1000 : value) : undefined;
  if (typeof value !== 'string') return undefined;
  const t = value.trim();
  if (t === '' || t === '-') return undefined;
  if (/^\d+(\.\d+)?$/.test(t)) return parseTime(Number(t));
  const ms = Date.parse(t);
  return Number.isNaN(ms) ? undefined : ms / 1000;
}

/** A non-negative count; undefined when empty or not a number. */
export function parseCount(value: unknown): number | undefined {
  const n =
    typeof value === 'number'
      ? value
      : typeof value === 'string' && /^\s*\d+(\.\d+)?\s*$/.test(value)
        ? Number(value)
        : NaN;
  return Number.isFinite(n) && n >= 0 ? n : undefined;
}
