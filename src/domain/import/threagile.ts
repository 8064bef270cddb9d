/**
 * Threagile YAML → model.
 *
 * - trust boundaries → zones, nested through `trust_boundaries_nested`; the Threagile type is kept
 *   in the description, the kind is guessed from the name;
 * - technical assets → assets in the (innermost) boundary listing them in
 *   `technical_assets_inside`; assets in no boundary go to an "Outside any trust boundary" zone;
 *   the type is guessed from name, technology and type; data assets processed/stored, CIA ratings
 *   and owner are kept in the description;
 * - communication links whose two assets are in different zones → conduit flows (protocol, and
 *   the port the protocol implies: https → 443); links inside one zone are dropped and counted;
 * - shared runtimes, risk tracking, abuse cases and the like have no place in a zone model:
 *   counted as dropped.
 */
import { plural } from '../text/plural';
import { type ImportResult, impliedPort, joinText, ModelBuilder, nameText } from './interop-model';
import { guessAssetType } from './shape-types';
import { isRecord, parseYamlSource, type Source, str } from './structured';

const list = (v: unknown): string[] =>
  Array.isArray(v) ? v.map(str).filter((s): s is string => s !== undefined) : [];
const entries = (v: unknown): Array<[string, Record<string, unknown>]> =>
  isRecord(v) ? Object.entries(v).filter((e): e is [string, Record<string, unknown>] => isRecord(e[1])) : [];

export function importThreagile(text: string): ImportResult {
  return importThreagileSource(parseYamlSource(text));
}

