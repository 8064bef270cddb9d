/**
 * The comparison per pair of zones, for the canvas: violations between two zones (drawn as one
 * red dashed arrow with the count), allowed traffic per conduit (its weight), and the unexercised
 * documented flows per conduit (greyed).
 */
import type { FlowComparison, FlowVerdict } from './compare';

export interface ZonePairTraffic {
  /** "from|to". */
  key: string;
  from: string;
  to: string;
  /** Connections (summed counts) and distinct flows. */
  count: number;
  flows: FlowVerdict[];
}

export interface TrafficOverlayData {
  violations: ZonePairTraffic[];
  /** Conduit id → allowed connections. */
  allowedByConduit: Map<string, number>;
  /** Conduit id → unexercised documented flows. */
  unexercisedByConduit: Map<string, number>;
}

export const pairKey = (from: string, to: string) => `${from}|${to}`;

export function trafficOverlay(comparison: FlowComparison): TrafficOverlayData {
  const pairs = new Map<string, ZonePairTraffic>();
  const allowedByConduit = new Map<string, number>();
  for (const f of comparison.flows) {
    if (f.verdict === 'allowed' && f.conduit)
      allowedByConduit.set(f.conduit, (allowedByConduit.get(f.conduit) ?? 0) + f.count);
    if (f.verdict !== 'violation' || f.srcZone === null || f.dstZone === null) continue;
    const key = pairKey(f.srcZone, f.dstZone);
    let p = pairs.get(key);
    if (!p) {
      p = { key, from: f.srcZone, to: f.dstZone, count: 0, flows: [] };
      pairs.set(key, p);
    }
    p.count += f.count;
    p.flows.push(f);
  }
  const unexercisedByConduit = new Map<string, number>();
  for (const u of comparison.unexercised)
    unexercisedByConduit.set(u.conduit, (unexercisedByConduit.get(u.conduit) ?? 0) + 1);
  return {
    violations: [...pairs.values()].sort((a, b) => b.count - a.count || (a.key < b.key ? -1 : 1)),
    allowedByConduit,
    unexercisedByConduit,
  };
}
