/**
 * Open Threat Model (OTM, JSON or YAML) → model.
 *
 * - trust zones → zones (nested through `parent.trustZone`); the trust rating and OTM type are
 *   kept in the description, the kind is guessed from name and type;
 * - components → assets in their trust zone (a component inside a component goes to that
 *   component's zone); the type is guessed from the OTM type and name; tags, data assets and
 *   threats are kept in the description and as comments;
 * - dataflows across trust zones → conduits with flows (bidirectional: both directions); the
 *   protocol comes from the dataflow's `protocol` attribute or a protocol-like tag; dataflows
 *   inside one zone are dropped and counted;
 * - an OTM written by ot-zones (attributes `otz…`) comes back with its kinds, types and conduits.
 */
import { ZONE_KINDS, type ZoneKind } from '../catalog/zone-kinds';
import type { Conduit } from '../model/schema';
import { plural } from '../text/plural';
import {
  ImportError,
  type ImportResult,
  impliedPort,
  joinText,
  ModelBuilder,
  nameText,
} from './interop-model';
import { guessAssetType } from './shape-types';
import { arrayAt, isRecord, type Path, parseJsonOrYaml, type Source, str } from './structured';

const attrsOf = (v: Record<string, unknown>): Record<string, unknown> =>
  isRecord(v.attributes) ? v.attributes : {};

/** What an OTM written by ot-zones keeps of our own fields (attributes["ot-zones"]). */
function oursOf(v: Record<string, unknown>): Record<string, unknown> | undefined {
  const own = attrsOf(v)['ot-zones'];
  return isRecord(own) ? own : undefined;
}

export function importOtm(text: string): ImportResult {
  return importOtmSource(parseJsonOrYaml(text));
}

