/** Batch / pharma plant: ISA-88 batch control, a validated MES and a separate safety system. */
import type { TemplateSpec } from '../template-dsl';
import { flow, MANAGED_REMOTE_ACCESS } from './helpers';

/** GxP data integrity pushes system integrity (FR3) and data confidentiality (FR4) up. */
const MES_SL = [3, 3, 3, 3, 3, 2, 3];
const BATCH_SL = [3, 3, 3, 2, 3, 2, 3];
const SIS_SL = [3, 3, 4, 2, 3, 2, 3];

export const pharmaBatch: TemplateSpec = {
  id: 'pharma-batch',
  meta: {
    name: 'Batch / pharma plant with validated MES',
    site: 'API manufacturing',
    description:
      'A GMP batch plant (ISA-88): a validated MES holding master recipes and electronic batch records, a batch control zone with the batch server and DCS operator stations, process control, field devices, and a safety instrumented system for the reactors that only reports out through a data diode. The validated MES is a zone of its own with higher integrity and confidentiality targets (FR3, FR4), so changes around it stay inside change control. ERP orders reach the MES only through the industrial DMZ. Vendor support comes in through managed remote access with MFA, approval and recording.',
    author: 'ot-zones template',
  },
  rows: [
    [
      {
        id: 'z-vendors',
        name: 'DCS vendor',
        kind: 'external',
        description: 'The DCS and MES vendors’ support services.',
        columns: 1,
        assets: [{ id: 'a-vendor', name: 'Vendor support portal', type: 'vendor-portal' }],
      },
      {
        id: 'z-enterprise',
        name: 'Enterprise IT',
        kind: 'enterprise',
        slTarget: 1,
        owner: 'Corporate IT',
        description: 'ERP (process orders, batch release) and office users.',
        assets: [
          { id: 'a-erp', name: 'ERP', type: 'erp', slCapability: 1 },
          { id: 'a-email', name: 'E-mail', type: 'email-server', slCapability: 1 },
          { id: 'a-qa-pc', name: 'QA release workstations', type: 'office-workstation', slCapability: 1 },
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
        description: 'Vendor VPN, MFA and the recorded jump host.',
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
        description: 'ERP–MES integration broker, historian replica and patch relay.',
        assets: [
          { id: 'a-broker', name: 'ERP–MES broker', type: 'opc-server', slCapability: 2 },
          { id: 'a-hist-replica', name: 'Historian replica', type: 'historian', slCapability: 2 },
          { id: 'a-patch-relay', name: 'Patch relay', type: 'patch-server', slCapability: 2 },
        ],
      },
    ],
    [
      {
        id: 'z-mes',
        name: 'Validated MES',
        kind: 'operations',
        slTarget: MES_SL,
        owner: 'QA / Computerised systems validation',
        description:
          'GxP-validated: master recipes, electronic batch records and their audit trail. Every change goes through change control.',
        columns: 2,
        assets: [
          { id: 'a-mes', name: 'MES application server', type: 'mes', slCapability: MES_SL },
          { id: 'a-ebr', name: 'EBR database', type: 'mes', slCapability: MES_SL },
        ],
      },
      {
        id: 'z-services',
        name: 'Plant services',
        kind: 'operations',
        slTarget: 2,
        owner: 'Plant OT team',
        description: 'Historian, OT domain, patching and backup.',
        columns: 2,
        assets: [
          { id: 'a-historian', name: 'Process historian', type: 'historian', slCapability: 2 },
          { id: 'a-dc', name: 'OT domain controller', type: 'domain-controller', slCapability: 2 },
          { id: 'a-patch', name: 'OT patch server', type: 'patch-server', slCapability: 2 },
          { id: 'a-backup', name: 'Backup server', type: 'backup-server', slCapability: 2 },
        ],
      },
      {
        id: 'z-maintenance',
        name: 'Maintenance laptops',
        kind: 'supervisory',
        slTarget: 2,
        owner: 'Maintenance',
        description: 'Instrument and DCS laptops, connected only under a work permit.',
        columns: 1,
        assets: [{ id: 'a-laptop', name: 'Service laptop', type: 'maintenance-laptop', slCapability: 2 }],
      },
    ],
    [
      {
        id: 'z-batch',
        name: 'Batch control',
        kind: 'supervisory',
        slTarget: BATCH_SL,
        owner: 'Automation',
        description: 'ISA-88 batch execution, DCS operator stations, alarms and engineering.',
        assets: [
          { id: 'a-batch', name: 'Batch server', type: 'batch-server', slCapability: BATCH_SL },
          { id: 'a-os-1', name: 'Operator station 1', type: 'hmi', slCapability: BATCH_SL },
          { id: 'a-os-2', name: 'Operator station 2', type: 'hmi', slCapability: BATCH_SL },
          { id: 'a-alarm', name: 'Alarm server', type: 'alarm-server', slCapability: BATCH_SL },
          { id: 'a-ews', name: 'DCS engineering', type: 'engineering-workstation', slCapability: BATCH_SL },
        ],
      },
    ],
    [
      {
        id: 'z-control',
        name: 'Process control',
        kind: 'control',
        slTarget: BATCH_SL,
        owner: 'Automation',
        description: 'DCS controllers for the reactors, crystallisation and clean-in-place.',
        assets: [
          {
            id: 'a-dcs-reactors',
            name: 'Reactor controller',
            type: 'dcs-controller',
            slCapability: BATCH_SL,
          },
          {
            id: 'a-dcs-cryst',
            name: 'Crystallisation controller',
            type: 'dcs-controller',
            slCapability: BATCH_SL,
          },
          { id: 'a-dcs-cip', name: 'CIP controller', type: 'dcs-controller', slCapability: BATCH_SL },
        ],
      },
      {
        id: 'z-safety',
        name: 'Reactor safety system',
        kind: 'safety',
        slTarget: SIS_SL,
        owner: 'Process safety',
        description: 'SIS for reactor over-pressure and runaway; writes nothing outside its zone.',
        columns: 2,
        assets: [
          { id: 'a-sis', name: 'SIS logic solver', type: 'sis-controller', slCapability: SIS_SL },
          {
            id: 'a-sis-pt',
            name: 'Reactor pressure (SIL 2)',
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
        slTarget: 2,
        owner: 'Instrumentation',
        description: 'Remote I/O, agitator drives and instruments.',
        assets: [
          { id: 'a-io', name: 'Remote I/O', type: 'io-module', slCapability: 2 },
          { id: 'a-drives', name: 'Agitator drives', type: 'drive', slCapability: 2 },
          { id: 'a-instruments', name: 'Instruments', type: 'sensor-actuator', slCapability: 2 },
        ],
      },
    ],
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
      description: 'Sessions approved by the area owner and QA; recordings kept with the change record.',
    },
    {
      id: 'c-enterprise-dmz',
      name: 'Enterprise ↔ DMZ',
      zoneIds: ['z-enterprise', 'z-dmz'],
      type: 'filtering',
      controls: ['firewall', 'fail-close', 'logging'],
      flows: [
        flow('z-enterprise', 'z-dmz', 'HTTPS', 443, 'Process orders and material master from the ERP'),
        flow('z-dmz', 'z-enterprise', 'HTTPS', 443, 'Batch results for release'),
      ],
    },
    {
      id: 'c-dmz-mes',
      name: 'DMZ ↔ Validated MES',
      zoneIds: ['z-dmz', 'z-mes'],
      type: 'filtering',
      controls: ['firewall', 'deep-packet-inspection', 'fail-close', 'logging', 'island-mode'],
      flows: [
        flow('z-dmz', 'z-mes', 'HTTPS (B2MML)', 8443, 'Process orders into the MES'),
        flow('z-mes', 'z-dmz', 'HTTPS (B2MML)', 8443, 'Batch results out of the MES'),
      ],
    },
    {
      id: 'c-dmz-services',
      name: 'DMZ ↔ Plant services',
      zoneIds: ['z-dmz', 'z-services'],
      type: 'filtering',
      controls: ['firewall', 'fail-close', 'ids', 'logging'],
      flows: [
        flow('z-services', 'z-dmz', 'Historian replication', 5450, 'Process history to the replica'),
        flow('z-dmz', 'z-services', 'HTTPS', 8531, 'Approved patches'),
      ],
    },
    {
      id: 'c-jump-batch',
      name: 'Jump host → Batch control',
      zoneIds: ['z-remote-access', 'z-batch'],
      type: 'filtering',
      direction: 'forward',
      controls: ['firewall', 'session-recording', 'logging', 'fail-close', 'island-mode'],
      flows: [flow('z-remote-access', 'z-batch', 'RDP', 3389, 'Jump host to DCS engineering')],
    },
    {
      id: 'c-mes-batch',
      name: 'MES ↔ Batch control',
      zoneIds: ['z-mes', 'z-batch'],
      type: 'filtering',
      controls: ['firewall', 'fail-close', 'logging', 'island-mode'],
      flows: [
        flow('z-mes', 'z-batch', 'HTTPS (ISA-88)', 443, 'Control recipes and batch start'),
        flow('z-batch', 'z-mes', 'HTTPS (ISA-88)', 443, 'Batch events and phase data for the EBR'),
      ],
    },
    {
      id: 'c-services-mes',
      name: 'Plant services → MES',
      zoneIds: ['z-services', 'z-mes'],
      type: 'filtering',
      direction: 'forward',
      controls: ['firewall', 'fail-close', 'logging', 'island-mode'],
      flows: [
        flow('z-services', 'z-mes', 'Backup agent', 10000, 'Nightly backup of the MES and EBR database'),
      ],
    },
    {
      id: 'c-services-batch',
      name: 'Plant services ↔ Batch control',
      zoneIds: ['z-services', 'z-batch'],
      type: 'filtering',
      controls: ['firewall', 'ids', 'fail-close', 'logging', 'island-mode'],
      flows: [
        flow('z-batch', 'z-services', 'OPC UA', 4840, 'Process values to the historian'),
        flow('z-batch', 'z-services', 'LDAPS', 636, 'Operator logons'),
      ],
    },
    {
      id: 'c-maintenance',
      name: 'Maintenance laptops → Batch control',
      zoneIds: ['z-maintenance', 'z-batch'],
      type: 'filtering',
      direction: 'forward',
      controls: ['firewall', 'access-approval', 'logging', 'fail-close', 'island-mode'],
      flows: [flow('z-maintenance', 'z-batch', 'RDP', 3389, 'Laptop to DCS engineering')],
    },
    {
      id: 'c-batch-control',
      name: 'Batch ↔ Process control',
      zoneIds: ['z-batch', 'z-control'],
      type: 'filtering',
      controls: ['firewall', 'deep-packet-inspection', 'island-mode', 'fail-close'],
      flows: [
        flow('z-batch', 'z-control', 'DCS control network', 44818, 'Phase commands and parameters'),
        flow('z-control', 'z-batch', 'DCS control network', 44818, 'Phase states and process values'),
      ],
      description: 'Running phases complete on the controllers if the batch server is cut off.',
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
    },
    {
      id: 'c-control-field',
      name: 'Control ↔ Field I/O',
      zoneIds: ['z-control', 'z-field'],
      type: 'gateway',
      controls: ['island-mode', 'fail-close'],
      flows: [
        flow('z-control', 'z-field', 'PROFINET', 34964, 'Cyclic I/O to remote I/O and drives'),
        flow('z-field', 'z-control', 'PROFINET', 34964, 'Cyclic I/O from instruments'),
      ],
    },
  ],
  notes: [
    {
      id: 'n-mes-change-control',
      text: 'Any change to this zone or its conduits needs a GxP change request and a validation impact assessment.',
      author: 'QA validation',
      createdAt: '2025-01-15T09:00:00Z',
      targetId: 'z-mes',
    },
  ],
};
