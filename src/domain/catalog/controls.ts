/** Controls a conduit can carry. Ids are the contract used in model files. */

export interface ControlInfo {
  id: string;
  label: string;
  /** Counts as a filtering barrier for defense-in-depth and reachability. */
  filtering: boolean;
  description: string;
}

export const CONTROLS: readonly ControlInfo[] = [
  { id: 'firewall', label: 'Firewall', filtering: true, description: 'Stateful filtering, deny by default.' },
  {
    id: 'data-diode',
    label: 'Data diode',
    filtering: true,
    description: 'Hardware-enforced one-way transfer.',
  },
  {
    id: 'dmz',
    label: 'DMZ broker',
    filtering: false,
    description: 'Traffic terminates in a DMZ and is re-originated.',
  },
  { id: 'vpn', label: 'VPN', filtering: false, description: 'Authenticated, encrypted tunnel.' },
  {
    id: 'encryption',
    label: 'Encryption',
    filtering: false,
    description: 'Protocol-level encryption (TLS, IPsec).',
  },
  {
    id: 'mfa',
    label: 'Multi-factor authentication',
    filtering: false,
    description: 'Two or more authentication factors for humans.',
  },
  {
    id: 'jump-host',
    label: 'Jump host',
    filtering: false,
    description: 'Access is brokered through an intermediate host.',
  },
  {
    id: 'session-recording',
    label: 'Session recording',
    filtering: false,
    description: 'Remote sessions are recorded for review.',
  },
  {
    id: 'access-approval',
    label: 'Access approval',
    filtering: false,
    description: 'Each session is approved by the asset owner.',
  },
  {
    id: 'ids',
    label: 'Intrusion detection',
    filtering: false,
    description: 'Traffic is monitored for attacks and anomalies.',
  },
  {
    id: 'fail-close',
    label: 'Fail close',
    filtering: false,
    description: 'The boundary blocks all traffic when it fails.',
  },
  {
    id: 'island-mode',
    label: 'Island mode',
    filtering: false,
    description: 'The zone keeps running when the conduit is cut.',
  },
  {
    id: 'deep-packet-inspection',
    label: 'Deep packet inspection',
    filtering: true,
    description: 'Industrial protocol inspection (function codes, writes).',
  },
  {
    id: 'allow-list',
    label: 'Application allow-list',
    filtering: false,
    description: 'Only approved applications may communicate.',
  },
  {
    id: 'logging',
    label: 'Audit logging',
    filtering: false,
    description: 'Connections are logged to a central store.',
  },
  {
    id: 'rate-limit',
    label: 'Rate limiting',
    filtering: false,
    description: 'Traffic volume is bounded to protect availability.',
  },
];

const byId = new Map(CONTROLS.map((c) => [c.id, c]));

export function control(id: string): ControlInfo | undefined {
  return byId.get(id);
}

export function isKnownControl(id: string): boolean {
  return byId.has(id);
}
