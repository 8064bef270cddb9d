/**
 * Zeek's conn.log in its default TSV form (Zeek's ASCII writer): "#" header lines — #separator
 * (written as \x09), #set_separator, #empty_field, #unset_field, #path, #fields, #types — then one
 * connection per line, fields in the #fields order, "-" for an unset value. Fields used:
 * id.orig_h, id.resp_h, id.resp_p, proto, and when present ts, duration, orig_bytes, resp_bytes.
 * Documented in Zeek's manual: "Zeek Logs" → conn.log, and the ASCII writer's header format.
 */
import { cleanText } from '../text/clean-text';
import { parseIp } from './addresses';
import {
  type FlowRecord,
  type ParsedLine,
  parseCount,
  parsePort,
  parseTime,
  parseTransport,
} from './records';

const REQUIRED = ['id.orig_h', 'id.resp_h', 'id.resp_p', 'proto'] as const;

/** "\x09" → tab, as the #separator line writes it. */
function unescapeSeparator(text: string): string {
  return text.replace(/\\x([0-9a-fA-F]{2})/g, (_, hex: string) =>
    String.fromCharCode(Number.parseInt(hex, 16)),
  );
}

export class ZeekTsvParser {
  private separator = '\t';
  private unset = '-';
  private fields: string[] | undefined;
  private col = { src: -1, dst: -1, port: -1, proto: -1, ts: -1, duration: -1, origBytes: -1, respBytes: -1 };

  line(text: string): ParsedLine {
    if (text === '') return null;
    if (text.startsWith('#')) return this.header(text);
    if (!this.fields) return { problem: 'a connection record before the #fields header line' };
    const parts = text.split(this.separator);
    if (parts.length !== this.fields.length)
      return {
        problem: `expected ${this.fields.length} fields as the #fields header lists, found ${parts.length}`,
      };
    return recordFrom((i) => {
      if (i < 0) return undefined;
      const v = parts[i]!;
      return v === this.unset ? undefined : v;
    }, this.col);
  }

  private header(text: string): ParsedLine {
    if (text.startsWith('#separator')) {
      const value = text.slice('#separator'.length).trim();
      if (value) this.separator = unescapeSeparator(value);
      return null;
    }
    const [key, ...rest] = text.split(this.separator);
    if (key === '#unset_field' && rest[0] !== undefined) this.unset = rest[0];
    if (key === '#fields') {
      const missing = REQUIRED.filter((f) => !rest.includes(f));
      if (missing.length)
        return {
          problem: `the #fields header lacks ${missing.join(', ')} (is this a Zeek conn.log?)`,
          fatal: true,
        };
      this.fields = rest;
      this.col = {
        src: rest.indexOf('id.orig_h'),
        dst: rest.indexOf('id.resp_h'),
        port: rest.indexOf('id.resp_p'),
        proto: rest.indexOf('proto'),
        ts: rest.indexOf('ts'),
        duration: rest.indexOf('duration'),
        origBytes: rest.indexOf('orig_bytes'),
        respBytes: rest.indexOf('resp_bytes'),
      };
    }
    return null;
  }
}

/** Column positions (or accessor keys) of the fields a conn record uses. */
export interface ConnColumns<K> {
  src: K;
  dst: K;
  port: K;
  proto: K;
  ts: K;
  duration: K;
  origBytes: K;
  respBytes: K;
}

/** Address validity per text: logs repeat the same few addresses millions of times. */
const validity = new Map<string, boolean>();
function isIp(text: string): boolean {
  let ok = validity.get(text);
  if (ok === undefined) {
    ok = parseIp(text) !== undefined;
    if (validity.size >= 100_000) validity.clear();
    validity.set(text, ok);
  }
  return ok;
}

const ZEEK_NAMES = { src: 'id.orig_h', dst: 'id.resp_h', port: 'id.resp_p', proto: 'proto' };

/** A conn record from its fields, or the problem with the first unusable one (named as the file names it). */
export function recordFrom<K>(
  get: (key: K) => unknown,
  col: ConnColumns<K>,
  names: { src: string; dst: string; port: string; proto: string } = ZEEK_NAMES,
): ParsedLine {
  const src = text(get(col.src));
  const dst = text(get(col.dst));
  if (src === undefined || !isIp(src)) return { problem: `${names.src} ${show(src)} is not an IP address` };
  if (dst === undefined || !isIp(dst)) return { problem: `${names.dst} ${show(dst)} is not an IP address` };
  const portText = text(get(col.port));
  const port = portText === undefined ? undefined : parsePort(portText);
  if (port === undefined) return { problem: `${names.port} ${show(portText)} is not a port (0–65535)` };
  const protoText = text(get(col.proto));
  const transport = protoText === undefined ? undefined : parseTransport(protoText);
  if (transport === undefined)
    return { problem: `${names.proto} ${show(protoText)} is not a transport (tcp, udp, icmp)` };
  const record: FlowRecord = { src, dst, port, transport, count: 1 };
  const orig = parseCount(get(col.origBytes));
  const resp = parseCount(get(col.respBytes));
  if (orig !== undefined || resp !== undefined) record.bytes = (orig ?? 0) + (resp ?? 0);
  const ts = parseTime(get(col.ts));
  if (ts !== undefined) {
    record.firstSeen = ts;
    const duration = parseCount(get(col.duration));
    record.lastSeen = ts + (duration ?? 0);
  }
  return { record };
}

function text(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return undefined;
}

/** A value for an error message: quoted, cut short, or "missing". */
export function show(value: string | undefined): string {
  if (value === undefined) return 'is missing and';
  const clean = cleanText(value);
  return JSON.stringify(clean.length > 60 ? `${clean.slice(0, 59)}…` : clean);
}
