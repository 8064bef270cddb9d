/** Water/wastewater utility: a central control centre polling remote sites over a WAN and cellular. */
import type { AssetSpec, ConduitSpec, TemplateSpec, ZoneSpec } from '../template-dsl';
import { flow, MANAGED_REMOTE_ACCESS } from './helpers';

const SCADA_SL = [2, 2, 3, 2, 3, 2, 3];

/** A remote outstation on the private WAN. */
function wanSite(id: string, name: string, description: string, assets: AssetSpec[]): ZoneSpec {
  return { id, name, kind: 'control', slTarget: 2, owner: 'Network operations', description, assets };
}

/** A remote outstation on cellular: the modem sits in a nested edge zone of its own (ZCR 3.6). */
function cellularSite(id: string, name: string, description: string, assets: AssetSpec[]): ZoneSpec {
  return {
    id,
    name,
    kind: 'control',
    slTarget: 2,
    owner: 'Network operations',
    description,
    assets,
    children: [
      {
        id: `${id}-edge`,
        name: `${name} – cellular edge`,
        kind: 'control',
        slTarget: 2,
        description: 'The cellular router faces the carrier network, so it gets a zone of its own.',
        columns: 1,
        assets: [{ id: `${id}-modem`, name: 'Cellular router', type: 'cellular-modem', slCapability: 2 }],
      },
    ],
  };
}

function edgeConduit(siteId: string, siteName: string): ConduitSpec {
  return {
    id: `c-${siteId.slice(2)}-edge`,
    name: `${siteName} edge firewall`,
    zoneIds: [`${siteId}-edge`, siteId],
    type: 'filtering',
    controls: ['firewall', 'island-mode'],
    flows: [
      flow(`${siteId}-edge`, siteId, 'DNP3', 20000, 'Telemetry polls forwarded from the control centre'),
    ],
    description: 'The router’s own firewall only forwards DNP3 from the control centre to the RTU.',
  };
}