export function importOtmSource(source: Source): ImportResult {
  const doc = source.value;
  const at = (path: Path) => source.place(path);
  if (!isRecord(doc) || doc.otmVersion === undefined)
    throw new ImportError('$.otmVersion', 'not an Open Threat Model file (no otmVersion)');
  const project = isRecord(doc.project) ? doc.project : {};
  const b = new ModelBuilder(nameText(project.name, 'Imported OTM'), str(project.description));

  // Trust zones, parents first.
  const tzs = arrayAt(doc.trustZones);
  const zoneId = new Map<string, string>();
  const parentOf = (tz: unknown) =>
    isRecord(tz) && isRecord(tz.parent) ? str(tz.parent.trustZone) : undefined;
  const pending = tzs.map((tz, i) => ({ tz, i }));
  for (let round = 0; pending.length && round < 100; round++)
    for (let k = 0; k < pending.length; k++) {
      const { tz, i } = pending[k]!;
      const parent = parentOf(tz);
      if (parent !== undefined && !zoneId.has(parent) && tzs.some((t) => isRecord(t) && str(t.id) === parent))
        continue;
      pending.splice(k--, 1);
      if (!isRecord(tz) || str(tz.id) === undefined) {
        b.dropped(at(['trustZones', i]), 'trust zone without an id');
        continue;
      }
      const own = oursOf(tz);
      const rating = isRecord(tz.risk) ? str(tz.risk.trustRating) : undefined;
      const name = nameText(tz.name, str(tz.id)!);
      const type = str(tz.type);
      const ours = own !== undefined && ZONE_KINDS.includes(own.kind as ZoneKind);
      const id = b.addZone(
        {
          ...(ours ? own : {}),
          id: str(tz.id),
          name,
          kind: ours ? (own.kind as ZoneKind) : undefined,
          parentId: parent !== undefined ? zoneId.get(parent) : undefined,
          description: ours
            ? str(tz.description)
            : joinText(
                str(tz.description),
                rating !== undefined ? `OTM trust rating: ${rating}` : undefined,
                type ? `OTM trust zone type: ${type}` : undefined,
              ),
        },
        at(['trustZones', i]),
      );
      if (!ours && type && b.zone(id)?.kind === 'control' && /internet|public|external/i.test(type))
        b.zone(id)!.kind = 'external';
      zoneId.set(str(tz.id)!, id);
      if (parent !== undefined && !zoneId.has(parent))
        b.dropped(
          at(['trustZones', i, 'parent']),
          `parent trust zone "${parent}" does not exist; imported at the top`,
        );
      placeFrom(tz, id, b);
    }

  // Components → assets (a component may sit inside another component).
  const comps = arrayAt(doc.components);
  const compById = new Map<string, Record<string, unknown>>();
  for (const c of comps) if (isRecord(c) && str(c.id)) compById.set(str(c.id)!, c);
  const zoneOfComponent = (c: Record<string, unknown>, depth = 0): string | undefined => {
    if (!isRecord(c.parent) || depth > 50) return undefined;
    const tz = str(c.parent.trustZone);
    if (tz !== undefined) return zoneId.get(tz);
    const parent = compById.get(str(c.parent.component) ?? '');
    return parent ? zoneOfComponent(parent, depth + 1) : undefined;
  };
  let unzoned: string | undefined;
  const assetZone = new Map<string, string>();
  const assetOf = new Map<string, string>();
  comps.forEach((c, i) => {
    if (!isRecord(c) || str(c.id) === undefined) {
      b.dropped(at(['components', i]), 'component without an id');
      return;
    }
    const own = oursOf(c);
    const name = nameText(c.name, str(c.id)!);
    let zone = zoneOfComponent(c);
    if (!zone) {
      unzoned ??= b.addZone({ name: 'No trust zone', kind: 'external' }, at(['components', i, 'parent']));
      zone = unzoned;
      b.guessed(
        at(['components', i, 'parent']),
        `component "${name}" has no known trust zone; put in "No trust zone"`,
      );
    }
    const ours = own !== undefined && typeof own.type === 'string';
    let type = ours ? (own.type as string) : undefined;
    if (!type) {
      const guess = guessAssetType(name, str(c.type) ?? '');
      type = guess.type;
      if (!guess.known)
        b.guessed(
          at(['components', i]),
          `component "${name}" (type ${str(c.type) ?? 'none'}): imported as a generic asset`,
        );
    }
    const tags = arrayAt(c.tags).map(str).filter(Boolean);
    const data = isRecord(c.assets)
      ? Object.entries(c.assets)
          .map(([k, v]) => (arrayAt(v).length ? `${k}: ${arrayAt(v).map(str).join(', ')}` : ''))
          .filter(Boolean)
      : [];
    const id = b.addAsset({
      ...(ours ? own : {}),
      id: str(c.id),
      name,
      type,
      zoneId: zone,
      description: ours
        ? str(c.description)
        : joinText(
            str(c.description),
            str(c.type) ? `OTM type: ${str(c.type)}` : undefined,
            tags.length ? `Tags: ${tags.join(', ')}` : undefined,
            data.length ? `Data assets ${data.join('; ')}` : undefined,
          ),
    });
    assetZone.set(str(c.id)!, zone);
    assetOf.set(str(c.id)!, id);
    placeFrom(c, id, b);
    threatsAsComments(c, id, doc, b, at(['components', i, 'threats']));
  });

  // Dataflows.
  const ends = (ref: string | undefined) =>
    ref === undefined ? undefined : (assetZone.get(ref) ?? zoneId.get(ref));
  let inside = 0;
  arrayAt(doc.dataflows).forEach((f, i) => {
    if (!isRecord(f)) return;
    const a = attrsOf(f);
    const from = ends(str(f.source));
    const to = ends(str(f.destination));
    const label = nameText(f.name, str(f.id) ?? `dataflow ${i + 1}`);
    if (!from || !to) {
      b.dropped(
        at(['dataflows', i]),
        `dataflow "${label}": source or destination is not a component or trust zone`,
      );
      return;
    }
    if (from === to) {
      inside++;
      b.dropped(at(['dataflows', i]), `dataflow "${label}" stays inside one trust zone (no conduit)`);
      return;
    }
    const tags = arrayAt(f.tags)
      .map(str)
      .filter((t): t is string => t !== undefined);
    const protocol = str(a.protocol) ?? tags.find((t) => impliedPort(t) !== undefined);
    const port: number | 'any' | undefined =
      typeof a.port === 'number' ? a.port : a.port === 'any' ? 'any' : undefined;
    const own = oursOf(f);
    const ourConduit =
      own && isRecord(own.conduit) && typeof own.conduit.id === 'string' ? own.conduit : undefined;
    if (ourConduit && !b.hasElement(ourConduit.id as string))
      b.addConduit({ ...(ourConduit as unknown as Conduit), flows: [] });
    const flow =
      own?.noFlow === true
        ? undefined
        : {
            from,
            to,
            protocol: protocol ?? 'unspecified',
            port,
            description: ourConduit ? str(own?.flowDescription) : label,
          };
    const conduit = ourConduit ? b.addFlowTo(ourConduit.id as string, flow) : b.connect(from, to, flow);
    if (!conduit) return;
    if (!ourConduit && !protocol)
      b.guessed(
        at(['dataflows', i]),
        `dataflow "${label}" names no protocol: flow recorded as "unspecified"`,
      );
    if (f.bidirectional === true && flow && !ourConduit)
      b.connect(to, from, { from: to, to: from, protocol: flow.protocol, port, description: label });
  });
  if (inside) b.dropped('$.dataflows', `${plural(inside, 'dataflow')} inside one trust zone dropped`);

  const counted = (key: string, what: string) => {
    const n = arrayAt(doc[key]).length;
    if (n)
      b.dropped(
        `$.${key}`,
        `${n} ${what} not imported as elements (kept as comments on the components that use them)`,
      );
  };
  counted('assets', 'OTM data assets');
  counted('threats', 'threats');
  counted('mitigations', 'mitigations');
  return b.build();
}

