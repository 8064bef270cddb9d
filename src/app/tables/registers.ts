/**
 * The four registers of the Tables view (assets, zones, conduits, flows): their rows and columns.
 * Cells that can be edited write through the same pure edit functions and validation as the
 * inspector (`commitEdit` → one `applyEdit`, one undo step); a refused value returns its message.
 */
import { ASSET_CLASS_LABEL, ASSET_TYPES, assetType } from '../../domain/catalog/asset-types';
import {
  effectivePurdueLevel,
  PURDUE_LEVELS,
  ZONE_KIND_INFO,
  ZONE_KINDS,
} from '../../domain/catalog/zone-kinds';
import { updateAsset, updateConduit, updateFlow, updateZone } from '../../domain/edit/update';
import type { CsvFormat } from '../../domain/export/csv';
import type { ModelIndex } from '../../domain/model/derive';
import { deviceEndsText } from '../../domain/model/device-ends';
import type { Asset, Conduit, DeviceEnds, Flow, Model, Zone } from '../../domain/model/schema';
import { slRange } from '../canvas/format';
import { commitEdit } from '../inspector/commit';
import { moveAssetIntoZone } from '../inspector/move-into-zone';
import { longTextError, nameError, parsePort, protocolError, shortTextError } from '../inspector/validate';

export type RegisterId = 'assets' | 'zones' | 'conduits' | 'flows';

export interface Choice {
  value: string;
  label: string;
}

export interface CellEdit<R> {
  kind: 'text' | 'select';
  /** The value the editor starts with (text) or the selected option (select). */
  value(row: R): string;
  choices?(row: R, model: Model): readonly Choice[];
  /** Writes the value; null when applied, else why it was refused (the model is untouched). */
  commit(row: R, value: string): string | null;
}

export interface RegisterColumn<R> {
  id: string;
  header: string;
  /** What the cell shows, sorts and filters by. */
  value(row: R): string | number;
  width: number;
  edit?: CellEdit<R>;
}

export interface Register<R> {
  id: RegisterId;
  label: string;
  csv: CsvFormat;
  rows(model: Model, index: ModelIndex): R[];
  /** The element a row stands for: selected and revealed on a row click. */
  elementId(row: R): string;
  rowKey(row: R): string;
  columns: readonly RegisterColumn<R>[];
}

const text = <R>(
  get: (row: R) => string | undefined,
  commit: (row: R, value: string) => string | null,
  validate: (value: string) => string | null,
): CellEdit<R> => ({
  kind: 'text',
  value: (row) => get(row) ?? '',
  commit: (row, value) => validate(value) ?? commit(row, value),
});

/** Optional text: blank removes the field. */
const opt = (value: string) => (value.trim() === '' ? undefined : value);

const zoneName = (index: ModelIndex, id: string | undefined) =>
  id === undefined ? '' : (index.zone.get(id)?.name ?? id);

const zoneChoices = (model: Model): Choice[] =>
  model.zones.map((z) => ({ value: z.id, label: z.name || z.id }));

export interface FlowRow {
  conduit: Conduit;
  index: number;
  flow: Flow;
  fromName: string;
  toName: string;
}
export interface AssetRow {
  asset: Asset;
  zoneName: string;
}
export interface ZoneRow {
  zone: Zone;
  assets: number;
  conduits: number;
}
export interface ConduitRow {
  conduit: Conduit;
  zones: string;
  device: string;
}

