/**
 * What the plant generator puts where: asset types per zone role, real vendor/model pairs, process
 * profiles with their area and cell names, and site names. Plain data so the mix is easy to tune.
 */

/** The part a generated zone plays in its site (finer than its zone kind). */
export type ZoneRole =
  | 'enterprise'
  | 'external'
  | 'remote'
  | 'dmz'
  | 'ops'
  | 'sup'
  | 'eng'
  | 'safety'
  | 'area'
  | 'cell'
  | 'field'
  | 'wireless';

/** Weighted asset types per role: [type id, weight]. */
export const TYPE_MIX: Record<ZoneRole, ReadonlyArray<readonly [string, number]>> = {
  enterprise: [
    ['office-workstation', 8],
    ['erp', 1],
    ['email-server', 1],
    ['file-server', 1],
  ],
  external: [
    ['vendor-portal', 1],
    ['cloud-service', 1],
  ],
  remote: [
    ['jump-host', 2],
    ['vpn-gateway', 1],
  ],
  dmz: [
    ['historian', 1],
    ['patch-server', 1],
    ['usb-scanning-station', 1],
  ],
  ops: [
    ['historian', 2],
    ['mes', 1],
    ['batch-server', 1],
    ['domain-controller', 1],
    ['backup-server', 1],
    ['ids-sensor', 1],
  ],
  sup: [
    ['hmi', 4],
    ['scada-server', 1],
    ['engineering-workstation', 1],
    ['alarm-server', 1],
    ['opc-server', 1],
  ],
  eng: [['maintenance-laptop', 1]],
  safety: [
    ['safety-sensor', 4],
    ['sis-controller', 1],
    ['safety-plc', 1],
  ],
  area: [
    ['switch', 1],
    ['plc', 1],
  ],
  cell: [
    ['io-module', 4],
    ['drive', 3],
    ['plc', 3],
    ['switch', 1],
    ['ied', 1],
  ],
  field: [
    ['sensor-actuator', 6],
    ['drive', 2],
    ['io-module', 2],
  ],
  wireless: [
    ['wireless-sensor', 4],
    ['wireless-access-point', 1],
  ],
};

/** Relative share of the asset budget a zone of each role receives. */
export const ROLE_WEIGHT: Record<ZoneRole, number> = {
  enterprise: 12,
  external: 1,
  remote: 1.5,
  dmz: 2,
  ops: 4,
  sup: 7,
  eng: 1.5,
  safety: 5,
  area: 1,
  cell: 22,
  field: 14,
  wireless: 5,
};

