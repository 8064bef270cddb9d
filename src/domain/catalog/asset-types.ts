/**
 * Asset types. A type's id is the kebab-case of its label. The flags are defaults: an asset in a
 * model can override each one. `class` decides which zone-mixing rules apply.
 */
import type { PurdueLevel } from './zone-kinds';

export type AssetClass = 'business' | 'iacs' | 'infrastructure';

export interface AssetTypeInfo {
  id: string;
  label: string;
  class: AssetClass;
  defaultPurdueLevel: PurdueLevel;
  /** Icon id, see icons.ts. */
  icon: string;
  safetyRelated?: boolean;
  wireless?: boolean;
  transient?: boolean;
  externalNetwork?: boolean;
  description: string;
}

type Def = Omit<AssetTypeInfo, 'id'>;

const defs: Record<string, Def> = {
  plc: {
    label: 'PLC',
    class: 'iacs',
    defaultPurdueLevel: 1,
    icon: 'controller',
    description: 'Programmable logic controller.',
  },
  rtu: {
    label: 'RTU',
    class: 'iacs',
    defaultPurdueLevel: 1,
    icon: 'controller',
    description: 'Remote terminal unit at an outstation.',
  },
  'dcs-controller': {
    label: 'DCS controller',
    class: 'iacs',
    defaultPurdueLevel: 1,
    icon: 'controller',
    description: 'Distributed control system controller.',
  },
  'sis-controller': {
    label: 'SIS controller',
    class: 'iacs',
    defaultPurdueLevel: 1,
    icon: 'shield',
    safetyRelated: true,
    description: 'Safety instrumented system logic solver.',
  },
  'safety-plc': {
    label: 'Safety PLC',
    class: 'iacs',
    defaultPurdueLevel: 1,
    icon: 'shield',
    safetyRelated: true,
    description: 'PLC certified for safety functions.',
  },
  hmi: {
    label: 'HMI',
    class: 'iacs',
    defaultPurdueLevel: 2,
    icon: 'display',
    description: 'Operator human-machine interface.',
  },
  'scada-server': {
    label: 'SCADA server',
    class: 'iacs',
    defaultPurdueLevel: 2,
    icon: 'server',
    description: 'Supervisory control and data acquisition server.',
  },
  'engineering-workstation': {
    label: 'Engineering workstation',
    class: 'iacs',
    defaultPurdueLevel: 2,
    icon: 'workstation',
    description: 'Programs and configures controllers.',
  },
  historian: {
    label: 'Historian',
    class: 'iacs',
    defaultPurdueLevel: 3,
    icon: 'database',
    description: 'Process data archive.',
  },
  mes: {
    label: 'MES',
    class: 'iacs',
    defaultPurdueLevel: 3,
    icon: 'server',
    description: 'Manufacturing execution system.',
  },
  'opc-server': {
    label: 'OPC server',
    class: 'iacs',
    defaultPurdueLevel: 2,
    icon: 'server',
    description: 'OPC UA / DA data server.',
  },
  ied: {
    label: 'IED',
    class: 'iacs',
    defaultPurdueLevel: 1,
    icon: 'controller',
    description: 'Intelligent electronic device (protection relay, meter).',
  },
  drive: {
    label: 'Drive',
    class: 'iacs',
    defaultPurdueLevel: 0,
    icon: 'motor',
    description: 'Variable-frequency drive or servo drive.',
  },
  'robot-controller': {
    label: 'Robot controller',
    class: 'iacs',
    defaultPurdueLevel: 1,
    icon: 'robot',
    description: 'Industrial robot controller.',
  },
  'io-module': {
    label: 'I/O module',
    class: 'iacs',
    defaultPurdueLevel: 0,
    icon: 'io',
    description: 'Remote or local I/O.',
  },
  'sensor-actuator': {
    label: 'Sensor/actuator',
    class: 'iacs',
    defaultPurdueLevel: 0,
    icon: 'sensor',
    description: 'Field instrument or final element.',
  },
  'wireless-sensor': {
    label: 'Wireless sensor',
    class: 'iacs',
    defaultPurdueLevel: 0,
    icon: 'wireless',
    wireless: true,
    description: 'WirelessHART / ISA100 field instrument.',
  },
  'safety-sensor': {
    label: 'Safety sensor',
    class: 'iacs',
    defaultPurdueLevel: 0,
    icon: 'sensor',
    safetyRelated: true,
    description: 'Instrument wired to a safety function.',
  },
  'batch-server': {
    label: 'Batch server',
    class: 'iacs',
    defaultPurdueLevel: 3,
    icon: 'server',
    description: 'Recipe and batch management.',
  },
  'alarm-server': {
    label: 'Alarm server',
    class: 'iacs',
    defaultPurdueLevel: 2,
    icon: 'server',
    description: 'Alarm management and notification.',
  },
  firewall: {
    label: 'Firewall',
    class: 'infrastructure',
    defaultPurdueLevel: 3.5,
    icon: 'firewall',
    description: 'Filtering boundary device.',
  },
  router: {
    label: 'Router',
    class: 'infrastructure',
    defaultPurdueLevel: 3,
    icon: 'router',
    description: 'Layer 3 router.',
  },
  switch: {
    label: 'Switch',
    class: 'infrastructure',
    defaultPurdueLevel: 2,
    icon: 'switch',
    description: 'Managed network switch.',
  },
  'data-diode': {
    label: 'Data diode',
    class: 'infrastructure',
    defaultPurdueLevel: 3.5,
    icon: 'diode',
    description: 'Hardware-enforced one-way gateway.',
  },
  'jump-host': {
    label: 'Jump host',
    class: 'infrastructure',
    defaultPurdueLevel: 3.5,
    icon: 'jump',
    description: 'Brokered, recorded access into OT.',
  },
  'vpn-gateway': {
    label: 'VPN gateway',
    class: 'infrastructure',
    defaultPurdueLevel: 3.5,
    icon: 'lock',
    description: 'Terminates encrypted tunnels.',
  },
  'ids-sensor': {
    label: 'IDS sensor',
    class: 'infrastructure',
    defaultPurdueLevel: 3,
    icon: 'eye',
    description: 'Passive OT network monitoring.',
  },
  'domain-controller': {
    label: 'Domain controller',
    class: 'infrastructure',
    defaultPurdueLevel: 3,
    icon: 'key',
    description: 'OT directory and authentication.',
  },
  'patch-server': {
    label: 'Patch server',
    class: 'infrastructure',
    defaultPurdueLevel: 3,
    icon: 'download',
    description: 'Stages patches and antivirus signatures for OT.',
  },
  'backup-server': {
    label: 'Backup server',
    class: 'infrastructure',
    defaultPurdueLevel: 3,
    icon: 'database',
    description: 'Backups of controller projects and servers.',
  },
  'wireless-access-point': {
    label: 'Wireless access point',
    class: 'infrastructure',
    defaultPurdueLevel: 2,
    icon: 'wireless',
    wireless: true,
    description: 'Wi-Fi access point.',
  },
  'cellular-modem': {
    label: 'Cellular modem',
    class: 'infrastructure',
    defaultPurdueLevel: 2,
    icon: 'antenna',
    externalNetwork: true,
    description: 'LTE/5G router reached over a public network.',
  },
  'maintenance-laptop': {
    label: 'Maintenance laptop',
    class: 'iacs',
    defaultPurdueLevel: 2,
    icon: 'laptop',
    transient: true,
    description: 'Temporarily connected engineering laptop.',
  },
  'usb-scanning-station': {
    label: 'USB scanning station',
    class: 'infrastructure',
    defaultPurdueLevel: 3,
    icon: 'usb',
    description: 'Scans removable media before use in OT.',
  },
  erp: {
    label: 'ERP',
    class: 'business',
    defaultPurdueLevel: 4,
    icon: 'building',
    description: 'Enterprise resource planning.',
  },
  'email-server': {
    label: 'Email server',
    class: 'business',
    defaultPurdueLevel: 4,
    icon: 'mail',
    description: 'Corporate email.',
  },
  'office-workstation': {
    label: 'Office workstation',
    class: 'business',
    defaultPurdueLevel: 4,
    icon: 'workstation',
    description: 'Business user PC.',
  },
  'file-server': {
    label: 'File server',
    class: 'business',
    defaultPurdueLevel: 4,
    icon: 'database',
    description: 'Corporate file shares.',
  },
  'cloud-service': {
    label: 'Cloud service',
    class: 'business',
    defaultPurdueLevel: 5,
    icon: 'cloud',
    externalNetwork: true,
    description: 'Hosted service reached over the internet.',
  },
  'vendor-portal': {
    label: 'Vendor portal',
    class: 'business',
    defaultPurdueLevel: 5,
    icon: 'cloud',
    externalNetwork: true,
    description: "A supplier's remote support service.",
  },
  generic: {
    label: 'Generic',
    class: 'iacs',
    defaultPurdueLevel: 2,
    icon: 'generic',
    description: 'An asset whose type is not yet classified.',
  },
};

export const ASSET_TYPES: readonly AssetTypeInfo[] = Object.entries(defs).map(([id, def]) => ({
  id,
  ...def,
}));

const byId = new Map(ASSET_TYPES.map((t) => [t.id, t]));

/** Unknown ids resolve to the generic type, so a model with a newer type id still checks. */
export function assetType(id: string): AssetTypeInfo {
  return byId.get(id) ?? byId.get('generic')!;
}

export function isKnownAssetType(id: string): boolean {
  return byId.has(id);
}

export const ASSET_CLASS_LABEL: Record<AssetClass, string> = {
  business: 'Business',
  iacs: 'IACS',
  infrastructure: 'Infrastructure',
};