export const ASSET_REGISTER: Register<AssetRow> = {
  id: 'assets',
  label: 'Assets',
  csv: 'csv-assets',
  rows: (model, index) => model.assets.map((asset) => ({ asset, zoneName: zoneName(index, asset.zoneId) })),
  elementId: (r) => r.asset.id,
  rowKey: (r) => r.asset.id,
  columns: [
    { id: 'id', header: 'ID', width: 120, value: (r) => r.asset.id },
    {
      id: 'name',
      header: 'Name',
      width: 200,
      value: (r) => r.asset.name,
      edit: text(
        (r) => r.asset.name,
        (r, v) => commitEdit('Rename asset', (m) => updateAsset(m, r.asset.id, { name: v.trim() })),
        nameError,
      ),
    },
    {
      id: 'zone',
      header: 'Zone',
      width: 180,
      value: (r) => r.zoneName,
      edit: {
        kind: 'select',
        value: (r) => r.asset.zoneId,
        choices: (_r, model) => zoneChoices(model),
        commit: (r, v) => commitEdit('Move asset to zone', moveAssetIntoZone(r.asset.id, v)),
      },
    },
    {
      id: 'type',
      header: 'Type',
      width: 170,
      value: (r) => assetType(r.asset.type).label,
      edit: {
        kind: 'select',
        value: (r) => r.asset.type,
        choices: (r) => [
          ...(ASSET_TYPES.some((t) => t.id === r.asset.type)
            ? []
            : [{ value: r.asset.type, label: r.asset.type }]),
          ...ASSET_TYPES.map((t) => ({ value: t.id, label: `${t.label} (${ASSET_CLASS_LABEL[t.class]})` })),
        ],
        commit: (r, v) => commitEdit('Change asset type', (m) => updateAsset(m, r.asset.id, { type: v })),
      },
    },
    {
      id: 'slc',
      header: 'SL-C',
      width: 70,
      value: (r) => (r.asset.slCapability === undefined ? '' : slRange(r.asset.slCapability)),
    },
    {
      id: 'vendor',
      header: 'Vendor',
      width: 130,
      value: (r) => r.asset.vendor ?? '',
      edit: text(
        (r) => r.asset.vendor,
        (r, v) => commitEdit('Change vendor', (m) => updateAsset(m, r.asset.id, { vendor: opt(v) })),
        shortTextError,
      ),
    },
    {
      id: 'model',
      header: 'Model',
      width: 130,
      value: (r) => r.asset.model ?? '',
      edit: text(
        (r) => r.asset.model,
        (r, v) => commitEdit('Change model', (m) => updateAsset(m, r.asset.id, { model: opt(v) })),
        shortTextError,
      ),
    },
    { id: 'addresses', header: 'Addresses', width: 150, value: (r) => (r.asset.addresses ?? []).join(', ') },
    {
      id: 'description',
      header: 'Description',
      width: 260,
      value: (r) => r.asset.description ?? '',
      edit: text(
        (r) => r.asset.description,
        (r, v) =>
          commitEdit('Change description', (m) => updateAsset(m, r.asset.id, { description: opt(v) })),
        longTextError,
      ),
    },
  ],
};

