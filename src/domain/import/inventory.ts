/**
 * Importing an asset inventory (CSV from a spreadsheet or an asset-discovery tool) into a model.
 *
 * `importInventory(model, records, mapping)` is pure: it returns the new model plus what it
 * created, which types it did not know and which rows it rejected (with their line numbers), so
 * the app can preview everything and apply the result as one undoable edit. Rules:
 * - a row needs a name; rows without one (or with values over the size limits) are rejected;
 * - the type cell is matched to the catalog by id, label or a common synonym ("Programmable logic
 *   controller" → plc); anything else becomes `generic` and is listed;
 * - the zone cell is matched to an existing zone by id or name (ignoring case, spaces and
 *   punctuation, and a word "zone"), else to the one existing zone whose name holds all its words
 *   ("DMZ" → "Industrial DMZ"); a zone named in the file that matches none is created, its kind
 *   guessed from its name ("DMZ", "Safety"…, else control); rows without a zone go to one created
 *   "Unassigned" zone;
 * - addresses may hold several values separated by ";", "," or spaces; each must be an IPv4 or
 *   IPv6 address (optionally with a prefix), a MAC address or a host name, else the row is
 *   rejected naming the address (model/address.ts);
 * - new elements get readable unique ids and no stored position (the layout places them).
 */
import { ASSET_TYPES } from '../catalog/asset-types';
import type { ZoneKind } from '../catalog/zone-kinds';
import { addressProblem } from '../model/address';
import { LIMITS } from '../model/limits';
import type { Asset, Model, Zone } from '../model/schema';
import type { CsvRecord } from './csv';

export const INVENTORY_FIELDS = [
  'name',
  'type',
  'zone',
  'addresses',
  'vendor',
  'model',
  'description',
] as const;
export type InventoryField = (typeof INVENTORY_FIELDS)[number];

/** Column index (0-based) for each field; a field without a column is left empty. */
export type ColumnMapping = Partial<Record<InventoryField, number>>;

export const FIELD_LABEL: Record<InventoryField, string> = {
  name: 'Name',
  type: 'Type',
  zone: 'Zone',
  addresses: 'Addresses',
  vendor: 'Vendor',
  model: 'Model',
  description: 'Description',
};

export const UNASSIGNED_ZONE_NAME = 'Unassigned';

const norm = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/** Header words for each field, most specific first. Matched whole, then as a contained word. */
const HEADER_WORDS: Record<InventoryField, readonly string[]> = {
  name: [
    'name',
    'asset name',
    'device name',
    'hostname',
    'host name',
    'host',
    'asset',
    'device',
    'tag',
    'label',
  ],
  type: ['type', 'asset type', 'device type', 'category', 'role', 'kind', 'class', 'function'],
  zone: ['zone', 'security zone', 'network zone', 'segment', 'area', 'cell', 'location'],
  addresses: [
    'addresses',
    'address',
    'ip',
    'ip address',
    'ip addresses',
    'ipv4',
    'ipv6',
    'mac',
    'mac address',
  ],
  vendor: ['vendor', 'manufacturer', 'make', 'brand', 'oem'],
  model: ['model', 'product', 'model number', 'part number', 'product name'],
  description: ['description', 'notes', 'note', 'comment', 'comments', 'remarks'],
};

/** A best guess of which column holds which field, from the header row. */
export function guessMapping(header: readonly string[]): ColumnMapping {
  const mapping: ColumnMapping = {};
  const used = new Set<number>();
  const heads = header.map(norm);
  const assign = (matches: (head: string, word: string) => boolean) => {
    for (const field of INVENTORY_FIELDS) {
      if (mapping[field] !== undefined) continue;
      for (const word of HEADER_WORDS[field]) {
        const i = heads.findIndex((h, col) => !used.has(col) && h !== '' && matches(h, word));
        if (i >= 0) {
          mapping[field] = i;
          used.add(i);
          break;
        }
      }
    }
  };
  assign((h, w) => h === w);
  assign((h, w) => ` ${h} `.includes(` ${w} `));
  return mapping;
}

