/**
 * What every foreign-format importer (draw.io, design.iec62443.au XML, OTM, Threat Dragon,
 * Threagile) shares: the result and warning types, and a builder that collects zones, assets and
 * conduits, merges every link between the same two zones (either direction) into one conduit with
 * several flows, and checks the finished model with the model parser, so an import is either a
 * valid model or a clear refusal — never a half-imported diagram.
 *
 * Warnings name the place in the source (XML line, JSON path, YAML line) and say what was guessed
 * or dropped; nothing is dropped silently.
 */
import type { ZoneKind } from '../catalog/zone-kinds';
import { clipName, idPrefix } from '../edit/ids';
import { formatIssue } from '../model/issues';
import { LIMITS } from '../model/limits';
import { parseModel } from '../model/parse';
import type { Asset, Conduit, ConduitType, Flow, Model, Note, Position, Zone } from '../model/schema';
import { plural } from '../text/plural';
import { guessZoneKind as kindFromName } from './inventory';

/** `guessed`: mapped, but a value was inferred (a zone kind, an asset type); `dropped`: not imported. */
export type WarningKind = 'guessed' | 'dropped';

export interface ImportWarning {
  kind: WarningKind;
  /** Where in the source: "line 12", "cell 5 (line 12)", "$.dataflows[3]", "YAML line 40". */
  place: string;
  message: string;
}

export interface ImportResult {
  model: Model;
  warnings: ImportWarning[];
}

/** The CLI's and the preview's summary: counts of what was mapped, and every guess and drop. */
export interface ImportReport {
  mapped: { zones: number; assets: number; conduits: number; flows: number };
  guessed: ImportWarning[];
  dropped: ImportWarning[];
}

export function importReport(result: ImportResult): ImportReport {
  const { model, warnings } = result;
  return {
    mapped: {
      zones: model.zones.length,
      assets: model.assets.length,
      conduits: model.conduits.length,
      flows: model.conduits.reduce((n, c) => n + (c.flows?.length ?? 0), 0),
    },
    guessed: warnings.filter((w) => w.kind === 'guessed'),
    dropped: warnings.filter((w) => w.kind === 'dropped'),
  };
}

/** A file the importer refuses: the message names the place. Nothing is imported. */
export class ImportError extends Error {
  override name = 'ImportError';
  constructor(
    readonly place: string,
    readonly reason: string,
  ) {
    super(place ? `${place}: ${reason}` : reason);
  }
}

/** Well-known ports of protocols named in threat models ("port where the protocol implies one"). */
const PORTS: Record<string, number> = {
  http: 80,
  https: 443,
  ssh: 22,
  sftp: 22,
  scp: 22,
  ftp: 21,
  ftps: 990,
  telnet: 23,
  smtp: 25,
  smtps: 465,
  dns: 53,
  ldap: 389,
  ldaps: 636,
  rdp: 3389,
  vnc: 5900,
  smb: 445,
  mqtt: 1883,
  mqtts: 8883,
  modbus: 502,
  'modbus-tcp': 502,
  s7: 102,
  'opc-ua': 4840,
  opcua: 4840,
  dnp3: 20000,
  'iec-104': 2404,
  bacnet: 47808,
  'ethernet-ip': 44818,
  snmp: 161,
  syslog: 514,
  ntp: 123,
  postgres: 5432,
  postgresql: 5432,
  mysql: 3306,
  mssql: 1433,
  kafka: 9092,
  amqp: 5672,
};

/** The port a protocol name implies ("HTTPS" → 443), if it implies exactly one. */
export function impliedPort(protocol: string): number | undefined {
  return PORTS[
    protocol
      .trim()
      .toLowerCase()
      .replace(/[\s_]+/g, '-')
  ];
}

/** Text from a foreign file as a model name: one line, trimmed, within the format's limit. */
export function nameText(value: unknown, fallback: string): string {
  const s = typeof value === 'string' || typeof value === 'number' ? String(value) : '';
  const line = s.replace(/\s+/g, ' ').trim();
  return clipName(line || fallback, LIMITS.name);
}

/** Longer text (descriptions): trimmed, within the format's limit. */
export function longText(value: unknown): string | undefined {
  if (typeof value !== 'string' && typeof value !== 'number') return undefined;
  const s = String(value).trim();
  return s ? clipName(s, LIMITS.text) : undefined;
}

