/** Discrete manufacturing: areas holding repeated cell zones, each cell behind its own firewall. */
import type { ConduitSpec, TemplateSpec, ZoneSpec } from '../template-dsl';
import { flow, MANAGED_REMOTE_ACCESS } from './helpers';

interface CellDef {
  id: string;
  name: string;
  description: string;
  robots: number;
}

/** One production cell: a cell PLC, its robots and a panel HMI — the unit that repeats. */
function cell(area: string, def: CellDef): ZoneSpec {
  const assets = [
    { id: `a-${def.id}-plc`, name: 'Cell PLC', type: 'plc', slCapability: 2 },
    { id: `a-${def.id}-hmi`, name: 'Panel HMI', type: 'hmi', slCapability: 2 },
  ];
  for (let i = 1; i <= def.robots; i++)
    assets.push({
      id: `a-${def.id}-robot-${i}`,
      name: `Robot ${i}`,
      type: 'robot-controller',
      slCapability: 2,
    });
  return {
    id: `z-${def.id}`,
    name: def.name,
    kind: 'control',
    slTarget: 2,
    owner: `${area} maintenance`,
    description: def.description,
    columns: 2,
    assets,
  };
}

function cellConduit(areaId: string, def: CellDef): ConduitSpec {
  return {
    id: `c-${def.id}`,
    name: `${def.name} firewall`,
    zoneIds: [areaId, `z-${def.id}`],
    type: 'filtering',
    controls: ['firewall', 'deep-packet-inspection', 'island-mode'],
    flows: [
      flow(areaId, `z-${def.id}`, 'EtherNet/IP', 44818, 'Area SCADA reads, recipes and start/stop'),
      flow(`z-${def.id}`, areaId, 'OPC UA', 4840, 'Part counts and quality data'),
    ],
    description: 'Same rule set in every cell: only the area servers may talk to the cell.',
  };
}

interface AreaDef {
  id: string;
  name: string;
  description: string;
  cells: CellDef[];
}

const AREAS: AreaDef[] = [
  {
    id: 'z-area-body',
    name: 'Area A – Body shop',
    description:
      'Welding and sealing lines. The area zone holds the area servers; each cell is a zone of its own.',
    cells: [
      {
        id: 'cell-a1',
        name: 'Cell A1 – Spot welding',
        description: 'Spot-welding robots run by one cell PLC.',
        robots: 2,
      },
      { id: 'cell-a2', name: 'Cell A2 – Sealing', description: 'Sealer robots and dispensing.', robots: 2 },
    ],
  },
  {
    id: 'z-area-assembly',
    name: 'Area B – Final assembly',
    description: 'Torque stations and end-of-line test. Same structure as area A.',
    cells: [
      { id: 'cell-b1', name: 'Cell B1 – Torque', description: 'Nut runners and screw robots.', robots: 2 },
      {
        id: 'cell-b2',
        name: 'Cell B2 – End-of-line test',
        description: 'Test rigs and the marking robot.',
        robots: 2,
      },
    ],
  },
];

function area(def: AreaDef): ZoneSpec {
  const short = def.id.replace('z-area-', '');
  return {
    id: def.id,
    name: def.name,
    kind: 'supervisory',
    slTarget: 2,
    owner: 'Production engineering',
    description: def.description,
    assets: [
      { id: `a-${short}-scada`, name: 'Area SCADA server', type: 'scada-server', slCapability: 2 },
      { id: `a-${short}-switch`, name: 'Area switch', type: 'switch', slCapability: 2 },
    ],
    children: def.cells.map((c) => cell(def.name.split(' – ')[1] ?? def.name, c)),
  };
}

