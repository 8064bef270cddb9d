/**
 * Flow records as CSV with a header line: firewall log exports, NetFlow/IPFIX collectors' CSV
 * (information element names from IANA's IPFIX registry: sourceIPv4Address,
 * destinationIPv4Address, destinationTransportPort, protocolIdentifier, packetDeltaCount,
 * octetDeltaCount, flowStartSeconds, …). Columns are mapped to fields automatically by common
 * names; the app's mapping dialog can change the mapping. Read one line at a time, so a large
 * export streams (a quoted field may not span lines).
 */
import { type Delimiter, detectDelimiter, parseCsv } from '../import/csv';
import { type ParsedLine, parseTime } from './records';
import { type ConnColumns, recordFrom } from './zeek-tsv';

export const FLOW_FIELDS = [
  'src',
  'dst',
  'port',
  'transport',
  'count',
  'bytes',
  'firstSeen',
  'lastSeen',
] as const;
export type FlowField = (typeof FLOW_FIELDS)[number];
export const REQUIRED_FLOW_FIELDS: readonly FlowField[] = ['src', 'dst', 'port', 'transport'];

export const FLOW_FIELD_LABELS: Record<FlowField, string> = {
  src: 'Source address',
  dst: 'Destination address',
  port: 'Destination port',
  transport: 'Transport (tcp/udp)',
  count: 'Count',
  bytes: 'Bytes',
  firstSeen: 'First seen',
  lastSeen: 'Last seen',
};

/** Field → the header name of its column. */
export type CsvFlowMapping = Partial<Record<FlowField, string>>;

const normalise = (h: string) => h.toLowerCase().replace(/[^a-z0-9]/g, '');

/** Header names (normalised: lower case, letters and digits only) that each field is found under. */
const SYNONYMS: Record<FlowField, readonly string[]> = {
  src: [
    'srcip',
    'src',
    'source',
    'sourceip',
    'srcaddr',
    'srcaddress',
    'sourceaddress',
    'sourceipv4address',
    'sourceipv6address',
    'saddr',
    'idorigh',
    'origh',
    'clientip',
  ],
  dst: [
    'dstip',
    'dst',
    'destination',
    'destinationip',
    'dstaddr',
    'dstaddress',
    'destinationaddress',
    'destinationipv4address',
    'destinationipv6address',
    'daddr',
    'idresph',
    'resph',
    'serverip',
  ],
  port: [
    'dstport',
    'dport',
    'destinationport',
    'destinationtransportport',
    'dstportnumber',
    'idrespp',
    'respp',
    'port',
    'serviceport',
    'serverport',
  ],
  transport: [
    'proto',
    'protocol',
    'transport',
    'protocolidentifier',
    'ipproto',
    'l4proto',
    'networktransport',
  ],
  count: ['count', 'flows', 'flowcount', 'conncount', 'connections', 'sessions', 'records', 'hits'],
  bytes: ['bytes', 'octets', 'octetdeltacount', 'totalbytes', 'bytestotal', 'octettotalcount'],
  firstSeen: [
    'firstseen',
    'first',
    'start',
    'starttime',
    'flowstartseconds',
    'flowstartmilliseconds',
    'ts',
    'timestamp',
    'time',
  ],
  lastSeen: ['lastseen', 'last', 'end', 'endtime', 'flowendseconds', 'flowendmilliseconds'],
};

/** The automatic mapping for a header: each field gets the first column whose name is a synonym. */
export function autoMapping(header: readonly string[]): CsvFlowMapping {
  const mapping: CsvFlowMapping = {};
  const used = new Set<string>();
  for (const field of FLOW_FIELDS) {
    for (const synonym of SYNONYMS[field]) {
      const column = header.find((h) => normalise(h) === synonym && !used.has(h));
      if (column !== undefined) {
        mapping[field] = column;
        used.add(column);
        break;
      }
    }
  }
  return mapping;
}

/** The required fields a mapping leaves out. */
export function missingFields(mapping: CsvFlowMapping): FlowField[] {
  return REQUIRED_FLOW_FIELDS.filter((f) => mapping[f] === undefined);
}

/** The fields of one CSV line (quotes allowed within the line). */
export function splitCsvLine(line: string, delimiter: Delimiter): string[] | { problem: string } {
  if (!line.includes('"')) return line.split(delimiter);
  const parsed = parseCsv(line, { delimiter });
  if (!parsed.ok) return { problem: parsed.error.message };
  return parsed.records[0]?.fields ?? [];
}

export class CsvFlowParser {
  private delimiter: Delimiter = ',';
  header: string[] | undefined;
  private columns: Record<FlowField, number> | undefined;

  /** `mapping` overrides the automatic one (from the app's mapping dialog). */
  constructor(private mapping?: CsvFlowMapping) {}

  /** The mapping in use (known once the header is read). */
  get activeMapping(): CsvFlowMapping | undefined {
    return this.mapping;
  }

  line(text: string): ParsedLine {
    if (text.trim() === '') return null;
    if (!this.header) return this.readHeader(text);
    const fields = splitCsvLine(text, this.delimiter);
    if (!Array.isArray(fields)) return fields;
    const col = this.columns!;
    const get = (field: FlowField | 'none') => {
      const i = field === 'none' ? -1 : col[field];
      if (i < 0) return undefined;
      const v = fields[i]?.trim();
      return v === '' ? undefined : v;
    };
    const m = this.mapping!;
    const parsed = recordFrom(get, FIELD_KEYS, {
      src: `column "${m.src}"`,
      dst: `column "${m.dst}"`,
      port: `column "${m.port}"`,
      proto: `column "${m.transport}"`,
    });
    if (parsed && 'record' in parsed) {
      const count = get('count');
      if (count !== undefined) {
        const n = Number(count);
        if (!Number.isFinite(n) || n < 0) return { problem: `column "${m.count}" "${count}" is not a count` };
        parsed.record.count = n;
      }
      const last = get('lastSeen');
      if (last !== undefined) {
        const t = parseTime(last);
        if (t !== undefined) parsed.record.lastSeen = t;
      }
    }
    return parsed;
  }

  private readHeader(text: string): ParsedLine {
    this.delimiter = detectDelimiter(text);
    const header = splitCsvLine(text.replace(/^\uFEFF/, ''), this.delimiter);
    if (!Array.isArray(header)) return header;
    this.header = header.map((h) => h.trim());
    this.mapping ??= autoMapping(this.header);
    const missing = missingFields(this.mapping);
    if (missing.length)
      return {
        problem: `the header has no column for ${missing.map((f) => FLOW_FIELD_LABELS[f].toLowerCase()).join(', ')} (columns: ${this.header.slice(0, 12).join(', ')})`,
        fatal: true,
      };
    const cols = {} as Record<FlowField, number>;
    for (const f of FLOW_FIELDS)
      cols[f] = this.mapping[f] === undefined ? -1 : this.header.indexOf(this.mapping[f]!);
    const absent = FLOW_FIELDS.filter((f) => this.mapping![f] !== undefined && cols[f] < 0);
    if (absent.length)
      return {
        problem: `the mapping names columns the header lacks: ${absent.map((f) => this.mapping![f]).join(', ')}`,
        fatal: true,
      };
    this.columns = cols;
    return null;
  }
}

/** recordFrom's keys are the fields themselves; duration and a second byte count have no CSV column. */
const FIELD_KEYS: ConnColumns<FlowField | 'none'> = {
  src: 'src',
  dst: 'dst',
  port: 'port',
  proto: 'transport',
  ts: 'firstSeen',
  duration: 'none',
  origBytes: 'bytes',
  respBytes: 'none',
};
