/**
 * The comparison as the CLI's JSON contract (issue 13) and as Markdown. The JSON keeps exactly the
 * contract's keys; a violation's reason ends with "Reference: " and the IEC 62443 requirement.
 */
import type { Model } from '../model/schema';
import { mdCell, mdTable, mdText } from '../text/markdown';
import { agree, plural } from '../text/plural';
import { type FlowComparison, type FlowVerdict, portText, type UnexercisedFlow } from './compare';

export interface ComparisonJson {
  summary: {
    observed: number;
    allowed: number;
    violation: number;
    intraZone: number;
    unclassified: number;
    unexercised: number;
  };
  flows: Array<{
    src: string;
    dst: string;
    port: number;
    transport: string;
    srcZone: string | null;
    dstZone: string | null;
    verdict: FlowVerdict['verdict'];
    conduit: string | null;
    reason: string;
    count: number;
  }>;
  unexercised: Array<{
    conduit: string;
    from: string;
    to: string;
    protocol: string;
    port: number | 'any' | null;
  }>;
}

export const reasonWithReference = (f: { reason: string; reference?: string }) =>
  f.reference ? `${f.reason} Reference: ${f.reference}.` : f.reason;

export function comparisonJson(result: FlowComparison): ComparisonJson {
  return {
    summary: { ...result.summary },
    flows: result.flows.map((f) => ({
      src: f.src,
      dst: f.dst,
      port: f.port,
      transport: f.transport,
      srcZone: f.srcZone,
      dstZone: f.dstZone,
      verdict: f.verdict,
      conduit: f.conduit,
      reason: reasonWithReference(f),
      count: f.count,
    })),
    unexercised: result.unexercised.map((u) => ({
      conduit: u.conduit,
      from: u.from,
      to: u.to,
      protocol: u.protocol,
      port: u.port,
    })),
  };
}

/** Zone id → "Name (id)" for reports; the id alone when the name is the id or empty. */
export function zoneNamer(model: Model): (id: string | null) => string {
  const names = new Map(model.zones.map((z) => [z.id, z.name.trim()]));
  return (id) => {
    if (id === null) return '–';
    const name = names.get(id);
    return name && name !== id ? `${name} (${id})` : id;
  };
}

export function summaryLine(result: FlowComparison): string {
  const s = result.summary;
  return `${s.observed} observed ${agree(s.observed, 'flow', 'flows')}: ${s.allowed} allowed, ${plural(s.violation, 'violation', 'violations')}, ${s.intraZone} intra-zone, ${s.unclassified} unclassified; ${s.unexercised} documented ${agree(s.unexercised, 'flow', 'flows')} unexercised.`;
}

export function comparisonMarkdown(
  model: Model,
  result: FlowComparison,
  sources: readonly string[] = [],
): string {
  const zone = zoneNamer(model);
  const out = [`# Observed traffic against the conduits: ${mdText(model.meta.name)}`, ''];
  if (sources.length) out.push(`Flow files: ${sources.map(mdText).join(', ')}`, '');
  out.push(mdText(summaryLine(result)), '');
  const table = (flows: readonly FlowVerdict[]) =>
    mdTable(
      ['Source', 'Destination', 'Port', 'Zones', 'Count', 'Conduit', 'Reason'],
      flows.map((f) => [
        mdCell(f.src),
        mdCell(f.dst),
        mdCell(portText(f.port, f.transport)),
        mdCell(`${zone(f.srcZone)} → ${zone(f.dstZone)}`),
        String(f.count),
        mdCell(f.conduit ?? ''),
        mdCell(reasonWithReference(f)),
      ]),
      ['---', '---', '---', '---', '--:', '---', '---'],
    );
  const sections: Array<[string, FlowVerdict['verdict']]> = [
    ['Violations', 'violation'],
    ['Unclassified', 'unclassified'],
    ['Allowed', 'allowed'],
    ['Intra-zone', 'intra-zone'],
  ];
  for (const [title, verdict] of sections) {
    const flows = result.flows.filter((f) => f.verdict === verdict);
    if (flows.length) out.push(`## ${title} (${flows.length})`, '', table(flows), '');
  }
  if (result.unexercised.length)
    out.push(
      `## Unexercised documented flows (${result.unexercised.length})`,
      '',
      'Documented but never observed: candidates for removal (IEC 62443-3-3 SR 7.7, least functionality).',
      '',
      mdTable(
        ['Conduit', 'From', 'To', 'Protocol', 'Port'],
        result.unexercised.map((u: UnexercisedFlow) => [
          mdCell(u.conduit),
          mdCell(zone(u.from)),
          mdCell(zone(u.to)),
          mdCell(u.protocol),
          mdCell(u.port === null ? '' : String(u.port)),
        ]),
      ),
      '',
    );
  return `${out.join('\n').trimEnd()}\n`;
}