export const VENDOR_MODELS: Record<string, ReadonlyArray<readonly [string, string]>> = {
  plc: [
    ['Rockwell Automation', 'ControlLogix 1756-L83E'],
    ['Siemens', 'S7-1500 CPU 1515-2 PN'],
    ['Schneider Electric', 'Modicon M580'],
    ['Mitsubishi Electric', 'MELSEC iQ-R'],
    ['ABB', 'AC500 V3'],
  ],
  'io-module': [
    ['Rockwell Automation', 'FLEX 5000'],
    ['Siemens', 'ET 200SP'],
    ['WAGO', '750 Series'],
    ['Beckhoff', 'EK1100 EtherCAT coupler'],
  ],
  drive: [
    ['Rockwell Automation', 'PowerFlex 755'],
    ['Siemens', 'SINAMICS G120'],
    ['ABB', 'ACS880'],
    ['Danfoss', 'VLT FC 302'],
  ],
  'sensor-actuator': [
    ['Endress+Hauser', 'Promag W 400'],
    ['Emerson', 'Rosemount 3051'],
    ['Yokogawa', 'EJA110E'],
    ['Hach', 'TU5300 sc'],
    ['Krohne', 'OPTIFLUX 4300'],
    ['Emerson', 'Fisher DVC6200'],
  ],
  'robot-controller': [
    ['FANUC', 'R-30iB Plus'],
    ['ABB', 'OmniCore C30'],
    ['KUKA', 'KR C5'],
  ],
  'dcs-controller': [
    ['Emerson', 'DeltaV PK Controller'],
    ['Honeywell', 'Experion C300'],
    ['Yokogawa', 'CENTUM VP FCS'],
    ['ABB', 'AC 800M'],
  ],
  ied: [
    ['SEL', 'SEL-751'],
    ['ABB', 'REF615'],
    ['Schneider Electric', 'Easergy P3'],
  ],
  switch: [
    ['Cisco', 'IE-3400'],
    ['Hirschmann', 'RSP35'],
    ['Moxa', 'EDS-G516E'],
  ],
  hmi: [
    ['AVEVA', 'InTouch HMI 2023'],
    ['Rockwell Automation', 'PanelView 5510'],
    ['Siemens', 'SIMATIC TP1500 Comfort'],
    ['Inductive Automation', 'Ignition Perspective'],
  ],
  'scada-server': [
    ['AVEVA', 'System Platform 2023'],
    ['Inductive Automation', 'Ignition 8.1'],
    ['Siemens', 'WinCC OA 3.19'],
  ],
  'engineering-workstation': [
    ['Dell', 'Precision 3660'],
    ['HP', 'Z2 G9'],
  ],
  'alarm-server': [
    ['WIN-911', 'WIN-911 2023'],
    ['AVEVA', 'Alarm Adviser'],
  ],
  'opc-server': [
    ['PTC', 'Kepware KEPServerEX 6'],
    ['Softing', 'dataFEED OPC Suite'],
  ],
  historian: [
    ['AVEVA', 'PI Server 2023'],
    ['Canary Labs', 'Canary Historian 23'],
    ['GE Vernova', 'Proficy Historian 2023'],
  ],
  mes: [
    ['AVEVA', 'MES 2023'],
    ['Siemens', 'Opcenter Execution'],
  ],
  'batch-server': [
    ['Rockwell Automation', 'FactoryTalk Batch'],
    ['Emerson', 'DeltaV Batch'],
  ],
  'domain-controller': [['Microsoft', 'Windows Server 2022 AD DS']],
  'backup-server': [
    ['Veeam', 'Backup & Replication 12'],
    ['Acronis', 'Cyber Protect 16'],
  ],
  'ids-sensor': [
    ['Nozomi Networks', 'Guardian N50'],
    ['Claroty', 'xDome sensor'],
    ['Dragos', 'Platform sensor'],
  ],
  'patch-server': [['Microsoft', 'WSUS on Windows Server 2022']],
  'usb-scanning-station': [['OPSWAT', 'MetaDefender Kiosk K1000']],
  'jump-host': [
    ['Microsoft', 'Windows Server 2022 RDS'],
    ['CyberArk', 'Privileged Session Manager'],
  ],
  'vpn-gateway': [
    ['Fortinet', 'FortiGate 100F'],
    ['Palo Alto Networks', 'PA-440'],
  ],
  'sis-controller': [
    ['HIMA', 'HIMax X-CPU 31'],
    ['Schneider Electric', 'Triconex Tricon CX'],
    ['Yokogawa', 'ProSafe-RS'],
  ],
  'safety-sensor': [
    ['Dräger', 'Polytron 8100 EC'],
    ['Endress+Hauser', 'Cerabar PMC71B SIL'],
    ['SICK', 'deTec4 light curtain'],
  ],
  'safety-plc': [
    ['Pilz', 'PNOZmulti 2'],
    ['Rockwell Automation', 'GuardLogix 5580'],
  ],
  'maintenance-laptop': [
    ['Panasonic', 'Toughbook 55'],
    ['Dell', 'Latitude 5430 Rugged'],
    ['Siemens', 'Field PG M6'],
  ],
  'wireless-access-point': [
    ['Cisco', 'Catalyst IW9167E'],
    ['Emerson', '1410S WirelessHART gateway'],
    ['Siemens', 'SCALANCE W786'],
  ],
  'wireless-sensor': [
    ['Emerson', 'Rosemount 648 Wireless'],
    ['Emerson', 'Rosemount 3051S WirelessHART'],
    ['Yokogawa', 'EJX-B ISA100'],
  ],
  erp: [
    ['SAP', 'S/4HANA'],
    ['Oracle', 'E-Business Suite'],
  ],
  'email-server': [['Microsoft', 'Exchange Server 2019']],
  'office-workstation': [
    ['Dell', 'OptiPlex 7010'],
    ['Lenovo', 'ThinkCentre M70q'],
  ],
  'file-server': [['Microsoft', 'Windows Server 2022']],
  'vendor-portal': [
    ['Aquatech Controls', 'Remote support desk'],
    ['Process Integrators Ltd', 'Support portal'],
  ],
  'cloud-service': [
    ['Microsoft', 'Azure IoT Hub'],
    ['AWS', 'IoT SiteWise'],
  ],
};

