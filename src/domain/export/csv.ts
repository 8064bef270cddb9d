/**
 * CSV registers for spreadsheets and reviews: assets, zones, conduits and flows (the flows register
 * is a starting point for a firewall rule review). One row per element, in model order; security
 * levels as one column per FR so they can be filtered and compared.
 *
 * Format: RFC 4180 — comma separated, CRLF after every record, a field is quoted when it holds a
 * comma, quote, CR or LF, and quotes inside are doubled. Line breaks inside descriptions are kept
 * (as LF, inside the quotes).
 *
 * Formula injection: a spreadsheet runs a cell that starts with =, +, - or @ (and some also after
 * a leading tab, CR or spaces) as a formula, which a hostile model could use to run commands or leak
 * data. Such text cells get a leading apostrophe, which spreadsheets show as plain text. We apply
 * this to every text cell, including ones like "-5" or "- spare": every number we write (security
 * levels, ports, counts) is non-negative and written as a number cell, which is never changed, so
 * a text cell starting with "-" can only come from user text, and treating it as text is right.
 */
import { ASSET_CLASS_LABEL, assetType } from '../catalog/asset-types';
import { control } from '../catalog/controls';
import { effectivePurdueLevel, ZONE_KIND_INFO } from '../catalog/zone-kinds';
import { CHARACTERISTIC_FIELDS } from '../model/characteristics';
import { assetTraits, buildIndex, conduitEffectiveTarget, type ModelIndex } from '../model/derive';
import type { Characteristics, Conduit, Model } from '../model/schema';
import { FR_IDS, type SecurityLevel, toVector } from '../security-level';
import { countBySeverity, type EvaluationView } from './findings';
import { cleanText } from './text';

export type Cell = string | number | boolean | null | undefined;

const FORMULA_START = /^(?:[\t\r\n]|\s*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20])/;