/** Description lines joined, empty ones left out. */
export function joinText(...parts: Array<string | undefined>): string | undefined {
  return longText(parts.filter((p) => p !== undefined && p.trim() !== '').join('\n'));
}

interface FlowInput {
  from: string;
  to: string;
  protocol?: string | undefined;
  port?: number | 'any' | undefined;
  description?: string | undefined;
}

interface ConduitInput {
  id?: string | undefined;
  name?: string | undefined;
  type?: ConduitType | undefined;
  description?: string | undefined;
}

export type ZoneInput = Omit<Zone, 'id' | 'kind'> & { id?: string | undefined; kind?: ZoneKind | undefined };
export type AssetInput = Omit<Asset, 'id'> & { id?: string | undefined };

const pairKey = (a: string, b: string) => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);

export class ModelBuilder {
  readonly warnings: ImportWarning[] = [];
  private readonly ids = new Set<string>();
  private readonly zones: Zone[] = [];
  private readonly assets: Asset[] = [];
  private readonly conduits: Conduit[] = [];
  private readonly notes: Note[] = [];
  private readonly positions: Record<string, Position> = {};
  private readonly byPair = new Map<string, Conduit>();
  private readonly zoneById = new Map<string, Zone>();
  private conduitTypeGuessed = 0;

  constructor(
    private readonly name: string,
    private readonly description?: string,
  ) {}

  guessed(place: string, message: string) {
    this.warnings.push({ kind: 'guessed', place, message });
  }

  dropped(place: string, message: string) {
    this.warnings.push({ kind: 'dropped', place, message });
  }

  /** A fresh id: `preferred` when it is a usable, unused id, else a readable one from `stem`. */
  newId(preferred: string | undefined, stem: string): string {
    if (
      preferred &&
      preferred.length <= LIMITS.id &&
      /^[\w.:-]+$/.test(preferred) &&
      !this.ids.has(preferred)
    ) {
      this.ids.add(preferred);
      return preferred;
    }
    const base = idPrefix(stem);
    let n = 1;
    while (this.ids.has(`${base}-${n}`)) n++;
    const id = `${base}-${n}`;
    this.ids.add(id);
    return id;
  }

  hasElement(id: string): boolean {
    return this.ids.has(id);
  }

  /** A flow added to a conduit created with addConduit (by id); undefined when there is none. */
  addFlowTo(conduitId: string, flow?: FlowInput): Conduit | undefined {
    const conduit = this.conduits.find((c) => c.id === conduitId);
    if (conduit && flow) this.addFlow(conduit, flow);
    return conduit;
  }

  zone(id: string): Zone | undefined {
    return this.zoneById.get(id);
  }

  /** Adds a zone; without a kind, the kind is guessed from the name and the guess is reported. */
  addZone(input: ZoneInput, place: string): string {
    const id = this.newId(input.id, input.name || 'zone');
    let kind = input.kind;
    if (kind === undefined) {
      kind = kindFromName(input.name);
      this.guessed(place, `zone "${input.name}": kind guessed as ${kind} from its name`);
    }
    const zone: Zone = { ...stripUndefined(input), id, kind } as Zone;
    this.zones.push(zone);
    this.zoneById.set(id, zone);
    return id;
  }

  addAsset(input: AssetInput): string {
    const id = this.newId(input.id, input.name || 'asset');
    this.assets.push({ ...stripUndefined(input), id } as Asset);
    return id;
  }

  addNote(text: string, targetId?: string) {
    const note: Note = { id: this.newId(undefined, 'note'), text: clipName(text, LIMITS.text) };
    if (targetId !== undefined) note.targetId = targetId;
    this.notes.push(note);
  }

  place(id: string, position: Position) {
    this.positions[id] = position;
  }

  /**
   * A zone the importer made up (e.g. "Outside any zone") drawn around its assets: `items` are the
   * assets' absolute boxes in the source drawing; the zone gets a box with room for its header.
   */
  placeAround(
    zoneId: string,
    items: ReadonlyArray<readonly [string, { x: number; y: number; width: number; height: number }]>,
  ) {
    if (items.length === 0) return;
    const minX = Math.min(...items.map(([, b]) => b.x)) - 20;
    const minY = Math.min(...items.map(([, b]) => b.y)) - 56;
    const maxX = Math.max(...items.map(([, b]) => b.x + Math.max(b.width, 160))) + 20;
    const maxY = Math.max(...items.map(([, b]) => b.y + Math.max(b.height, 48))) + 20;
    this.place(zoneId, { x: minX, y: minY, width: maxX - minX, height: maxY - minY });
    for (const [id, b] of items) this.place(id, { x: b.x - minX, y: b.y - minY });
  }