export const ZONE_REGISTER: Register<ZoneRow> = {
  id: 'zones',
  label: 'Zones',
  csv: 'csv-zones',
  rows: (model, index) =>
    model.zones.map((zone) => ({
      zone,
      assets: index.assetsByZone.get(zone.id)?.length ?? 0,
      conduits: index.conduitsByZone.get(zone.id)?.length ?? 0,
    })),
  elementId: (r) => r.zone.id,
  rowKey: (r) => r.zone.id,
  columns: [
    { id: 'id', header: 'ID', width: 120, value: (r) => r.zone.id },
    {
      id: 'name',
      header: 'Name',
      width: 200,
      value: (r) => r.zone.name,
      edit: text(
        (r) => r.zone.name,
        (r, v) => commitEdit('Rename zone', (m) => updateZone(m, r.zone.id, { name: v.trim() })),
        nameError,
      ),
    },
    {
      id: 'kind',
      header: 'Kind',
      width: 150,
      value: (r) => ZONE_KIND_INFO[r.zone.kind].label,
      edit: {
        kind: 'select',
        value: (r) => r.zone.kind,
        choices: () => ZONE_KINDS.map((k) => ({ value: k, label: ZONE_KIND_INFO[k].label })),
        commit: (r, v) =>
          commitEdit('Change zone kind', (m) => updateZone(m, r.zone.id, { kind: v as Zone['kind'] })),
      },
    },
    {
      id: 'purdue',
      header: 'Purdue',
      width: 80,
      value: (r) => effectivePurdueLevel(r.zone),
      edit: {
        kind: 'select',
        value: (r) => (r.zone.purdueLevel === undefined ? '' : String(r.zone.purdueLevel)),
        choices: (r) => [
          { value: '', label: `Default for the kind (${ZONE_KIND_INFO[r.zone.kind].defaultPurdueLevel})` },
          ...PURDUE_LEVELS.map((l) => ({ value: String(l), label: `Level ${l}` })),
        ],
        commit: (r, v) =>
          commitEdit('Change Purdue level', (m) =>
            updateZone(m, r.zone.id, {
              purdueLevel: v === '' ? undefined : (Number(v) as Zone['purdueLevel'] & number),
            }),
          ),
      },
    },
    {
      id: 'slt',
      header: 'SL-T',
      width: 70,
      value: (r) =>
        r.zone.slTarget === undefined || r.zone.slTarget === null ? '' : slRange(r.zone.slTarget),
    },
    { id: 'assets', header: 'Assets', width: 70, value: (r) => r.assets },
    { id: 'conduits', header: 'Conduits', width: 80, value: (r) => r.conduits },
    {
      id: 'owner',
      header: 'Owner',
      width: 140,
      value: (r) => r.zone.owner ?? '',
      edit: text(
        (r) => r.zone.owner,
        (r, v) => commitEdit('Change owner', (m) => updateZone(m, r.zone.id, { owner: opt(v) })),
        shortTextError,
      ),
    },
    {
      id: 'description',
      header: 'Description',
      width: 260,
      value: (r) => r.zone.description ?? '',
      edit: text(
        (r) => r.zone.description,
        (r, v) => commitEdit('Change description', (m) => updateZone(m, r.zone.id, { description: opt(v) })),
        longTextError,
      ),
    },
  ],
};

const CONDUIT_TYPES = [
  { value: 'filtering', label: 'Filtering (firewall)' },
  { value: 'gateway', label: 'Gateway' },
  { value: 'unidirectional', label: 'Unidirectional (data diode)' },
];

/** Device-end choices named after the conduit's zones ("At Control network"). */
export function deviceChoices(conduit: Conduit, model: Model): Choice[] {
  const name = (i: number) => {
    const id = conduit.zoneIds[i];
    return model.zones.find((z) => z.id === id)?.name || id || '?';
  };
  return [
    { value: '', label: 'Not recorded' },
    { value: 'first', label: `At ${name(0)}` },
    { value: 'second', label: `At ${name(1)}` },
    { value: 'both', label: 'Both ends' },
  ];
}

