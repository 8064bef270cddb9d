/**
 * Zeek's conn.log as JSON lines (LogAscii::use_json=T, or Malcolm/Elastic exports): one object per
 * line. Keys as Zeek writes them ("id.orig_h"), with the dots turned to underscores ("id_orig_h",
 * as some shippers rename them), or nested ({"id": {"orig_h": …}}); also Elastic Common Schema
 * records (source.ip, destination.ip, destination.port, network.transport) as Malcolm stores them.
 */
import type { ParsedLine } from './records';
import { recordFrom, show } from './zeek-tsv';

type Json = Record<string, unknown>;

/** The value at a dotted key: flat ("id.orig_h"), underscored ("id_orig_h") or nested. */
function pick(obj: Json, dotted: string): unknown {
  if (dotted in obj) return obj[dotted];
  const underscored = dotted.replaceAll('.', '_');
  if (underscored in obj) return obj[underscored];
  let cur: unknown = obj;
  for (const part of dotted.split('.')) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Json)[part];
  }
  return cur;
}

const ZEEK = {
  src: 'id.orig_h',
  dst: 'id.resp_h',
  port: 'id.resp_p',
  proto: 'proto',
  ts: 'ts',
  duration: 'duration',
  origBytes: 'orig_bytes',
  respBytes: 'resp_bytes',
};
const ECS = {
  src: 'source.ip',
  dst: 'destination.ip',
  port: 'destination.port',
  proto: 'network.transport',
  ts: '@timestamp',
  duration: 'event.duration.seconds',
  origBytes: 'source.bytes',
  respBytes: 'destination.bytes',
};

export function parseZeekJsonLine(text: string): ParsedLine {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  let value: unknown;
  try {
    value = JSON.parse(trimmed);
  } catch (error) {
    return { problem: `not JSON (${error instanceof Error ? error.message : String(error)})` };
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    return { problem: 'not a JSON object (one connection record per line expected)' };
  const obj = value as Json;
  const zeek = pick(obj, ZEEK.src) !== undefined;
  if (!zeek && pick(obj, ECS.src) === undefined)
    return { problem: `no ${ZEEK.src} (or ${ECS.src}) field: ${show(trimmed)}` };
  return recordFrom((key: string) => pick(obj, key), zeek ? ZEEK : ECS, zeek ? ZEEK : ECS);
}
