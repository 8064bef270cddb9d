/**
 * Well-known ports of common OT and IT protocols, so a documented flow that names its protocol
 * ("Modbus/TCP", "OPC UA") without a port can be matched against observed traffic (issue 13).
 * A flow's explicit port always wins. Ports are the IANA registrations or the vendors' documented
 * defaults; a protocol may use several (HTTP on 80 and 8080) or both transports (DNS).
 */

export type Transport = 'tcp' | 'udp';

export interface ProtocolPorts {
  /** Display name. */
  name: string;
  /** Other spellings met in flow lists and Zeek's `service` column. */
  aliases: readonly string[];
  ports: ReadonlyArray<{ port: number; transport: Transport }>;
}

const tcp = (...ports: number[]) => ports.map((port) => ({ port, transport: 'tcp' as const }));
const udp = (...ports: number[]) => ports.map((port) => ({ port, transport: 'udp' as const }));

export const PROTOCOLS: readonly ProtocolPorts[] = [
  { name: 'Modbus/TCP', aliases: ['modbus', 'modbus tcp', 'mbap'], ports: tcp(502) },
  { name: 'DNP3', aliases: ['dnp', 'dnp3 tcp', 'dnp3 udp'], ports: [...tcp(20000), ...udp(20000)] },
  {
    name: 'EtherNet/IP',
    aliases: ['enip', 'cip', 'ethernet ip'],
    ports: [...tcp(44818), ...udp(2222, 44818)],
  },
  { name: 'S7comm', aliases: ['s7', 's7comm plus', 'iso tsap', 'cotp'], ports: tcp(102) },
  { name: 'IEC 61850 MMS', aliases: ['mms', 'iec 61850'], ports: tcp(102) },
  { name: 'OPC UA', aliases: ['opcua', 'opc ua tcp', 'opc ua binary'], ports: tcp(4840, 4843) },
  { name: 'OPC DA (DCOM)', aliases: ['opc da', 'opc classic', 'dcom', 'dce rpc', 'msrpc'], ports: tcp(135) },
  { name: 'BACnet/IP', aliases: ['bacnet'], ports: udp(47808) },
  { name: 'IEC 60870-5-104', aliases: ['iec 104', 'iec104', 'iec 60870 5 104'], ports: tcp(2404) },
  {
    name: 'PROFINET',
    aliases: ['profinet io', 'pn io', 'profinet cm', 'pnio'],
    ports: udp(34962, 34963, 34964),
  },
  { name: 'MQTT', aliases: [], ports: tcp(1883) },
  { name: 'MQTT over TLS', aliases: ['mqtts', 'secure mqtt'], ports: tcp(8883) },
  { name: 'HTTPS', aliases: ['https', 'tls', 'ssl', 'http over tls'], ports: tcp(443) },
  { name: 'HTTP', aliases: ['web'], ports: tcp(80, 8080) },
  { name: 'RDP', aliases: ['remote desktop', 'ms rdp'], ports: tcp(3389) },
  { name: 'SSH', aliases: ['sftp', 'scp'], ports: tcp(22) },
  { name: 'Telnet', aliases: [], ports: tcp(23) },
  { name: 'VNC', aliases: ['rfb'], ports: tcp(5900) },
  { name: 'SMB', aliases: ['cifs', 'windows file sharing'], ports: tcp(445) },
  { name: 'DNS', aliases: [], ports: [...udp(53), ...tcp(53)] },
  { name: 'NTP', aliases: ['time'], ports: udp(123) },
  { name: 'SNMP', aliases: [], ports: udp(161) },
  { name: 'SNMP trap', aliases: ['snmptrap', 'snmp traps'], ports: udp(162) },
  { name: 'Syslog', aliases: ['syslog udp'], ports: [...udp(514), ...tcp(514)] },
  { name: 'Syslog over TLS', aliases: ['syslog tls'], ports: tcp(6514) },
  { name: 'LDAP', aliases: [], ports: tcp(389) },
  { name: 'LDAPS', aliases: ['ldap over tls'], ports: tcp(636) },
  { name: 'Kerberos', aliases: [], ports: [...tcp(88), ...udp(88)] },
  { name: 'RADIUS', aliases: [], ports: udp(1812, 1813) },
  { name: 'FTP', aliases: [], ports: tcp(21) },
  { name: 'SMTP', aliases: ['mail'], ports: tcp(25, 587) },
  { name: 'IPsec (IKE)', aliases: ['ipsec', 'ike', 'vpn'], ports: udp(500, 4500) },
  { name: 'OpenVPN', aliases: [], ports: udp(1194) },
  { name: 'WireGuard', aliases: [], ports: udp(51820) },
  { name: 'Microsoft SQL Server', aliases: ['mssql', 'sql server', 'tds'], ports: tcp(1433) },
  { name: 'OSIsoft PI', aliases: ['pi', 'pi data archive', 'aveva pi'], ports: tcp(5450) },
  { name: 'Siemens Step 7 / TIA', aliases: ['step 7', 'tia portal'], ports: tcp(102) },
  { name: 'GE SRTP', aliases: ['srtp'], ports: tcp(18245) },
  { name: 'Omron FINS', aliases: ['fins'], ports: [...udp(9600), ...tcp(9600)] },
  { name: 'HART-IP', aliases: ['hart ip'], ports: [...tcp(5094), ...udp(5094)] },
  { name: 'IEC 61850 GOOSE', aliases: ['goose'], ports: [] },
];

const normalise = (name: string) =>
  name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

const byName = new Map<string, ProtocolPorts>();
for (const p of PROTOCOLS)
  for (const n of [p.name, ...p.aliases]) {
    const key = normalise(n);
    if (!byName.has(key)) byName.set(key, p);
  }

/** The catalog entry for a protocol name as users write it ("modbus", "Modbus-TCP", "OPC-UA"). */
export function protocolByName(name: string): ProtocolPorts | undefined {
  return byName.get(normalise(name));
}

/** The protocol whose port this is, for naming a drafted flow ("Modbus/TCP" for 502/tcp). */
export function protocolForPort(port: number, transport: Transport): ProtocolPorts | undefined {
  return PROTOCOLS.find((p) => p.ports.some((x) => x.port === port && x.transport === transport));
}
