/** Zone kinds, their default Purdue level, and which side of the IT/OT divide they sit on. */

export const ZONE_KINDS = [
  'enterprise',
  'external',
  'dmz',
  'remote-access',
  'operations',
  'supervisory',
  'control',
  'safety',
  'field',
] as const;
export type ZoneKind = (typeof ZONE_KINDS)[number];

export const PURDUE_LEVELS = [0, 1, 2, 3, 3.5, 4, 5] as const;
export type PurdueLevel = (typeof PURDUE_LEVELS)[number];

export interface ZoneKindInfo {
  id: ZoneKind;
  label: string;
  defaultPurdueLevel: PurdueLevel;
  description: string;
}

export const ZONE_KIND_INFO: Record<ZoneKind, ZoneKindInfo> = {
  enterprise: {
    id: 'enterprise',
    label: 'Enterprise',
    defaultPurdueLevel: 4,
    description: 'Business IT: ERP, email, office workstations.',
  },
  external: {
    id: 'external',
    label: 'External',
    defaultPurdueLevel: 5,
    description: 'Networks outside the organisation: internet, vendors, cloud services.',
  },
  dmz: {
    id: 'dmz',
    label: 'Industrial DMZ',
    defaultPurdueLevel: 3.5,
    description: 'Brokers data between IT and OT so that no flow crosses directly.',
  },
  'remote-access': {
    id: 'remote-access',
    label: 'Remote access',
    defaultPurdueLevel: 3.5,
    description: 'Jump hosts and VPN termination for remote users and service providers.',
  },
  operations: {
    id: 'operations',
    label: 'Site operations',
    defaultPurdueLevel: 3,
    description: 'Site-wide OT services: historians, MES, patch and domain servers.',
  },
  supervisory: {
    id: 'supervisory',
    label: 'Supervisory',
    defaultPurdueLevel: 2,
    description: 'SCADA servers, HMIs and engineering workstations.',
  },
  control: {
    id: 'control',
    label: 'Control',
    defaultPurdueLevel: 1,
    description: 'PLCs, RTUs and DCS controllers running the process.',
  },
  safety: {
    id: 'safety',
    label: 'Safety',
    defaultPurdueLevel: 1,
    description: 'Safety instrumented systems, kept apart from basic process control.',
  },
  field: {
    id: 'field',
    label: 'Field',
    defaultPurdueLevel: 0,
    description: 'Sensors, actuators, drives and I/O.',
  },
};

const IT_SIDE_KINDS: ReadonlySet<ZoneKind> = new Set(['enterprise', 'external']);
const CONTROL_SIDE_KINDS: ReadonlySet<ZoneKind> = new Set(['supervisory', 'control', 'safety', 'field']);

export function effectivePurdueLevel(zone: {
  kind: ZoneKind;
  purdueLevel?: PurdueLevel | undefined;
}): PurdueLevel {
  return zone.purdueLevel ?? ZONE_KIND_INFO[zone.kind].defaultPurdueLevel;
}

/** Enterprise or external by kind, or placed at Purdue level 4–5. */
export function isItSide(zone: { kind: ZoneKind; purdueLevel?: PurdueLevel | undefined }): boolean {
  return IT_SIDE_KINDS.has(zone.kind) || effectivePurdueLevel(zone) >= 4;
}

/** Supervisory, control, safety or field by kind, or placed at Purdue level 0–2. */
export function isControlSide(zone: { kind: ZoneKind; purdueLevel?: PurdueLevel | undefined }): boolean {
  return CONTROL_SIDE_KINDS.has(zone.kind) || effectivePurdueLevel(zone) <= 2;
}