export const waterUtility: TemplateSpec = {
  id: 'water-utility',
  meta: {
    name: 'Water and wastewater utility with remote sites',
    site: 'Regional utility',
    description:
      'A utility control centre runs the water and wastewater treatment works on site and polls remote pumping stations, reservoirs, boreholes and lift stations. Larger sites hang off a carrier MPLS WAN; small outstations use cellular routers, each in a nested edge zone of its own because it faces an external network. Both WANs are untrusted networks, so their conduits are encrypted, and every outstation is set up for island mode: it keeps pumping on local control when the link is cut. Note that sites sharing one WAN conduit can reach each other; the blast-radius view shows it.',
    author: 'ot-zones template',
  },
  rows: [
    [
      {
        id: 'z-enterprise',
        name: 'Corporate IT',
        kind: 'enterprise',
        slTarget: 1,
        owner: 'Corporate IT',
        description: 'Billing, asset management and office users.',
        assets: [
          { id: 'a-billing', name: 'Billing & asset management', type: 'erp', slCapability: 1 },
          { id: 'a-email', name: 'E-mail', type: 'email-server', slCapability: 1 },
          { id: 'a-office', name: 'Office workstations', type: 'office-workstation', slCapability: 1 },
        ],
      },
      {
        id: 'z-vendors',
        name: 'SCADA integrator & cloud',
        kind: 'external',
        description: 'The integrator who supports the telemetry system, and the utility’s cloud services.',
        columns: 2,
        assets: [
          { id: 'a-integrator', name: 'Integrator portal', type: 'vendor-portal' },
          { id: 'a-cloud', name: 'Customer-facing cloud', type: 'cloud-service' },
        ],
      },
    ],
    [
      {
        id: 'z-dmz',
        name: 'Industrial DMZ',
        kind: 'dmz',
        slTarget: 2,
        owner: 'OT security',
        description: 'Historian replica for corporate reporting and the patch relay.',
        columns: 2,
        assets: [
          { id: 'a-hist-replica', name: 'Historian replica', type: 'historian', slCapability: 2 },
          { id: 'a-patch-relay', name: 'Patch relay', type: 'patch-server', slCapability: 2 },
        ],
      },
      {
        id: 'z-remote-access',
        name: 'Remote access',
        kind: 'remote-access',
        slTarget: 2,
        owner: 'OT security',
        description: 'Integrator VPN, MFA and the recorded jump host.',
        columns: 2,
        assets: [
          { id: 'a-vpn', name: 'VPN gateway', type: 'vpn-gateway', slCapability: 2 },
          { id: 'a-jump', name: 'Jump host', type: 'jump-host', slCapability: 2 },
        ],
      },
    ],
    [
      {
        id: 'z-services',
        name: 'Control centre services',
        kind: 'operations',
        slTarget: 2,
        owner: 'OT team',
        description: 'Historian, OT domain and backups for the whole telemetry system.',
        assets: [
          { id: 'a-historian', name: 'Telemetry historian', type: 'historian', slCapability: 2 },
          { id: 'a-dc', name: 'OT domain controller', type: 'domain-controller', slCapability: 2 },
          { id: 'a-backup', name: 'Backup server', type: 'backup-server', slCapability: 2 },
        ],
      },
      {
        id: 'z-scada',
        name: 'Control centre SCADA',
        kind: 'supervisory',
        slTarget: SCADA_SL,
        owner: 'OT team',
        description: 'Redundant SCADA servers, the telemetry front end, operator HMIs and engineering.',
        assets: [
          { id: 'a-scada-a', name: 'SCADA server A', type: 'scada-server', slCapability: SCADA_SL },
          { id: 'a-scada-b', name: 'SCADA server B', type: 'scada-server', slCapability: SCADA_SL },
          { id: 'a-fep', name: 'Telemetry front end', type: 'scada-server', slCapability: SCADA_SL },
          { id: 'a-hmi', name: 'Control room HMIs', type: 'hmi', slCapability: SCADA_SL },
          {
            id: 'a-ews',
            name: 'Engineering workstation',
            type: 'engineering-workstation',
            slCapability: SCADA_SL,
          },
          { id: 'a-alarm', name: 'Alarm & call-out', type: 'alarm-server', slCapability: SCADA_SL },
        ],
      },
    ],
    [
      {
        id: 'z-wtw',
        name: 'Water treatment works',
        kind: 'control',
        slTarget: 2,
        owner: 'Treatment operations',
        description: 'Filters, dosing and clear-water pumping on the main site.',
        assets: [
          { id: 'a-wtw-filter-plc', name: 'Filter PLC', type: 'plc', slCapability: 2 },
          { id: 'a-wtw-dosing-plc', name: 'Dosing PLC', type: 'plc', slCapability: 2 },
          { id: 'a-wtw-hmi', name: 'Local HMI', type: 'hmi', slCapability: 2 },
        ],
      },
      {
        id: 'z-wwtw',
        name: 'Wastewater treatment works',
        kind: 'control',
        slTarget: 2,
        owner: 'Treatment operations',
        description: 'Inlet works, aeration blowers and sludge handling.',
        assets: [
          { id: 'a-wwtw-inlet-plc', name: 'Inlet works PLC', type: 'plc', slCapability: 2 },
          { id: 'a-wwtw-aeration-plc', name: 'Aeration PLC', type: 'plc', slCapability: 2 },
          { id: 'a-wwtw-blowers', name: 'Blower drives', type: 'drive', slCapability: 2 },
        ],
      },
    ],
    [
      wanSite('z-pump-north', 'Pumping station North', 'Booster pumps on the trunk main; MPLS connected.', [
        { id: 'a-pn-rtu', name: 'Station RTU', type: 'rtu', slCapability: 2 },
        { id: 'a-pn-drives', name: 'Pump drives', type: 'drive', slCapability: 2 },
      ]),
      wanSite(
        'z-reservoir-east',
        'Reservoir East',
        'Service reservoir level and outlet valves; MPLS connected.',
        [
          { id: 'a-re-rtu', name: 'Reservoir RTU', type: 'rtu', slCapability: 2 },
          { id: 'a-re-level', name: 'Level transmitters', type: 'sensor-actuator', slCapability: 2 },
        ],
      ),
      cellularSite('z-borehole-7', 'Borehole 7', 'Unmanned borehole pump on a cellular link.', [
        { id: 'a-bh7-rtu', name: 'Borehole RTU', type: 'rtu', slCapability: 2 },
        { id: 'a-bh7-pump', name: 'Borehole pump drive', type: 'drive', slCapability: 2 },
      ]),
      cellularSite('z-lift-12', 'Lift station 12', 'Sewage lift station on a cellular link.', [
        { id: 'a-ls12-rtu', name: 'Lift station RTU', type: 'rtu', slCapability: 2 },
        { id: 'a-ls12-level', name: 'Wet well level', type: 'sensor-actuator', slCapability: 2 },
      ]),
    ],
  ],
  conduits: [
    {
      id: 'c-integrator-access',
      name: 'Integrator remote access',
      zoneIds: ['z-vendors', 'z-remote-access'],
      type: 'filtering',
      controls: MANAGED_REMOTE_ACCESS,
      untrustedNetwork: true,
      remoteAccess: true,
      serviceProvider: true,
      flows: [flow('z-vendors', 'z-remote-access', 'IPsec IKEv2', 500, 'Integrator VPN')],
      description: 'Sessions are approved by the duty control engineer and recorded.',
    },
    {
      id: 'c-corporate-dmz',
      name: 'Corporate ↔ DMZ',
      zoneIds: ['z-enterprise', 'z-dmz'],
      type: 'filtering',
      controls: ['firewall', 'fail-close', 'logging'],
      flows: [
        flow(
          'z-enterprise',
          'z-dmz',
          'HTTPS',
          443,
          'Reports and regulatory returns from the historian replica',
        ),
      ],
    },
    {
      id: 'c-dmz-services',
      name: 'DMZ ↔ Control centre services',
      zoneIds: ['z-dmz', 'z-services'],
      type: 'filtering',
      controls: ['firewall', 'fail-close', 'ids', 'logging'],
      flows: [
        flow('z-services', 'z-dmz', 'Historian replication', 5450, 'Telemetry history to the replica'),
        flow('z-dmz', 'z-services', 'HTTPS', 8531, 'Approved patches'),
      ],
    },
    {
      id: 'c-jump-scada',
      name: 'Jump host → SCADA',
      zoneIds: ['z-remote-access', 'z-scada'],
      type: 'filtering',
      direction: 'forward',
      controls: ['firewall', 'session-recording', 'logging', 'fail-close', 'island-mode'],
      flows: [flow('z-remote-access', 'z-scada', 'RDP', 3389, 'Jump host to the engineering workstation')],
    },
    {
      id: 'c-services-scada',
      name: 'Services ↔ SCADA',
      zoneIds: ['z-services', 'z-scada'],
      type: 'filtering',
      controls: ['firewall', 'fail-close', 'logging', 'island-mode'],
      flows: [
        flow('z-scada', 'z-services', 'OPC UA', 4840, 'Telemetry to the historian'),
        flow('z-scada', 'z-services', 'LDAPS', 636, 'Operator logons'),
      ],
    },
    {
      id: 'c-scada-wtw',
      name: 'SCADA ↔ Water works',
      zoneIds: ['z-scada', 'z-wtw'],
      type: 'filtering',
      controls: ['firewall', 'deep-packet-inspection', 'island-mode', 'fail-close'],
      flows: [flow('z-scada', 'z-wtw', 'Modbus TCP', 502, 'Supervisory reads and setpoints')],
    },
    {
      id: 'c-scada-wwtw',
      name: 'SCADA ↔ Wastewater works',
      zoneIds: ['z-scada', 'z-wwtw'],
      type: 'filtering',
      controls: ['firewall', 'deep-packet-inspection', 'island-mode', 'fail-close'],
      flows: [flow('z-scada', 'z-wwtw', 'Modbus TCP', 502, 'Supervisory reads and setpoints')],
    },
    {
      id: 'c-mpls-wan',
      name: 'Utility WAN (carrier MPLS)',
      zoneIds: ['z-scada', 'z-pump-north', 'z-reservoir-east'],
      type: 'filtering',
      controls: ['firewall', 'vpn', 'island-mode', 'fail-close'],
      untrustedNetwork: true,
      flows: [
        flow('z-scada', 'z-pump-north', 'DNP3', 20000, 'Polls and pump commands'),
        flow('z-scada', 'z-reservoir-east', 'DNP3', 20000, 'Polls and valve commands'),
        flow('z-pump-north', 'z-scada', 'DNP3', 20000, 'Unsolicited alarms'),
        flow('z-reservoir-east', 'z-scada', 'DNP3', 20000, 'Unsolicited alarms'),
      ],
      description: 'IPsec tunnels over the carrier’s MPLS; outstations run on local control when it drops.',
    },
    {
      id: 'c-cellular',
      name: 'Cellular telemetry (private APN)',
      zoneIds: ['z-scada', 'z-borehole-7-edge', 'z-lift-12-edge'],
      type: 'filtering',
      controls: ['firewall', 'vpn', 'island-mode', 'fail-close'],
      untrustedNetwork: true,
      flows: [
        flow('z-scada', 'z-borehole-7-edge', 'DNP3 over IPsec', 20000, 'Polls to the borehole'),
        flow('z-scada', 'z-lift-12-edge', 'DNP3 over IPsec', 20000, 'Polls to the lift station'),
      ],
      description: 'Private APN plus IPsec from each cellular router to the control centre.',
    },
    edgeConduit('z-borehole-7', 'Borehole 7'),
    edgeConduit('z-lift-12', 'Lift station 12'),
  ],
};