  /** An existing conduit (e.g. one of ours, restored with its own id) joins the pair index. */
  addConduit(conduit: Conduit) {
    this.ids.add(conduit.id);
    this.conduits.push(conduit);
    for (let i = 0; i < conduit.zoneIds.length; i++)
      for (let j = i + 1; j < conduit.zoneIds.length; j++)
        this.byPair.set(pairKey(conduit.zoneIds[i]!, conduit.zoneIds[j]!), conduit);
  }

  /**
   * A link between two zones: the one conduit of that pair (created on first use), plus the flow
   * when one is given. Returns undefined when both ends are the same zone (the caller reports it).
   */
  connect(a: string, b: string, flow?: FlowInput, input: ConduitInput = {}): Conduit | undefined {
    if (a === b) return undefined;
    const key = pairKey(a, b);
    let conduit = this.byPair.get(key);
    if (!conduit) {
      const za = this.zoneById.get(a)?.name ?? a;
      const zb = this.zoneById.get(b)?.name ?? b;
      const name = input.name?.trim()
        ? nameText(input.name, 'conduit')
        : nameText(`${za} ↔ ${zb}`, 'conduit');
      conduit = {
        id: this.newId(input.id, `conduit ${za} ${zb}`),
        name,
        zoneIds: [a, b],
        type: input.type ?? 'filtering',
      };
      if (input.type === undefined) this.conduitTypeGuessed++;
      if (input.description) conduit.description = input.description;
      this.addConduit(conduit);
    } else if (input.description) conduit.description = joinText(conduit.description, input.description);
    if (flow) this.addFlow(conduit, flow);
    return conduit;
  }

  private addFlow(conduit: Conduit, input: FlowInput) {
    const protocol = nameText(input.protocol, 'unspecified').slice(0, 200);
    const flow: Flow = { from: input.from, to: input.to, protocol };
    if (input.port !== undefined) flow.port = input.port;
    conduit.flows ??= [];
    const flows = conduit.flows;
    const same = flows.find(
      (f) => f.from === flow.from && f.to === flow.to && f.protocol === flow.protocol && f.port === flow.port,
    );
    if (same) {
      if (input.description) same.description = joinText(same.description, input.description);
      return;
    }
    if (input.description) flow.description = longText(input.description);
    flows.push(flow);
  }

  /** The finished model, checked by the model parser; refuses with every problem named. */
  build(): ImportResult {
    if (this.conduitTypeGuessed > 0)
      this.guessed(
        '(whole file)',
        `${plural(this.conduitTypeGuessed, 'conduit')}: the source has no conduit type; set to filtering (check each)`,
      );
    const model: Model = {
      format: 'ot-zones',
      version: 1,
      meta: { name: nameText(this.name, 'Imported diagram') },
      zones: this.zones,
      assets: this.assets,
      conduits: this.conduits,
    };
    if (this.description) model.meta.description = clipName(this.description, LIMITS.text);
    if (this.notes.length) model.notes = this.notes;
    if (Object.keys(this.positions).length) model.diagram = { positions: this.positions };
    for (const list of [model.zones, model.assets, model.conduits])
      if (list.length > LIMITS.elements)
        throw new ImportError(
          '',
          `more than ${LIMITS.elements} elements of one kind; the file is too large to import`,
        );
    const parsed = parseModel(model);
    if (!parsed.ok)
      throw new ImportError(
        '',
        `the imported diagram is not a valid model: ${parsed.issues.slice(0, 5).map(formatIssue).join('; ')}`,
      );
    return { model: parsed.model, warnings: this.warnings };
  }
}

function stripUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/** Refuses input over `max` characters before any parsing. */
export function checkSize(text: string, max: number = LIMITS.fileBytes) {
  if (text.length > max)
    throw new ImportError(
      '',
      `the file is too large (${(text.length / 1024 / 1024).toFixed(1)} MB; the limit is ${max / 1024 / 1024} MB)`,
    );
}