/** Common names for catalog types that are neither the id nor the label. */
const TYPE_SYNONYMS: Record<string, string> = {
  'programmable logic controller': 'plc',
  controller: 'plc',
  'remote terminal unit': 'rtu',
  'human machine interface': 'hmi',
  'operator panel': 'hmi',
  'operator station': 'hmi',
  'operator workstation': 'hmi',
  scada: 'scada-server',
  'engineering station': 'engineering-workstation',
  ews: 'engineering-workstation',
  'historian server': 'historian',
  fw: 'firewall',
  'network switch': 'switch',
  'managed switch': 'switch',
  'ethernet switch': 'switch',
  vfd: 'drive',
  'variable frequency drive': 'drive',
  'frequency converter': 'drive',
  io: 'io-module',
  'remote io': 'io-module',
  sensor: 'sensor-actuator',
  transmitter: 'sensor-actuator',
  instrument: 'sensor-actuator',
  actuator: 'sensor-actuator',
  valve: 'sensor-actuator',
  'access point': 'wireless-access-point',
  ap: 'wireless-access-point',
  'wifi access point': 'wireless-access-point',
  'domain controller': 'domain-controller',
  'active directory': 'domain-controller',
  ids: 'ids-sensor',
  'network monitor': 'ids-sensor',
  laptop: 'maintenance-laptop',
  diode: 'data-diode',
  'unidirectional gateway': 'data-diode',
  'jump server': 'jump-host',
  'bastion host': 'jump-host',
  vpn: 'vpn-gateway',
  modem: 'cellular-modem',
  'lte router': 'cellular-modem',
  'safety controller': 'sis-controller',
  sis: 'sis-controller',
  'protection relay': 'ied',
  relay: 'ied',
  robot: 'robot-controller',
  'opc ua server': 'opc-server',
  'opc ua': 'opc-server',
};

const TYPE_INDEX = (() => {
  const index = new Map<string, string>();
  for (const [synonym, id] of Object.entries(TYPE_SYNONYMS)) index.set(norm(synonym), id);
  for (const t of ASSET_TYPES) {
    index.set(norm(t.label), t.id);
    index.set(norm(t.id), t.id);
  }
  return index;
})();

/** The catalog type for a cell, or undefined when it is not known. */
export function matchAssetType(value: string): string | undefined {
  const key = norm(value);
  return key === '' ? undefined : TYPE_INDEX.get(key);
}

/** Words in a zone's name that suggest its kind; checked in this order, else the zone is `control`. */
const KIND_WORDS: ReadonlyArray<[ZoneKind, readonly string[]]> = [
  ['dmz', ['dmz', 'demilitari']],
  ['remote-access', ['remote access', 'vpn', 'jump']],
  ['safety', ['safety', 'sis', 'esd']],
  ['external', ['external', 'internet', 'vendor', 'cloud', 'third party']],
  ['enterprise', ['enterprise', 'corporate', 'office', 'business', 'it network', 'level 4', 'l4']],
  ['operations', ['operations', 'site services', 'level 3', 'l3', 'mes']],
  ['supervisory', ['supervisory', 'scada', 'control room', 'hmi', 'level 2', 'l2']],
  ['field', ['field', 'instrument', 'level 0', 'l0', 'sensor']],
];

export function guessZoneKind(name: string): ZoneKind {
  const n = ` ${norm(name)} `;
  for (const [kind, words] of KIND_WORDS) if (words.some((w) => n.includes(` ${w}`))) return kind;
  return 'control';
}

export interface RowOutcome {
  line: number;
  /** Why the row is not imported; undefined when it is. */
  rejected?: string;
  name: string;
  /** The value in the type column as written. */
  typeText: string;
  /** The catalog type used (generic when typeText is not known). */
  type: string;
  typeKnown: boolean;
  zoneName: string;
  zoneIsNew: boolean;
  addresses: string[];
  vendor: string;
  model: string;
  description: string;
}

export interface InventoryImport {
  model: Model;
  createdAssets: Asset[];
  createdZones: Zone[];
  /** Type cells not in the catalog (imported as generic), with the lines they are on. */
  unknownTypes: Array<{ value: string; lines: number[] }>;
  rejected: Array<{ line: number; reason: string }>;
  /** One entry per data row, in file order: what happens to it. */
  rows: RowOutcome[];
}

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

function slug(text: string, fallback: string): string {
  const s = norm(text).replace(/ /g, '-').slice(0, 40).replace(/-+$/, '');
  return s || fallback;
}

