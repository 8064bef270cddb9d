/** Terse model builders for the analysis tests. Not used by production code. */
import type { Asset, Conduit, Flow, Model, Zone } from '../src/domain/model/schema';

export function zone(id: string, kind: Zone['kind'] = 'control', extra: Partial<Zone> = {}): Zone {
  return { id, name: `Zone ${id}`, kind, ...extra };
}

export function asset(id: string, zoneId: string, extra: Partial<Asset> = {}): Asset {
  return { id, name: `Asset ${id}`, type: 'plc', zoneId, ...extra };
}

/** A conduit; type gateway (no barrier) unless said otherwise. */
export function conduit(id: string, zoneIds: string[], extra: Partial<Conduit> = {}): Conduit {
  return { id, name: `Conduit ${id}`, zoneIds, type: 'gateway', ...extra };
}

export function flow(from: string, to: string, protocol = 'modbus-tcp', port: Flow['port'] = 502): Flow {
  const f: Flow = { from, to, protocol };
  if (port !== undefined) f.port = port;
  return f;
}

export function model(zones: Zone[], conduits: Conduit[] = [], assets: Asset[] = []): Model {
  return { format: 'ot-zones', version: 1, meta: { name: 'test' }, zones, assets, conduits };
}