/** One field: numbers as they are, booleans as yes/no, text cleaned, neutralised and quoted as needed. */
export function csvCell(value: Cell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  let text = cleanText(value, { multiline: true });
  if (FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export interface CsvOptions {
  /** Start with a UTF-8 byte order mark, so that Excel reads accents correctly. Default false. */
  bom?: boolean;
}

/** The table as RFC 4180 text: a header record, then the rows, CRLF after each. */
export function csvTable(
  header: readonly string[],
  rows: readonly (readonly Cell[])[],
  options: CsvOptions = {},
): string {
  const lines = [header, ...rows].map((row) => `${row.map(csvCell).join(',')}\r\n`);
  return `${options.bom ? '\uFEFF' : ''}${lines.join('')}`;
}

const frColumns = (prefix: string) => FR_IDS.map((fr, i) => `${prefix} FR${i + 1} ${fr}`);
const frCells = (sl: SecurityLevel | null | undefined): Cell[] =>
  sl === null || sl === undefined ? FR_IDS.map(() => '') : [...toVector(sl)];
const joined = (items: readonly string[] | undefined) => (items ?? []).join('; ');
const FINDING_COLUMNS = ['Errors', 'Warnings', 'Infos'];
/** IEC 62443-3-2 ZCR 6 characteristics, last so earlier columns keep their positions. */
const CHARACTERISTIC_COLUMNS = [...CHARACTERISTIC_FIELDS.map(([, label]) => label), 'No SL-T: reason'];
const characteristicCells = (c: Characteristics | undefined): Cell[] => [
  ...CHARACTERISTIC_FIELDS.map(([key]) => c?.[key]),
  c?.noSlTarget?.reason,
];

function findingCells(evaluation: EvaluationView | undefined, id: string): Cell[] {
  if (!evaluation) return ['', '', ''];
  const c = countBySeverity(evaluation.bySubject.get(id));
  return [c.error, c.warning, c.info];
}

export function conduitDirection(conduit: Conduit): 'forward' | 'bidirectional' {
  return conduit.type === 'unidirectional' || conduit.direction === 'forward' ? 'forward' : 'bidirectional';
}

export function controlLabel(id: string): string {
  return control(id)?.label ?? id;
}

const zoneName = (index: ModelIndex, id: string | undefined) =>
  id === undefined ? '' : (index.zone.get(id)?.name ?? '');

interface Register {
  title: string;
  header: readonly string[];
  rows(model: Model, index: ModelIndex, evaluation: EvaluationView | undefined): Cell[][];
}

const ASSETS: Register = {
  title: 'Asset register',
  header: [
    'Asset ID',
    'Asset',
    'Zone ID',
    'Zone',
    'Type',
    'Type label',
    'Class',
    'Safety related',
    'Wireless',
    'Transient',
    'External network',
    ...frColumns('SL-C'),
    'Addresses',
    'Vendor',
    'Model',
    ...FINDING_COLUMNS,
    'Description',
  ],
  rows: (model, index, evaluation) =>
    model.assets.map((a) => {
      const type = assetType(a.type);
      const t = assetTraits(a);
      return [
        a.id,
        a.name,
        a.zoneId,
        zoneName(index, a.zoneId),
        a.type,
        type.id === a.type ? type.label : '(unknown type)',
        ASSET_CLASS_LABEL[t.class],
        t.safetyRelated,
        t.wireless,
        t.transient,
        t.externalNetwork,
        ...frCells(a.slCapability),
        joined(a.addresses),
        a.vendor,
        a.model,
        ...findingCells(evaluation, a.id),
        a.description,
      ];
    }),
};

const ZONES: Register = {
  title: 'Zone register',
  header: [
    'Zone ID',
    'Zone',
    'Kind',
    'Kind label',
    'Purdue level',
    'Parent ID',
    'Parent',
    ...frColumns('SL-T'),
    'Assets',
    'Conduits',
    'Owner',
    ...FINDING_COLUMNS,
    'Description',
    ...CHARACTERISTIC_COLUMNS,
  ],
  rows: (model, index, evaluation) =>
    model.zones.map((z) => [
      z.id,
      z.name,
      z.kind,
      ZONE_KIND_INFO[z.kind].label,
      effectivePurdueLevel(z),
      z.parentId,
      zoneName(index, z.parentId),
      ...frCells(z.slTarget),
      index.assetsByZone.get(z.id)?.length ?? 0,
      index.conduitsByZone.get(z.id)?.length ?? 0,
      z.owner,
      ...findingCells(evaluation, z.id),
      z.description,
      ...characteristicCells(z.characteristics),
    ]),
};

const CONDUITS: Register = {
  title: 'Conduit register',
  header: [
    'Conduit ID',
    'Conduit',
    'Zone IDs',
    'Zones',
    'Type',
    'Direction',
    'Controls',
    'SL-T source',
    ...frColumns('SL-T'),
    ...frColumns('SL-C'),
    'Untrusted network',
    'Remote access',
    'Service provider',
    'Flows',
    ...FINDING_COLUMNS,
    'Description',
    ...CHARACTERISTIC_COLUMNS,
  ],
  rows: (model, index, evaluation) =>
    model.conduits.map((c) => {
      const own = c.slTarget !== null && c.slTarget !== undefined;
      const target = conduitEffectiveTarget(c, index);
      return [
        c.id,
        c.name,
        joined(c.zoneIds),
        joined(c.zoneIds.map((id) => zoneName(index, id))),
        c.type,
        conduitDirection(c),
        joined(c.controls?.map(controlLabel)),
        own ? 'conduit' : target ? 'zones' : 'not set',
        ...frCells(target),
        ...frCells(c.slCapability),
        c.untrustedNetwork ?? false,
        c.remoteAccess ?? false,
        c.serviceProvider ?? false,
        c.flows?.length ?? 0,
        ...findingCells(evaluation, c.id),
        c.description,
        ...characteristicCells(c.characteristics),
      ];
    }),
};

const FLOWS: Register = {
  title: 'Flow register',
  header: [
    'Conduit ID',
    'Conduit',
    'Conduit type',
    'From zone ID',
    'From zone',
    'To zone ID',
    'To zone',
    'Protocol',
    'Port',
    'Controls',
    'Description',
  ],
  rows: (model, index) =>
    model.conduits.flatMap((c) =>
      (c.flows ?? []).map((f) => [
        c.id,
        c.name,
        c.type,
        f.from,
        zoneName(index, f.from),
        f.to,
        zoneName(index, f.to),
        f.protocol,
        f.port,
        joined(c.controls?.map(controlLabel)),
        f.description,
      ]),
    ),
};

export const CSV_REGISTERS = {
  'csv-assets': ASSETS,
  'csv-zones': ZONES,
  'csv-conduits': CONDUITS,
  'csv-flows': FLOWS,
} as const satisfies Record<string, Register>;

export type CsvFormat = keyof typeof CSV_REGISTERS;
export const CSV_FORMATS = Object.keys(CSV_REGISTERS) as CsvFormat[];

/** The header and rows of one register, for tables in reports as well as CSV files. */
export function registerTable(
  format: CsvFormat,
  model: Model,
  evaluation?: EvaluationView,
): { header: readonly string[]; rows: Cell[][] } {
  const register = CSV_REGISTERS[format];
  return { header: register.header, rows: register.rows(model, buildIndex(model), evaluation) };
}

/** One register as an RFC 4180 CSV file. Finding counts are empty without an evaluation. */
export function exportCsv(
  format: CsvFormat,
  model: Model,
  evaluation?: EvaluationView,
  options: CsvOptions = {},
): string {
  const { header, rows } = registerTable(format, model, evaluation);
  return csvTable(header, rows, options);
}
