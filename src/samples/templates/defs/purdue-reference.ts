/** Purdue reference architecture with an industrial DMZ: the textbook layering, ready to adapt. */
import type { TemplateSpec } from '../template-dsl';
import { flow, MANAGED_REMOTE_ACCESS } from './helpers';

export const purdueReference: TemplateSpec = {
  id: 'purdue-reference',
  meta: {
    name: 'Purdue reference architecture',
    site: 'Reference plant',
    description:
      'The classic layered plant: enterprise IT (level 4) meets the plant only in an industrial DMZ (level 3.5); site operations (level 3), supervisory control (level 2), basic process control and a separate safety system (level 1) and field devices (level 0) sit below it, each behind its own filtering conduit. Vendors reach the plant only through a remote-access zone with MFA, a recorded jump host and per-session approval. The safety system reports to the control zone through a data diode. Replace the example assets with your own and adjust the SL-T values from your risk assessment.',
    author: 'ot-zones template',
  },
  rows: [
    [
      {
        id: 'z-internet',
        name: 'Internet & vendors',
        kind: 'external',
        description: 'Networks the plant does not control: the internet and the vendors’ support portals.',
        assets: [{ id: 'a-vendor-portal', name: 'Vendor support portal', type: 'vendor-portal' }],
      },
      {
        id: 'z-enterprise',
        name: 'Enterprise network',
        kind: 'enterprise',
        slTarget: 1,
        owner: 'Corporate IT',
        description: 'Business systems and office users (level 4). Never talks to level 0–2 directly.',
        assets: [
          { id: 'a-erp', name: 'ERP', type: 'erp', slCapability: 1 },
          { id: 'a-email', name: 'E-mail server', type: 'email-server', slCapability: 1 },
          { id: 'a-office-pc', name: 'Office workstations', type: 'office-workstation', slCapability: 1 },
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
        description: 'Terminates vendor VPNs; every session goes through the recorded jump host.',
        columns: 2,
        assets: [
          { id: 'a-vpn-gw', name: 'VPN gateway', type: 'vpn-gateway', slCapability: 2 },
          { id: 'a-jump-host', name: 'Jump host', type: 'jump-host', slCapability: 2 },
        ],
      },
      {
        id: 'z-dmz',
        name: 'Industrial DMZ',
        kind: 'dmz',
        slTarget: 2,
        owner: 'OT security',
        description:
          'Every IT/OT exchange terminates here and is re-originated: no flow crosses level 3.5 directly.',
        assets: [
          { id: 'a-historian-replica', name: 'Historian replica', type: 'historian', slCapability: 2 },
          { id: 'a-patch-relay', name: 'Patch & AV relay', type: 'patch-server', slCapability: 2 },
          { id: 'a-dmz-fw', name: 'DMZ firewall pair', type: 'firewall', slCapability: 3 },
        ],
      },
    ],
    [
      {
        id: 'z-operations',
        name: 'Site operations',
        kind: 'operations',
        slTarget: 2,
        owner: 'Plant OT team',
        description: 'Site-wide OT services (level 3): historian, OT domain, patching and backup.',
        columns: 4,
        assets: [
          { id: 'a-historian', name: 'Plant historian', type: 'historian', slCapability: 2 },
          { id: 'a-ot-dc', name: 'OT domain controller', type: 'domain-controller', slCapability: 2 },
          { id: 'a-wsus', name: 'OT patch server', type: 'patch-server', slCapability: 2 },
          { id: 'a-backup', name: 'Backup server', type: 'backup-server', slCapability: 2 },
        ],
      },
      {
        id: 'z-maintenance',
        name: 'Maintenance laptops',
        kind: 'supervisory',
        slTarget: 2,
        owner: 'Maintenance',
        description:
          'Transient engineering laptops connect here, and only here, while a work permit is open.',
        columns: 1,
        assets: [{ id: 'a-laptop', name: 'Service laptop', type: 'maintenance-laptop', slCapability: 2 }],
      },
    ],
    [
      {
        id: 'z-supervisory',
        name: 'Supervisory control',
        kind: 'supervisory',
        slTarget: [3, 3, 3, 2, 3, 2, 3],
        owner: 'Plant OT team',
        description:
          'Control room (level 2): SCADA servers, operator HMIs, the alarm server and the engineering workstation.',
        assets: [
          { id: 'a-scada', name: 'SCADA server', type: 'scada-server', slCapability: [3, 3, 3, 2, 3, 2, 3] },
          { id: 'a-alarms', name: 'Alarm server', type: 'alarm-server', slCapability: [3, 3, 3, 2, 3, 2, 3] },
          {
            id: 'a-ews',
            name: 'Engineering workstation',
            type: 'engineering-workstation',
            slCapability: [3, 3, 3, 2, 3, 2, 3],
          },
          { id: 'a-hmi-1', name: 'Operator HMI 1', type: 'hmi', slCapability: [3, 3, 3, 2, 3, 2, 3] },
          { id: 'a-hmi-2', name: 'Operator HMI 2', type: 'hmi', slCapability: [3, 3, 3, 2, 3, 2, 3] },
        ],
      },
    ],
    [
      {
        id: 'z-control',
        name: 'Basic process control',
        kind: 'control',
        slTarget: 2,
        owner: 'Plant OT team',
        description: 'Controllers running the process (level 1).',
        assets: [
          { id: 'a-plc-1', name: 'Line PLC 1', type: 'plc', slCapability: 2 },
          { id: 'a-plc-2', name: 'Line PLC 2', type: 'plc', slCapability: 2 },
          { id: 'a-dcs', name: 'DCS controller', type: 'dcs-controller', slCapability: 2 },
        ],
      },
      {
        id: 'z-safety',
        name: 'Safety instrumented system',
        kind: 'safety',
        slTarget: [3, 3, 4, 2, 3, 2, 3],
        owner: 'Process safety',
        description:
          'The SIS is kept apart from basic process control and only reports out, through a data diode.',
        columns: 2,
        assets: [
          {
            id: 'a-sis',
            name: 'SIS logic solver',
            type: 'sis-controller',
            slCapability: [3, 3, 4, 2, 3, 2, 3],
          },
          {
            id: 'a-sis-sensor',
            name: 'Pressure transmitters (SIL 2)',
            type: 'safety-sensor',
            slCapability: [3, 3, 4, 2, 3, 2, 3],
          },
        ],
      },
    ],
    [
      {
        id: 'z-field',
        name: 'Field devices',
        kind: 'field',
        slTarget: 1,
        owner: 'Instrumentation',
        description: 'Remote I/O, drives and instruments (level 0).',
        assets: [
          { id: 'a-io', name: 'Remote I/O', type: 'io-module', slCapability: 1 },
          { id: 'a-drive', name: 'Pump drives', type: 'drive', slCapability: 1 },
          { id: 'a-instruments', name: 'Instruments', type: 'sensor-actuator', slCapability: 1 },
        ],
      },
    ],
  ],
  conduits: [
    {
      id: 'c-vendor-access',
      name: 'Vendor remote access',
      zoneIds: ['z-internet', 'z-remote-access'],
      type: 'filtering',
      controls: MANAGED_REMOTE_ACCESS,
      untrustedNetwork: true,
      remoteAccess: true,
      serviceProvider: true,
      flows: [
        flow('z-internet', 'z-remote-access', 'IPsec IKEv2', 500, 'Vendor VPN to the VPN gateway'),
        flow('z-internet', 'z-remote-access', 'IPsec NAT-T', 4500, 'VPN traffic through NAT'),
      ],
      description:
        'Vendors connect by VPN with MFA; each session is approved by the shift lead and recorded.',
    },
    {
      id: 'c-enterprise-dmz',
      name: 'Enterprise ↔ DMZ',
      zoneIds: ['z-enterprise', 'z-dmz'],
      type: 'filtering',
      controls: ['firewall', 'fail-close', 'logging'],
      flows: [
        flow(
          'z-enterprise',
          'z-dmz',
          'HTTPS',
          443,
          'Business users read production reports from the historian replica',
        ),
        flow('z-dmz', 'z-enterprise', 'SMTP', 25, 'Alarm and report e-mails'),
      ],
    },
    {
      id: 'c-dmz-operations',
      name: 'DMZ ↔ Site operations',
      zoneIds: ['z-dmz', 'z-operations'],
      type: 'filtering',
      controls: ['firewall', 'fail-close', 'ids', 'logging'],
      flows: [
        flow('z-operations', 'z-dmz', 'PI-to-PI', 5450, 'Historian replication to the DMZ replica'),
        flow('z-dmz', 'z-operations', 'HTTPS', 8531, 'Approved patches and AV signatures'),
      ],
    },
    {
      id: 'c-jump-supervisory',
      name: 'Jump host → Supervisory',
      zoneIds: ['z-remote-access', 'z-supervisory'],
      type: 'filtering',
      direction: 'forward',
      controls: ['firewall', 'session-recording', 'logging', 'fail-close', 'island-mode'],
      flows: [
        flow('z-remote-access', 'z-supervisory', 'RDP', 3389, 'Jump host to the engineering workstation'),
      ],
      description: 'The only way in for remote users: from the jump host, never from the VPN directly.',
    },
    {
      id: 'c-operations-supervisory',
      name: 'Site operations ↔ Supervisory',
      zoneIds: ['z-operations', 'z-supervisory'],
      type: 'filtering',
      controls: ['firewall', 'ids', 'fail-close', 'logging', 'island-mode'],
      flows: [
        flow('z-supervisory', 'z-operations', 'OPC UA', 4840, 'Process values to the historian'),
        flow('z-supervisory', 'z-operations', 'LDAPS', 636, 'Logons against the OT domain'),
        flow('z-operations', 'z-supervisory', 'HTTPS', 8531, 'Patches from the OT patch server'),
      ],
    },
    {
      id: 'c-maintenance',
      name: 'Maintenance laptops → Supervisory',
      zoneIds: ['z-maintenance', 'z-supervisory'],
      type: 'filtering',
      direction: 'forward',
      controls: ['firewall', 'access-approval', 'logging', 'fail-close', 'island-mode'],
      flows: [flow('z-maintenance', 'z-supervisory', 'RDP', 3389, 'Laptop to the engineering workstation')],
      description: 'Switch port enabled only while a work permit is open.',
    },
    {
      id: 'c-supervisory-control',
      name: 'Supervisory ↔ Control',
      zoneIds: ['z-supervisory', 'z-control'],
      type: 'filtering',
      controls: ['firewall', 'deep-packet-inspection', 'island-mode', 'fail-close'],
      flows: [
        flow('z-supervisory', 'z-control', 'EtherNet/IP', 44818, 'HMI and SCADA reads and operator writes'),
        flow('z-supervisory', 'z-control', 'Modbus TCP', 502, 'DCS tag exchange'),
      ],
      description: 'The controllers keep running on their last setpoints if this conduit is cut.',
    },
    {
      id: 'c-sis-diode',
      name: 'SIS status (data diode)',
      zoneIds: ['z-safety', 'z-control'],
      type: 'unidirectional',
      controls: ['data-diode', 'island-mode', 'fail-close'],
      flows: [
        flow('z-safety', 'z-control', 'Modbus TCP replica', 502, 'Trip status and SIS alarms, one way'),
      ],
      description:
        'Nothing can be written into the SIS from outside; it runs on its own when the link is cut.',
    },
    {
      id: 'c-control-field',
      name: 'Control ↔ Field I/O',
      zoneIds: ['z-control', 'z-field'],
      type: 'gateway',
      controls: ['island-mode'],
      flows: [
        flow('z-control', 'z-field', 'EtherNet/IP I/O', 2222, 'Cyclic I/O to remote I/O and drives'),
        flow('z-field', 'z-control', 'EtherNet/IP I/O', 2222, 'Cyclic I/O from instruments'),
      ],
    },
  ],
};