export const CONDUIT_REGISTER: Register<ConduitRow> = {
  id: 'conduits',
  label: 'Conduits',
  csv: 'csv-conduits',
  rows: (model, index) =>
    model.conduits.map((conduit) => ({
      conduit,
      zones: conduit.zoneIds.map((id) => zoneName(index, id)).join(' ↔ '),
      device: deviceEndsText(conduit.deviceAt, (id) => zoneName(index, id), conduit),
    })),
  elementId: (r) => r.conduit.id,
  rowKey: (r) => r.conduit.id,
  columns: [
    { id: 'id', header: 'ID', width: 120, value: (r) => r.conduit.id },
    {
      id: 'name',
      header: 'Name',
      width: 200,
      value: (r) => r.conduit.name,
      edit: text(
        (r) => r.conduit.name,
        (r, v) => commitEdit('Rename conduit', (m) => updateConduit(m, r.conduit.id, { name: v.trim() })),
        nameError,
      ),
    },
    { id: 'zones', header: 'Zones', width: 240, value: (r) => r.zones },
    {
      id: 'type',
      header: 'Type',
      width: 150,
      value: (r) => CONDUIT_TYPES.find((t) => t.value === r.conduit.type)?.label ?? r.conduit.type,
      edit: {
        kind: 'select',
        value: (r) => r.conduit.type,
        choices: () => CONDUIT_TYPES,
        commit: (r, v) =>
          commitEdit('Change conduit type', (m) =>
            updateConduit(m, r.conduit.id, { type: v as Conduit['type'] }),
          ),
      },
    },
    {
      id: 'device',
      header: 'Security device',
      width: 150,
      value: (r) => r.device,
      edit: {
        kind: 'select',
        value: (r) => r.conduit.deviceAt ?? '',
        choices: (r, model) => deviceChoices(r.conduit, model),
        commit: (r, v) =>
          commitEdit('Place security device', (m) =>
            updateConduit(m, r.conduit.id, { deviceAt: v === '' ? undefined : (v as DeviceEnds) }),
          ),
      },
    },
    {
      id: 'slt',
      header: 'SL-T',
      width: 70,
      value: (r) =>
        r.conduit.slTarget === undefined || r.conduit.slTarget === null ? '' : slRange(r.conduit.slTarget),
    },
    { id: 'flows', header: 'Flows', width: 60, value: (r) => r.conduit.flows?.length ?? 0 },
    {
      id: 'description',
      header: 'Description',
      width: 260,
      value: (r) => r.conduit.description ?? '',
      edit: text(
        (r) => r.conduit.description,
        (r, v) =>
          commitEdit('Change description', (m) => updateConduit(m, r.conduit.id, { description: opt(v) })),
        longTextError,
      ),
    },
  ],
};

export const FLOW_REGISTER: Register<FlowRow> = {
  id: 'flows',
  label: 'Flows',
  csv: 'csv-flows',
  rows: (model, index) =>
    model.conduits.flatMap((conduit) =>
      (conduit.flows ?? []).map((flow, i) => ({
        conduit,
        index: i,
        flow,
        fromName: zoneName(index, flow.from),
        toName: zoneName(index, flow.to),
      })),
    ),
  elementId: (r) => r.conduit.id,
  rowKey: (r) => `${r.conduit.id}#${r.index}`,
  columns: [
    { id: 'conduit', header: 'Conduit', width: 200, value: (r) => r.conduit.name || r.conduit.id },
    { id: 'from', header: 'From', width: 170, value: (r) => r.fromName },
    { id: 'to', header: 'To', width: 170, value: (r) => r.toName },
    {
      id: 'protocol',
      header: 'Protocol',
      width: 130,
      value: (r) => r.flow.protocol,
      edit: text(
        (r) => r.flow.protocol,
        (r, v) =>
          commitEdit('Change protocol', (m) => updateFlow(m, r.conduit.id, r.index, { protocol: v.trim() })),
        protocolError,
      ),
    },
    {
      id: 'port',
      header: 'Port',
      width: 80,
      value: (r) => r.flow.port ?? '',
      edit: {
        kind: 'text',
        value: (r) => (r.flow.port === undefined ? '' : String(r.flow.port)),
        commit: (r, v) => {
          const port = parsePort(v);
          if (!port.ok) return port.error;
          return commitEdit('Change port', (m) => updateFlow(m, r.conduit.id, r.index, { port: port.value }));
        },
      },
    },
    {
      id: 'description',
      header: 'Description',
      width: 280,
      value: (r) => r.flow.description ?? '',
      edit: text(
        (r) => r.flow.description,
        (r, v) =>
          commitEdit('Change description', (m) =>
            updateFlow(m, r.conduit.id, r.index, { description: opt(v) }),
          ),
        longTextError,
      ),
    },
  ],
};

export const REGISTERS = {
  assets: ASSET_REGISTER,
  zones: ZONE_REGISTER,
  conduits: CONDUIT_REGISTER,
  flows: FLOW_REGISTER,
} as const;
