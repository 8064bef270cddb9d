/**
 * Which asset type a shape from another tool is, guessed from its style and label. The table is
 * data: first match wins, checked against "style + label" in lower case. To teach the importer a
 * new stencil, add a row. Anything no row matches (and whose label is no catalog type name, see
 * inventory.ts's synonyms) becomes a `generic` asset and is listed in the import report.
 */
import { matchAssetType } from './inventory';

export const SHAPE_TYPE_TABLE: ReadonlyArray<readonly [RegExp, string]> = [
  [/safety[ -]?plc|\bsis\b|safety instrumented/, 'sis-controller'],
  [/\bplcs?\b|programmable logic|controllogix|s7-?[0-9]{3,4}|mxgraph\.cisco\.misc\.plc/, 'plc'],
  [/\brtu\b/, 'rtu'],
  [/\bdcs\b/, 'dcs-controller'],
  [/\bhmi\b|operator (panel|station)/, 'hmi'],
  [/\bscada\b/, 'scada-server'],
  [/engineering (work)?station|\bews\b/, 'engineering-workstation'],
  [/historian/, 'historian'],
  [/\bmes\b/, 'mes'],
  [/\bopc\b/, 'opc-server'],
  [/data ?diode|unidirectional gateway/, 'data-diode'],
  [/firewall|\bfw\b|security group|\bwaf\b/, 'firewall'],
  [/jump ?(host|server|box)|bastion/, 'jump-host'],
  [/\bvpn\b/, 'vpn-gateway'],
  [/\brouter\b|mxgraph\.cisco\.routers/, 'router'],
  [/\bswitch\b|mxgraph\.cisco\.switches/, 'switch'],
  [/access ?point|wireless_?access|\bwlan\b/, 'wireless-access-point'],
  [/\bids\b|intrusion detection|network monitor/, 'ids-sensor'],
  [/domain controller|active directory/, 'domain-controller'],
  [/patch|wsus/, 'patch-server'],
  [/backup/, 'backup-server'],
  [/\berp\b|\bsap\b/, 'erp'],
  [/e-?mail|exchange server/, 'email-server'],
  [/laptop/, 'maintenance-laptop'],
  [/workstation|desktop|\bpc\b|mxgraph\.cisco\.computers/, 'office-workstation'],
  [/file ?server|\bs3\b|storage|bucket/, 'file-server'],
  [/cloud|iot hub|iot core|pub\/sub|mxgraph\.(aws|azure|gcp)/, 'cloud-service'],
  [/vendor|supplier|third party/, 'vendor-portal'],
  [/sensor|transmitter|actuator|valve/, 'sensor-actuator'],
  [/\bdrive\b|\bvfd\b|motor/, 'drive'],
  [/robot/, 'robot-controller'],
];

/** The asset type for a shape, and whether it was only a fallback to `generic`. */
export function guessAssetType(label: string, style = ''): { type: string; known: boolean } {
  const byName = matchAssetType(label);
  if (byName) return { type: byName, known: true };
  const haystack = `${label} ${style}`.toLowerCase();
  for (const [pattern, type] of SHAPE_TYPE_TABLE) if (pattern.test(haystack)) return { type, known: true };
  return { type: 'generic', known: false };
}