/** A diagram position from the first representation with one (OTM positions are relative to the parent). */
function placeFrom(element: Record<string, unknown>, id: string, b: ModelBuilder) {
  for (const r of arrayAt(element.representations)) {
    if (!isRecord(r) || !isRecord(r.position)) continue;
    const x = Number(r.position.x);
    const y = Number(r.position.y);
    if (!Number.isFinite(x) || !Number.isFinite(y) || Math.abs(x) > 1e6 || Math.abs(y) > 1e6) continue;
    const size = isRecord(r.size) ? r.size : {};
    const width = Number(size.width);
    const height = Number(size.height);
    const zone = b.zone(id) !== undefined;
    b.place(
      id,
      zone && width > 0 && height > 0 && width < 1e6 && height < 1e6 ? { x, y, width, height } : { x, y },
    );
    return;
  }
}

/** A component's threats (and their mitigations) as comments on the asset. */
function threatsAsComments(
  c: Record<string, unknown>,
  assetId: string,
  doc: Record<string, unknown>,
  b: ModelBuilder,
  place: string,
) {
  const threats = new Map(
    arrayAt(doc.threats)
      .filter(isRecord)
      .map((t) => [str(t.id), t] as const),
  );
  const mitigations = new Map(
    arrayAt(doc.mitigations)
      .filter(isRecord)
      .map((m) => [str(m.id), m] as const),
  );
  for (const ref of arrayAt(c.threats)) {
    if (!isRecord(ref)) continue;
    const t = threats.get(str(ref.threat));
    if (!t) {
      b.dropped(place, `threat "${str(ref.threat)}" is not defined in $.threats`);
      continue;
    }
    const mits = arrayAt(ref.mitigations)
      .filter(isRecord)
      .map(
        (m) =>
          `${nameText(mitigations.get(str(m.mitigation))?.name, str(m.mitigation) ?? '?')} (${str(m.state) ?? 'no state'})`,
      );
    b.addNote(
      `OTM threat "${nameText(t.name, '?')}" (${str(ref.state) ?? 'no state'})${str(t.description) ? `: ${str(t.description)}` : ''}${mits.length ? `\nMitigations: ${mits.join('; ')}` : ''}`,
      assetId,
    );
  }
}

export function looksLikeOtm(value: unknown): boolean {
  return isRecord(value) && value.otmVersion !== undefined;
}