export function importThreagileSource(source: Source): ImportResult {
  const doc = isRecord(source.value) ? source.value : {};
  const at = source.place;
  const b = new ModelBuilder(
    nameText(doc.title, 'Imported Threagile model'),
    joinText(
      isRecord(doc.business_overview) ? str(doc.business_overview.description) : undefined,
      isRecord(doc.technical_overview) ? str(doc.technical_overview.description) : undefined,
    ),
  );

  // Trust boundaries: ids, and which boundary nests which.
  const boundaries = entries(doc.trust_boundaries);
  const byId = new Map(boundaries.map(([title, tb]) => [str(tb.id) ?? title, { title, tb }]));
  const nestedIn = new Map<string, string>();
  for (const [title, tb] of boundaries)
    for (const child of list(tb.trust_boundaries_nested)) {
      if (!byId.has(child))
        b.dropped(
          at(['trust_boundaries', title, 'trust_boundaries_nested']),
          `nested boundary "${child}" is not defined`,
        );
      else if (nestedIn.has(child))
        b.dropped(
          at(['trust_boundaries', title, 'trust_boundaries_nested']),
          `boundary "${child}" is nested in two boundaries; kept in the first`,
        );
      else nestedIn.set(child, str(tb.id) ?? title);
    }
  const depth = (id: string) => {
    let d = 0;
    for (let p = nestedIn.get(id); p !== undefined && d < 100; p = nestedIn.get(p)) d++;
    return d;
  };
  const zoneId = new Map<string, string>();
  for (const [id, { title, tb }] of [...byId].sort((x, y) => depth(x[0]) - depth(y[0]))) {
    const parent = nestedIn.get(id);
    const tags = list(tb.tags);
    const zid = b.addZone(
      {
        id,
        name: nameText(title, id),
        parentId: parent !== undefined ? zoneId.get(parent) : undefined,
        description: joinText(
          str(tb.description),
          str(tb.type) ? `Threagile boundary type: ${str(tb.type)}` : undefined,
          tags.length ? `Tags: ${tags.join(', ')}` : undefined,
        ),
      },
      at(['trust_boundaries', title]),
    );
    zoneId.set(id, zid);
  }

  // Which boundary holds each technical asset (the innermost when several list it).
  const assetBoundary = new Map<string, string>();
  for (const [id, { title, tb }] of byId)
    for (const asset of list(tb.technical_assets_inside)) {
      const known = assetBoundary.get(asset);
      if (known === undefined || depth(id) > depth(known)) assetBoundary.set(asset, id);
      else if (known !== id)
        b.dropped(
          at(['trust_boundaries', title, 'technical_assets_inside']),
          `asset "${asset}" is also inside "${known}"; kept there`,
        );
    }

  const dataNames = new Map(entries(doc.data_assets).map(([title, d]) => [str(d.id) ?? title, title]));
  const assets = entries(doc.technical_assets);
  const assetZone = new Map<string, string>();
  const assetName = new Map<string, string>();
  let outside: string | undefined;
  for (const [title, ta] of assets) {
    const id = str(ta.id) ?? title;
    const boundary = assetBoundary.get(id);
    let zone = boundary !== undefined ? zoneId.get(boundary) : undefined;
    if (!zone) {
      outside ??= b.addZone(
        {
          name: 'Outside any trust boundary',
          kind: 'external',
          description: 'Threagile technical assets that no trust boundary lists.',
        },
        '(whole file)',
      );
      zone = outside;
      b.guessed(
        at(['technical_assets', title]),
        `asset "${title}" is in no trust boundary; put in "Outside any trust boundary" (external)`,
      );
    }
    const technology = str(ta.technology) ?? '';
    const guess = guessAssetType(title, `${technology} ${str(ta.type) ?? ''}`);
    if (!guess.known)
      b.guessed(
        at(['technical_assets', title]),
        `asset "${title}" (technology ${technology || 'none'}): imported as a generic asset`,
      );
    const data = (key: string) => list(ta[key]).map((d) => dataNames.get(d) ?? d);
    const processed = data('data_assets_processed');
    const stored = data('data_assets_stored');
    const cia = ['confidentiality', 'integrity', 'availability'].map((k) => str(ta[k])).filter(Boolean);
    const assetId = b.addAsset({
      id,
      name: nameText(title, id),
      type: guess.type,
      zoneId: zone,
      externalNetwork: ta.internet === true ? true : undefined,
      description: joinText(
        str(ta.description) !== title ? str(ta.description) : undefined,
        `Threagile ${str(ta.type) ?? 'asset'}${technology ? `, technology ${technology}` : ''}${str(ta.owner) ? `, owner ${str(ta.owner)}` : ''}`,
        cia.length ? `CIA: ${cia.join(' / ')}` : undefined,
        processed.length ? `Data processed: ${processed.join(', ')}` : undefined,
        stored.length ? `Data stored: ${stored.join(', ')}` : undefined,
        ta.out_of_scope === true ? `Out of scope: ${str(ta.justification_out_of_scope) ?? 'yes'}` : undefined,
      ),
    });
    assetZone.set(id, zone);
    assetName.set(id, title);
    if (assetId !== id) assetZone.set(assetId, zone);
  }

  let within = 0;
  for (const [title, ta] of assets) {
    const sourceId = str(ta.id) ?? title;
    for (const [linkTitle, link] of entries(ta.communication_links)) {
      const place = at(['technical_assets', title, 'communication_links', linkTitle]);
      const target = str(link.target);
      const from = assetZone.get(sourceId);
      const to = target !== undefined ? assetZone.get(target) : undefined;
      if (!from || !to) {
        b.dropped(place, `link "${linkTitle}": target "${target ?? ''}" is not a technical asset`);
        continue;
      }
      if (from === to) {
        within++;
        b.dropped(
          place,
          `link "${linkTitle}" (${title} → ${assetName.get(target!)}) stays inside one zone (no conduit)`,
        );
        continue;
      }
      const protocol = str(link.protocol) || 'unspecified';
      const sent = list(link.data_assets_sent).map((d) => dataNames.get(d) ?? d);
      const received = list(link.data_assets_received).map((d) => dataNames.get(d) ?? d);
      const conduit = b.connect(from, to, {
        from,
        to,
        protocol,
        port: impliedPort(protocol.replace(/-encrypted$/, 's')) ?? impliedPort(protocol),
        description: joinText(
          `${linkTitle}: ${title} → ${assetName.get(target!)}${str(link.description) ? ` (${str(link.description)})` : ''}`,
          [
            str(link.authentication) ? `authentication ${str(link.authentication)}` : '',
            str(link.authorization) ? `authorization ${str(link.authorization)}` : '',
            link.vpn === true ? 'VPN' : '',
            link.ip_filtered === true ? 'IP filtered' : '',
            link.readonly === true ? 'read-only' : '',
          ]
            .filter(Boolean)
            .join(', ') || undefined,
          sent.length ? `sends ${sent.join(', ')}` : undefined,
          received.length ? `receives ${received.join(', ')}` : undefined,
        ),
      });
      if (conduit && link.vpn === true) conduit.controls = [...new Set([...(conduit.controls ?? []), 'vpn'])];
    }
  }
  if (within)
    b.dropped('$.technical_assets', `${plural(within, 'communication link')} inside one zone dropped`);

  for (const key of [
    'shared_runtimes',
    'risk_tracking',
    'individual_risk_categories',
    'abuse_cases',
    'security_requirements',
    'questions',
  ]) {
    const n = isRecord(doc[key]) ? Object.keys(doc[key]).length : 0;
    if (n) b.dropped(at([key]), `${n} ${key.replace(/_/g, ' ')} not imported (no place in a zone model)`);
  }
  return b.build();
}

export function looksLikeThreagile(value: unknown): boolean {
  return isRecord(value) && (value.threagile_version !== undefined || isRecord(value.technical_assets));
}