/** Data rows of an inventory: every record after the header. */
export function importInventory(
  model: Model,
  records: readonly CsvRecord[],
  mapping: ColumnMapping,
): InventoryImport {
  const taken = new Set<string>([
    ...model.zones.map((z) => z.id),
    ...model.assets.map((a) => a.id),
    ...model.conduits.map((c) => c.id),
    ...(model.notes ?? []).map((n) => n.id),
  ]);
  const newId = (prefix: string, name: string) => {
    const base = `${prefix}-${slug(name, prefix === 'a' ? 'asset' : 'zone')}`;
    let id = base;
    for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
    taken.add(id);
    return id;
  };

  const zonesByKey = new Map<string, Zone>();
  const zoneKey = (name: string) =>
    norm(name)
      .split(' ')
      .filter((w) => w !== 'zone')
      .join(' ');
  for (const z of model.zones) {
    zonesByKey.set(`id:${z.id}`, z);
    const key = `name:${zoneKey(z.name)}`;
    if (!zonesByKey.has(key)) zonesByKey.set(key, z);
  }
  /** The one existing zone whose name holds every word of `name` ("DMZ" → "Industrial DMZ"). */
  const byWords = (name: string): Zone | undefined => {
    const words = zoneKey(name).split(' ').filter(Boolean);
    if (words.length === 0) return undefined;
    const hits = model.zones.filter((z) => {
      const own = new Set(zoneKey(z.name).split(' '));
      return words.every((w) => own.has(w));
    });
    return hits.length === 1 ? hits[0] : undefined;
  };
  const createdZones: Zone[] = [];
  const zoneFor = (name: string): { zone: Zone; isNew: boolean } => {
    const existing = zonesByKey.get(`id:${name}`) ?? zonesByKey.get(`name:${zoneKey(name)}`) ?? byWords(name);
    if (existing) return { zone: existing, isNew: !model.zones.includes(existing) };
    const zone: Zone = { id: newId('z', name), name, kind: guessZoneKind(name) };
    createdZones.push(zone);
    zonesByKey.set(`name:${zoneKey(name)}`, zone);
    return { zone, isNew: true };
  };

  const cell = (record: CsvRecord, field: InventoryField) => {
    const col = mapping[field];
    return col === undefined ? '' : (record.fields[col] ?? '');
  };

  const createdAssets: Asset[] = [];
  const rows: RowOutcome[] = [];
  const unknown = new Map<string, number[]>();
  const room = LIMITS.elements - model.assets.length;

  for (const record of records) {
    const name = collapse(cell(record, 'name'));
    const typeText = collapse(cell(record, 'type'));
    const zoneText = collapse(cell(record, 'zone'));
    const addresses = cell(record, 'addresses')
      .split(/[;,|\s]+/)
      .filter(Boolean);
    const badAddress = addresses.find((a) => addressProblem(a) !== undefined);
    const vendor = collapse(cell(record, 'vendor'));
    const modelText = collapse(cell(record, 'model'));
    const description = cell(record, 'description').trim();
    const matched = matchAssetType(typeText);
    const outcome: RowOutcome = {
      line: record.line,
      name,
      typeText,
      type: matched ?? 'generic',
      typeKnown: matched !== undefined,
      zoneName: zoneText || UNASSIGNED_ZONE_NAME,
      zoneIsNew: false,
      addresses,
      vendor,
      model: modelText,
      description,
    };
    rows.push(outcome);

    const tooLong = (
      [
        ['name', name],
        ['zone', zoneText],
        ['vendor', vendor],
        ['model', modelText],
        ...addresses.map((a) => ['address', a]),
      ] as const
    ).find(([, v]) => v.length > LIMITS.name);
    if (name === '') outcome.rejected = 'no name';
    else if (tooLong) outcome.rejected = `${tooLong[0]} is longer than ${LIMITS.name} characters`;
    else if (description.length > LIMITS.text)
      outcome.rejected = `description is longer than ${LIMITS.text} characters`;
    else if (addresses.length > 1000) outcome.rejected = 'more than 1000 addresses';
    else if (badAddress) outcome.rejected = `address "${badAddress}" ${addressProblem(badAddress)}`;
    else if (typeText.length > LIMITS.name)
      outcome.rejected = `type is longer than ${LIMITS.name} characters`;
    else if (createdAssets.length >= room)
      outcome.rejected = `the model would exceed ${LIMITS.elements} assets`;
    if (outcome.rejected) continue;

    const { zone, isNew } = zoneFor(outcome.zoneName);
    outcome.zoneIsNew = isNew;
    if (!matched) {
      const key = typeText || '(empty)';
      unknown.set(key, [...(unknown.get(key) ?? []), record.line]);
    }
    const asset: Asset = { id: newId('a', name), name, type: outcome.type, zoneId: zone.id };
    if (vendor) asset.vendor = vendor;
    if (modelText) asset.model = modelText;
    if (addresses.length) asset.addresses = addresses;
    if (description) asset.description = description;
    createdAssets.push(asset);
  }

  const next: Model =
    createdAssets.length === 0
      ? model
      : { ...model, zones: [...model.zones, ...createdZones], assets: [...model.assets, ...createdAssets] };
  return {
    model: next,
    createdAssets,
    createdZones: createdAssets.length ? createdZones : [],
    unknownTypes: [...unknown].map(([value, lines]) => ({ value, lines })),
    rejected: rows.filter((r) => r.rejected).map((r) => ({ line: r.line, reason: r.rejected! })),
    rows,
  };
}
