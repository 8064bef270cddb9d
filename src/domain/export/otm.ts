/**
 * The model as an Open Threat Model (OTM 0.2.0) JSON file, for OTM-based threat-modelling
 * pipelines (IriusRisk and others):
 * - zones → trust zones (nested through parent.trustZone), with a trust rating from the zone's
 *   kind (table below; OTM's 0–100, higher is more trusted) and our kind, Purdue level and SL-T
 *   as attributes;
 * - assets → components in their zone's trust zone, type = our asset type id;
 * - each flow of a conduit → one dataflow from its zone to its zone (OTM dataflows may join trust
 *   zones), protocol and port in attributes; a conduit without flows → one dataflow marked
 *   `otzNoFlow`. The conduit's id, name, type and direction ride along in attributes, so
 *   `ot-zones import` brings back the same zones, assets and conduit flows.
 * - diagram positions → an "architecture-diagram" representation.
 */
import type { ZoneKind } from '../catalog/zone-kinds';
import type { Model } from '../model/schema';

/** Trust rating (OTM 0–100) of each zone kind: a reading aid for OTM tools, not a measurement. */
export const TRUST_RATING: Record<ZoneKind, number> = {
  external: 10,
  enterprise: 40,
  'remote-access': 50,
  dmz: 60,
  operations: 70,
  supervisory: 80,
  control: 90,
  field: 90,
  safety: 100,
};

const REPRESENTATION = 'architecture-diagram';

type Json = Record<string, unknown>;

function compact(o: Json): Json {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));
}

/** Our own fields beyond what OTM has a place for, under attributes["ot-zones"] (for the way back). */
const OURS = 'ot-zones';

function without<T extends object>(element: T, keys: ReadonlyArray<keyof T>): Json {
  const rest: Json = { ...(element as Json) };
  for (const k of keys) delete rest[k as string];
  return rest;
}

export function exportOtm(model: Model): string {
  const positions = model.diagram?.positions ?? {};
  const representation = (id: string) => {
    const p = positions[id];
    if (!p) return undefined;
    return [
      compact({
        representation: REPRESENTATION,
        id: `${id}-shape`,
        position: { x: p.x, y: p.y },
        size:
          p.width !== undefined && p.height !== undefined ? { width: p.width, height: p.height } : undefined,
      }),
    ];
  };
  const stem = (model.meta.name || 'ot-zones model')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  const otm = {
    otmVersion: '0.2.0',
    project: compact({
      name: model.meta.name || 'ot-zones model',
      id: stem || 'ot-zones-model',
      description: model.meta.description,
      owner: model.meta.author,
    }),
    representations: [{ name: 'ot-zones diagram', id: REPRESENTATION, type: 'diagram' }],
    trustZones: model.zones.map((z) =>
      compact({
        id: z.id,
        name: z.name,
        type: z.kind,
        description: z.description,
        risk: { trustRating: TRUST_RATING[z.kind] },
        parent: z.parentId !== undefined ? { trustZone: z.parentId } : undefined,
        representations: representation(z.id),
        attributes: { [OURS]: without(z, ['id', 'name', 'description', 'parentId']) },
      }),
    ),
    components: model.assets.map((a) =>
      compact({
        id: a.id,
        name: a.name,
        type: a.type,
        description: a.description,
        parent: { trustZone: a.zoneId },
        tags: [a.type],
        representations: representation(a.id),
        attributes: { [OURS]: without(a, ['id', 'name', 'description', 'zoneId']) },
      }),
    ),
    dataflows: model.conduits.flatMap((c): Json[] => {
      const conduit = without(c, ['flows']);
      const flows = c.flows ?? [];
      if (flows.length === 0)
        return [
          {
            id: `${c.id}#conduit`,
            name: c.name,
            source: c.zoneIds[0],
            destination: c.zoneIds[1],
            bidirectional: c.direction !== 'forward' && c.type !== 'unidirectional',
            attributes: { [OURS]: { conduit, noFlow: true } },
          },
        ];
      return flows.map((f, i) => ({
        id: `${c.id}#${i + 1}`,
        name: `${c.name}: ${f.protocol}${f.port === undefined ? '' : ` ${f.port}`}`,
        source: f.from,
        destination: f.to,
        bidirectional: false,
        tags: [f.protocol],
        attributes: compact({
          protocol: f.protocol,
          port: f.port,
          [OURS]: compact({ conduit, flowDescription: f.description }),
        }),
      }));
    }),
  };
  return `${JSON.stringify(otm, null, 2)}\n`;
}
