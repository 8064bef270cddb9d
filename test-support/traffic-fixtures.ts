/**
 * A model that matches the real Zeek conn.log in shared/fixtures/traffic (Zeek's Modbus test
 * captures), for the traffic tests: operations ↔ control over Modbus, a remote site and a
 * substation with no conduit, and a site-wide /8 that holds the last pair (intra-zone).
 */
import type { Model } from '../src/domain/model/schema';

export function trafficModel(): Model {
  return {
    format: 'ot-zones',
    version: 1,
    meta: { name: 'Modbus plant' },
    zones: [
      { id: 'z-site', name: 'Site network', kind: 'operations', networks: ['10.0.0.0/8'] },
      { id: 'z-ops', name: 'Operations', kind: 'supervisory' },
      { id: 'z-ctl', name: 'Control', kind: 'control', networks: ['10.0.0.0/24'] },
      { id: 'z-remote', name: 'Remote site', kind: 'external', networks: ['192.168.66.0/24'] },
      { id: 'z-sub', name: 'Substation', kind: 'control', networks: ['166.161.16.0/24'] },
    ],
    assets: [
      { id: 'a-hmi', name: 'HMI', type: 'hmi', zoneId: 'z-ops', addresses: ['10.0.0.57'] },
      {
        id: 'a-ews',
        name: 'Engineering WS',
        type: 'engineering-workstation',
        zoneId: 'z-ops',
        addresses: ['10.0.0.9'],
      },
      { id: 'a-plc', name: 'PLC', type: 'plc', zoneId: 'z-ctl', addresses: ['10.0.0.3'] },
    ],
    conduits: [
      {
        id: 'c-ops-ctl',
        name: 'Operations ↔ Control',
        zoneIds: ['z-ops', 'z-ctl'],
        type: 'filtering',
        flows: [
          { from: 'z-ops', to: 'z-ctl', protocol: 'Modbus/TCP' },
          { from: 'z-ops', to: 'z-ctl', protocol: 'OPC UA', port: 4840 },
        ],
      },
    ],
  };
}