export const discreteManufacturing: TemplateSpec = {
  id: 'discrete-manufacturing',
  meta: {
    name: 'Discrete manufacturing plant with cell/area zones',
    site: 'Assembly plant',
    description:
      'A car-parts plant organised by areas and cells. Each area is a supervisory zone with its own SCADA server; each production cell is a nested zone behind its own cell firewall, with the same rule set in every cell, so a compromise stays inside one cell. The MES in site operations reaches the cells only through the area servers. AGVs on the plant Wi-Fi and the maintenance laptops each get a zone of their own. Robot safety is hard-wired in each cell here; if your safety PLCs are networked, add a safety zone per cell.',
    author: 'ot-zones template',
  },
  rows: [
    [
      {
        id: 'z-vendors',
        name: 'Robot & machine vendors',
        kind: 'external',
        description: 'Machine builders and the robot vendor’s support service.',
        columns: 1,
        assets: [{ id: 'a-vendor-portal', name: 'Robot vendor support', type: 'vendor-portal' }],
      },
      {
        id: 'z-enterprise',
        name: 'Enterprise IT',
        kind: 'enterprise',
        slTarget: 1,
        owner: 'Corporate IT',
        description: 'ERP (orders, materials) and office users.',
        assets: [
          { id: 'a-erp', name: 'ERP', type: 'erp', slCapability: 1 },
          { id: 'a-email', name: 'E-mail', type: 'email-server', slCapability: 1 },
          { id: 'a-office', name: 'Office workstations', type: 'office-workstation', slCapability: 1 },
        ],
      },
    ],
    [
      {
        id: 'z-remote-access',
        name: 'Remote access',
        kind: 'remote-access',
        slTarget: 2,
        owner: 'OT security',
        description: 'Vendor VPN and the recorded jump host.',
        columns: 2,
        assets: [
          { id: 'a-vpn', name: 'VPN gateway', type: 'vpn-gateway', slCapability: 2 },
          { id: 'a-jump', name: 'Jump host', type: 'jump-host', slCapability: 2 },
        ],
      },
      {
        id: 'z-dmz',
        name: 'Industrial DMZ',
        kind: 'dmz',
        slTarget: 2,
        owner: 'OT security',
        description: 'ERP–MES integration broker and the patch relay.',
        columns: 2,
        assets: [
          { id: 'a-broker', name: 'ERP–MES broker', type: 'opc-server', slCapability: 2 },
          { id: 'a-patch-relay', name: 'Patch relay', type: 'patch-server', slCapability: 2 },
        ],
      },
    ],
    [
      {
        id: 'z-operations',
        name: 'Site operations',
        kind: 'operations',
        slTarget: 2,
        owner: 'Plant IT/OT',
        description: 'MES, historian, OT domain and backups for all areas.',
        columns: 4,
        assets: [
          { id: 'a-mes', name: 'MES', type: 'mes', slCapability: 2 },
          { id: 'a-historian', name: 'Historian', type: 'historian', slCapability: 2 },
          { id: 'a-dc', name: 'OT domain controller', type: 'domain-controller', slCapability: 2 },
          { id: 'a-backup', name: 'Backup server', type: 'backup-server', slCapability: 2 },
        ],
      },
      {
        id: 'z-maintenance',
        name: 'Maintenance laptops',
        kind: 'supervisory',
        slTarget: 2,
        owner: 'Maintenance',
        description: 'Robot and PLC programming laptops, connected only while a permit is open.',
        columns: 1,
        assets: [{ id: 'a-laptop', name: 'Programming laptop', type: 'maintenance-laptop', slCapability: 2 }],
      },
      {
        id: 'z-wireless',
        name: 'Plant Wi-Fi (AGVs)',
        kind: 'supervisory',
        slTarget: 2,
        owner: 'Logistics',
        description: 'Automated guided vehicles and their access points.',
        columns: 2,
        assets: [
          { id: 'a-ap', name: 'Access points', type: 'wireless-access-point', slCapability: 2 },
          { id: 'a-agv', name: 'AGV fleet', type: 'robot-controller', wireless: true, slCapability: 2 },
        ],
      },
    ],
    AREAS.map(area),
  ],
  conduits: [
    {
      id: 'c-vendor-access',
      name: 'Vendor remote access',
      zoneIds: ['z-vendors', 'z-remote-access'],
      type: 'filtering',
      controls: MANAGED_REMOTE_ACCESS,
      untrustedNetwork: true,
      remoteAccess: true,
      serviceProvider: true,
      flows: [flow('z-vendors', 'z-remote-access', 'IPsec IKEv2', 500, 'Vendor VPN')],
    },
    {
      id: 'c-enterprise-dmz',
      name: 'Enterprise ↔ DMZ',
      zoneIds: ['z-enterprise', 'z-dmz'],
      type: 'filtering',
      controls: ['firewall', 'fail-close', 'logging'],
      flows: [
        flow('z-enterprise', 'z-dmz', 'HTTPS', 443, 'Production orders from the ERP'),
        flow('z-dmz', 'z-enterprise', 'HTTPS', 443, 'Confirmations and material consumption to the ERP'),
      ],
    },
    {
      id: 'c-dmz-operations',
      name: 'DMZ ↔ Site operations',
      zoneIds: ['z-dmz', 'z-operations'],
      type: 'filtering',
      controls: ['firewall', 'fail-close', 'ids', 'logging'],
      flows: [
        flow('z-dmz', 'z-operations', 'HTTPS', 8443, 'Orders handed to the MES'),
        flow('z-operations', 'z-dmz', 'HTTPS', 8443, 'Confirmations from the MES'),
        flow('z-dmz', 'z-operations', 'HTTPS', 8531, 'Approved patches'),
      ],
    },
    {
      id: 'c-jump-operations',
      name: 'Jump host → Site operations',
      zoneIds: ['z-remote-access', 'z-operations'],
      type: 'filtering',
      direction: 'forward',
      controls: ['firewall', 'session-recording', 'logging'],
      flows: [
        flow('z-remote-access', 'z-operations', 'RDP', 3389, 'Jump host to the MES and historian servers'),
      ],
    },
    ...AREAS.map(
      (a): ConduitSpec => ({
        id: `c-operations-${a.id.replace('z-area-', '')}`,
        name: `Site operations ↔ ${a.name.split(' – ')[0]}`,
        zoneIds: ['z-operations', a.id],
        type: 'filtering',
        controls: ['firewall', 'ids', 'island-mode'],
        flows: [
          flow('z-operations', a.id, 'HTTPS', 443, 'Work orders and recipes from the MES'),
          flow(a.id, 'z-operations', 'OPC UA', 4840, 'Production data to MES and historian'),
          flow(a.id, 'z-operations', 'LDAPS', 636, 'Operator logons'),
        ],
        description: 'Areas keep producing on their current orders if the site network is down.',
      }),
    ),
    ...AREAS.flatMap((a) => a.cells.map((c) => cellConduit(a.id, c))),
    {
      id: 'c-maintenance',
      name: 'Maintenance laptops → Areas',
      zoneIds: ['z-maintenance', 'z-area-body', 'z-area-assembly'],
      type: 'filtering',
      direction: 'forward',
      controls: ['firewall', 'access-approval', 'logging'],
      flows: [
        flow('z-maintenance', 'z-area-body', 'RDP', 3389, 'Engineering on the area SCADA server'),
        flow('z-maintenance', 'z-area-assembly', 'RDP', 3389, 'Engineering on the area SCADA server'),
      ],
      description: 'One firewall serves both areas; the laptops cannot be reached from the areas.',
    },
    {
      id: 'c-wireless',
      name: 'Wi-Fi ↔ Final assembly',
      zoneIds: ['z-wireless', 'z-area-assembly'],
      type: 'filtering',
      controls: ['firewall', 'encryption'],
      flows: [
        flow('z-area-assembly', 'z-wireless', 'MQTT over TLS', 8883, 'Transport orders to the AGVs'),
        flow('z-wireless', 'z-area-assembly', 'MQTT over TLS', 8883, 'AGV positions and status'),
      ],
    },
  ],
};
