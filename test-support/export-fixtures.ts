/**
 * Models for exporter tests: a small plant with every kind of element, and the same plant with
 * hostile text in every user-visible field. Not used by production code.
 */
import type { Model } from '../src/domain/model/schema';

export function plantModel(): Model {
  return {
    format: 'ot-zones',
    version: 1,
    meta: {
      name: 'Riverside water treatment',
      site: 'Riverside WTP',
      author: 'A. Engineer',
      updatedAt: '2025-03-01',
      description: 'Filtration and dosing, with remote vendor support.',
    },
    zones: [
      { id: 'ent', name: 'Enterprise', kind: 'enterprise', slTarget: 1 },
      { id: 'dmz', name: 'Industrial DMZ', kind: 'dmz', slTarget: 2, owner: 'OT team' },
      { id: 'sup', name: 'SCADA', kind: 'supervisory', slTarget: [2, 2, 3, 1, 2, 1, 2] },
      { id: 'ctl', name: 'Filtration control', kind: 'control', slTarget: 3 },
      { id: 'sis', name: 'Dosing safety', kind: 'safety', slTarget: 3, parentId: 'ctl' },
    ],
    assets: [
      { id: 'erp', name: 'ERP', type: 'erp', zoneId: 'ent' },
      {
        id: 'hist',
        name: 'Plant historian',
        type: 'historian',
        zoneId: 'dmz',
        vendor: 'Acme',
        model: 'H-200',
      },
      {
        id: 'scada',
        name: 'SCADA server',
        type: 'scada-server',
        zoneId: 'sup',
        addresses: ['10.1.2.10', '10.1.2.11'],
        slCapability: 2,
      },
      { id: 'hmi', name: 'Operator HMI', type: 'hmi', zoneId: 'sup' },
      { id: 'plc1', name: 'Filter PLC', type: 'plc', zoneId: 'ctl', slCapability: 2, vendor: 'Acme' },
      { id: 'sis1', name: 'Dosing SIS', type: 'sis-controller', zoneId: 'sis' },
      { id: 'odd', name: 'Mystery box', type: 'flux-capacitor', zoneId: 'ctl' },
    ],
    conduits: [
      {
        id: 'c-ent-dmz',
        name: 'IT/OT boundary',
        zoneIds: ['ent', 'dmz'],
        type: 'filtering',
        controls: ['firewall', 'logging'],
        slCapability: 2,
        flows: [{ from: 'ent', to: 'dmz', protocol: 'HTTPS', port: 443, description: 'Reports' }],
      },
      {
        id: 'c-dmz-sup',
        name: 'Historian feed',
        zoneIds: ['sup', 'dmz'],
        type: 'unidirectional',
        controls: ['data-diode'],
        slCapability: 3,
        flows: [{ from: 'sup', to: 'dmz', protocol: 'OPC UA', port: 4840 }],
      },
      {
        id: 'c-sup-ctl',
        name: 'Control network',
        zoneIds: ['sup', 'ctl'],
        type: 'filtering',
        controls: ['firewall', 'deep-packet-inspection'],
        slCapability: 1,
        flows: [
          { from: 'sup', to: 'ctl', protocol: 'Modbus/TCP', port: 502 },
          { from: 'ctl', to: 'sup', protocol: 'Modbus/TCP', port: 'any', description: 'Polling replies' },
        ],
      },
      { id: 'c-ctl-sis', name: 'SIS link', zoneIds: ['ctl', 'sis'], type: 'gateway', direction: 'forward' },
    ],
    notes: [
      {
        id: 'n1',
        text: 'Review SIS link with the safety team.',
        author: 'A. Engineer',
        targetId: 'c-ctl-sis',
      },
      { id: 'n2', text: 'Vendor VPN to be added in phase 2.' },
    ],
    policy: { rules: { 'zone-empty': { enabled: false } } },
    diagram: {
      positions: {
        ent: { x: 0, y: 0, width: 420, height: 140 },
        dmz: { x: 0, y: 220, width: 420, height: 140 },
        sup: { x: 0, y: 440, width: 420, height: 150 },
        ctl: { x: 0, y: 680, width: 680, height: 300 },
        sis: { x: 380, y: 70, width: 280, height: 150 },
        erp: { x: 16, y: 62 },
        hist: { x: 16, y: 62 },
        scada: { x: 16, y: 62 },
        hmi: { x: 216, y: 62 },
        plc1: { x: 16, y: 70 },
        sis1: { x: 20, y: 70 },
        odd: { x: 16, y: 150 },
        n2: { x: 480, y: 0 },
      },
    },
  };
}

export const HOSTILE_STRINGS = [
  '<script>alert(1)</script>',
  '"><svg onload=alert(1)>',
  "javascript:alert('x')",
  'abc\u202Etxt.exe',
  '=HYPERLINK("http://evil.example","click")',
  `${'A'.repeat(5000)}`,
] as const;

/** The plant with hostile text in names, descriptions, vendors, addresses, protocols and notes. */
export function hostileModel(): Model {
  const m = plantModel();
  const [script, attr, js, bidi, formula, long] = HOSTILE_STRINGS;
  m.meta = { ...m.meta, name: `${script}${bidi}`, site: attr, author: js, description: formula };
  m.zones = m.zones.map((z, i) => ({
    ...z,
    name: [script, attr, js, bidi, long][i % 5]!,
    description: formula,
    owner: attr,
  }));
  m.assets = m.assets.map((a, i) => ({
    ...a,
    name: [long, script, attr, js, bidi, formula, '-1+1'][i % 7]!,
    vendor: script,
    model: formula,
    addresses: [attr, '@SUM(A1)'],
    description: `line 1\r\nline 2 ${script}`,
  }));
  m.conduits = m.conduits.map((c, i) => ({
    ...c,
    name: [attr, long, bidi, script][i % 4]!,
    description: js,
    flows: c.flows?.map((f) => ({ ...f, protocol: script, description: `\t${formula}` })),
  }));
  m.notes = [
    { id: 'n1', text: script, author: attr, targetId: 'c-ctl-sis' },
    { id: 'n2', text: `${bidi} ${long}` },
  ];
  return m;
}