/** The controller protocol a cell speaks, by PLC vendor. */
export const CONTROLLER_PROTOCOL: Record<string, readonly [string, number]> = {
  'Rockwell Automation': ['EtherNet/IP', 44818],
  Siemens: ['S7comm', 102],
  'Schneider Electric': ['Modbus/TCP', 502],
  'Mitsubishi Electric': ['SLMP', 5007],
  ABB: ['OPC UA', 4840],
};

export interface ProcessProfile {
  label: string;
  areas: readonly string[];
  cells: readonly string[];
  /** Extra cell asset types for this kind of plant. */
  cellExtras: ReadonlyArray<readonly [string, number]>;
}

export const PROFILES: readonly ProcessProfile[] = [
  {
    label: 'Water treatment works',
    areas: ['Treatment', 'Pumping', 'Chemicals', 'Sludge'],
    cells: [
      'Intake',
      'Coagulation',
      'Clarification',
      'Filtration',
      'Disinfection',
      'Chemical dosing',
      'Clear water pumping',
      'Backwash',
      'Sludge thickening',
    ],
    cellExtras: [['rtu', 1]],
  },
  {
    label: 'Chemical plant',
    areas: ['Reaction', 'Separation', 'Storage', 'Utilities'],
    cells: [
      'Reactor R-101',
      'Reactor R-102',
      'Distillation',
      'Tank farm',
      'Loading rack',
      'Cooling water',
      'Steam boiler',
      'Compressors',
      'Flare',
    ],
    cellExtras: [['dcs-controller', 2]],
  },
  {
    label: 'Food factory',
    areas: ['Processing', 'Packaging', 'Utilities'],
    cells: [
      'Mixing',
      'Pasteurisation',
      'CIP skid',
      'Filling line 1',
      'Filling line 2',
      'Palletiser',
      'Refrigeration',
      'Boiler house',
    ],
    cellExtras: [['robot-controller', 1]],
  },
  {
    label: 'Wastewater works',
    areas: ['Inlet works', 'Biological treatment', 'Sludge'],
    cells: [
      'Screening',
      'Grit removal',
      'Primary settlement',
      'Aeration lane 1',
      'Aeration lane 2',
      'Final settlement',
      'Digesters',
      'CHP engine',
    ],
    cellExtras: [['ied', 1]],
  },
];

export const SITE_NAMES: readonly string[] = [
  'Ashford',
  'Brookvale',
  'Carrow',
  'Dunmere',
  'Eastleigh',
  'Fenwick',
  'Glenholm',
  'Harrowby',
  'Ivybridge',
  'Kelso',
  'Larkhill',
  'Marston',
  'Northam',
  'Oakridge',
  'Penrose',
  'Queensbury',
  'Redcliff',
  'Stanmore',
  'Thornbury',
  'Upton',
  'Westbrook',
  'Yarrow',
];
