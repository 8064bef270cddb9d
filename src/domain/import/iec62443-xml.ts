/**
 * design.iec62443.au zone-and-conduit XML (`<zoneConduitDesign>`) → model.
 *
 * No public sample of this format was available when this was written, so the reader follows
 * the issue's description and is tolerant about spelling: element names are matched without case
 * ("zone", "subsystem", "asset"/"component"/"device", "conduit", "flow"), values may be attributes
 * or child elements. What it maps:
 * - zones, nested (a <zone> inside a <zone>, or parent="id"); SL-T as "2", "SL 2", a 7-value
 *   vector ("2,2,1,1,2,1,1" or FR attributes) or none ("none", noSlt="true", with a reason);
 * - subsystems: their assets go to the enclosing zone, the subsystem's name kept in each asset's
 *   description (ot-zones has no subsystem element);
 * - assets with their addresses (ip/address attributes or <address> children) and type (guessed);
 * - conduits between two or more zones, with type (firewall/filtering, gateway/proxy,
 *   diode/unidirectional) and direction, and their flows;
 * - zone/conduit attributes: the IEC 62443-3-2 ZCR 6 ones go to characteristics, the rest into the
 *   description. Anything else is listed as dropped with its XML line.
 */
import type { Characteristics, Conduit, ConduitType, Flow } from '../model/schema';
import { ImportError, type ImportResult, joinText, longText, ModelBuilder, nameText } from './interop-model';
import { parseXml, type XmlElement } from './safe-xml';
import { guessAssetType } from './shape-types';

const lower = (s: string) => s.toLowerCase().replace(/[-_\s]/g, '');

/** An attribute or a child element's text, by any of the names (case and -/_ ignored). */
function value(e: XmlElement, ...names: string[]): string | undefined {
  const wanted = new Set(names.map(lower));
  for (const [k, v] of Object.entries(e.attrs)) if (wanted.has(lower(k)) && v.trim()) return v.trim();
  for (const c of e.children) if (wanted.has(lower(c.name)) && c.text.trim()) return c.text.trim();
  return undefined;
}

const is = (e: XmlElement, ...names: string[]) => names.map(lower).includes(lower(e.name));

const FR_NAMES = ['fr1', 'fr2', 'fr3', 'fr4', 'fr5', 'fr6', 'fr7'];
const FR_SHORT = ['iac', 'uc', 'si', 'dc', 'rdf', 'tre', 'ra'];

type SlResult = { sl?: number | number[]; none?: string; bad?: string };

function readSl(e: XmlElement): SlResult {
  const noSl = value(e, 'noSlt', 'noSlTarget', 'noSLT');
  if (noSl !== undefined && /^(true|yes|1)$/i.test(noSl))
    return { none: value(e, 'noSltReason', 'noSlTargetReason', 'reason') ?? 'no SL-T (design.iec62443.au)' };
  const el = e.children.find((c) => is(c, 'slt', 'slTarget', 'securityLevelTarget', 'sl-t'));
  if (el) {
    const frs = FR_NAMES.map(
      (fr, i) =>
        el.attrs[fr] ??
        el.attrs[fr.toUpperCase()] ??
        el.attrs[FR_SHORT[i]!] ??
        el.attrs[FR_SHORT[i]!.toUpperCase()],
    );
    if (frs.every((v) => v !== undefined)) return parseSlText(frs.join(','));
  }
  const text = value(e, 'slt', 'slTarget', 'securityLevelTarget', 'sl-t', 'targetSecurityLevel');
  return text === undefined ? {} : parseSlText(text);
}

function parseSlText(text: string): SlResult {
  const t = text.trim();
  if (/^(none|n\/?a|no sl-?t|-|–)$/i.test(t)) return { none: 'no SL-T (design.iec62443.au)' };
  const single = /^(?:sl[\s-]?t?\s*)?([0-4])$/i.exec(t);
  if (single) return { sl: Number(single[1]) };
  const parts = t
    .replace(/^\[|\]$/g, '')
    .split(/[\s,;]+/)
    .filter(Boolean);
  if (parts.length === 7 && parts.every((p) => /^[0-4]$/.test(p))) return { sl: parts.map(Number) };
  return { bad: t };
}

/** design.iec62443.au attribute names → ZCR 6 characteristics. */
const CHARACTERISTICS: ReadonlyArray<[RegExp, keyof Characteristics]> = [
  [/accountable|organi[sz]ation|owner/i, 'accountableOrganisation'],
  [/logical.*boundar/i, 'logicalBoundary'],
  [/physical.*boundar/i, 'physicalBoundary'],
  [/logical.*access/i, 'logicalAccessPoints'],
  [/physical.*access/i, 'physicalAccessPoints'],
  [/safety/i, 'safetyDesignation'],
  [/polic/i, 'securityPolicies'],
  [/assumption/i, 'assumptions'],
  [/threat/i, 'threatEnvironment'],
  [/regulat|legal|compliance/i, 'regulatoryRequirements'],
  [/rationale|justification/i, 'slTargetRationale'],
];

/** <attribute name="…">value</attribute> (or <attributes><x>value</x>) → characteristics + leftover lines. */
function readAttributes(e: XmlElement): { characteristics: Characteristics; rest: string[] } {
  const characteristics: Characteristics = {};
  const rest: string[] = [];
  const holders = e.children.filter((c) => is(c, 'attributes', 'characteristics', 'properties'));
  const items = [
    ...e.children.filter((c) => is(c, 'attribute', 'characteristic', 'property')),
    ...holders.flatMap((h) => h.children),
  ];
  for (const item of items) {
    const key = is(item, 'attribute', 'characteristic', 'property')
      ? (item.attrs.name ?? item.attrs.key ?? '')
      : item.name;
    const text = (item.attrs.value ?? item.text).trim();
    if (!key || !text) continue;
    const target = CHARACTERISTICS.find(([re]) => re.test(key))?.[1];
    if (target && target !== 'noSlTarget' && characteristics[target] === undefined)
      (characteristics as Record<string, string>)[target] = longText(text)!;
    else rest.push(`${key}: ${text}`);
  }
  return { characteristics, rest };
}

function conduitType(text: string | undefined): ConduitType | undefined {
  if (!text) return undefined;
  if (/diode|unidirectional|one[- ]?way/i.test(text)) return 'unidirectional';
  if (/gateway|proxy|broker|jump/i.test(text)) return 'gateway';
  if (/firewall|filter|acl|router/i.test(text)) return 'filtering';
  return undefined;
}

const KNOWN_ZONE_CHILDREN = new Set(
  [
    'zone',
    'subsystem',
    'asset',
    'component',
    'device',
    'description',
    'slt',
    'sltarget',
    'securityleveltarget',
    'attributes',
    'attribute',
    'characteristics',
    'characteristic',
    'properties',
    'property',
    'name',
    'noslt',
    'address',
    'addresses',
    'assets',
    'zones',
    'subsystems',
    'kind',
    'level',
    'purduelevel',
  ].map(lower),
);

export function importIec62443Xml(text: string): ImportResult {
  const root = parseXml(text);
  if (!is(root, 'zoneConduitDesign'))
    throw new ImportError(`XML line ${root.line}`, `expected <zoneConduitDesign>, found <${root.name}>`);
  const b = new ModelBuilder(
    nameText(value(root, 'name', 'title', 'project') ?? '', 'Imported zone and conduit design'),
    value(root, 'description'),
  );
  const place = (e: XmlElement) => `XML line ${e.line} <${e.name}>`;
  const zoneByRef = new Map<string, string>();

  const addAssets = (holder: XmlElement, zoneId: string, subsystem?: string) => {
    for (const c of holder.children) {
      if (is(c, 'assets')) addAssets(c, zoneId, subsystem);
      else if (is(c, 'subsystem', 'subsystems')) {
        const name = value(c, 'name', 'title') ?? 'Subsystem';
        if (is(c, 'subsystem'))
          b.guessed(
            place(c),
            `subsystem "${nameText(name, '')}": its assets go to the zone, the subsystem's name into their descriptions`,
          );
        addAssets(c, zoneId, is(c, 'subsystem') ? name : subsystem);
      } else if (is(c, 'asset', 'component', 'device')) {
        const name = nameText(value(c, 'name', 'title', 'label') ?? '', 'Asset');
        const typeText = value(c, 'type', 'category', 'kind') ?? '';
        const guess = guessAssetType(`${name} ${typeText}`.trim(), typeText);
        if (!guess.known)
          b.guessed(place(c), `asset "${name}": type not recognised, imported as a generic asset`);
        const addresses = [
          ...['ip', 'ipAddress', 'address', 'addresses', 'hostname']
            .map((k) => Object.entries(c.attrs).find(([a]) => lower(a) === lower(k))?.[1])
            .filter((v): v is string => !!v)
            .flatMap((v) => v.split(/[\s,;]+/)),
          ...c.children.filter((x) => is(x, 'address', 'ip')).map((x) => x.text.trim()),
          ...c.children
            .filter((x) => is(x, 'addresses'))
            .flatMap((x) => x.children.map((y) => y.text.trim())),
        ].filter(Boolean);
        b.addAsset({
          id: value(c, 'id'),
          name,
          type: guess.type,
          zoneId,
          vendor: value(c, 'vendor', 'manufacturer'),
          model: value(c, 'model'),
          addresses: addresses.length ? [...new Set(addresses)] : undefined,
          description: joinText(
            value(c, 'description'),
            typeText ? `Type: ${typeText}` : undefined,
            subsystem ? `Subsystem: ${subsystem}` : undefined,
          ),
        });
      }
    }
  };

  const addZone = (e: XmlElement, parentId: string | undefined) => {
    const name = nameText(value(e, 'name', 'title', 'label') ?? '', 'Zone');
    const sl = readSl(e);
    if (sl.bad) b.dropped(place(e), `zone "${name}": SL-T "${sl.bad}" not understood; left unset`);
    const { characteristics, rest } = readAttributes(e);
    if (sl.none) characteristics.noSlTarget = { reason: sl.none };
    const kindText = value(e, 'kind', 'zoneType', 'type');
    const id = b.addZone(
      {
        id: value(e, 'id'),
        name,
        parentId,
        slTarget: sl.none ? null : sl.sl,
        description: joinText(
          value(e, 'description'),
          kindText ? `Zone type: ${kindText}` : undefined,
          ...rest,
        ),
        characteristics: Object.keys(characteristics).length ? characteristics : undefined,
      },
      place(e),
    );
    for (const ref of [value(e, 'id'), name]) if (ref) zoneByRef.set(ref, id);
    addAssets(e, id);
    for (const c of e.children) {
      if (is(c, 'zone')) addZone(c, id);
      else if (is(c, 'zones')) for (const z of c.children.filter((x) => is(x, 'zone'))) addZone(z, id);
      else if (!KNOWN_ZONE_CHILDREN.has(lower(c.name)))
        b.dropped(place(c), `<${c.name}> in zone "${name}" is not imported`);
    }
  };

  const zoneEls: XmlElement[] = [];
  const conduitEls: XmlElement[] = [];
  for (const c of root.children) {
    if (is(c, 'zone')) zoneEls.push(c);
    else if (is(c, 'zones')) zoneEls.push(...c.children.filter((x) => is(x, 'zone')));
    else if (is(c, 'conduit')) conduitEls.push(c);
    else if (is(c, 'conduits')) conduitEls.push(...c.children.filter((x) => is(x, 'conduit')));
    else if (!is(c, 'name', 'title', 'description', 'project'))
      b.dropped(place(c), `<${c.name}> is not imported`);
  }
  // A zone may name its parent by attribute instead of nesting.
  const byParent = (ref: string | undefined) =>
    zoneEls.filter((z) => (value(z, 'parent', 'parentId', 'parentZone') ?? undefined) === ref);
  const done = new Set<XmlElement>();
  const walk = (ref: string | undefined, parentId: string | undefined) => {
    for (const z of byParent(ref)) {
      if (done.has(z)) continue;
      done.add(z);
      addZone(z, parentId);
      const own = value(z, 'id');
      if (own) walk(own, zoneByRef.get(own));
    }
  };
  walk(undefined, undefined);
  for (const z of zoneEls)
    if (!done.has(z)) {
      b.dropped(
        place(z),
        `parent zone "${value(z, 'parent', 'parentId', 'parentZone')}" does not exist; zone imported at the top`,
      );
      addZone(z, undefined);
    }

  for (const c of conduitEls) {
    const name = nameText(value(c, 'name', 'title', 'label') ?? '', 'Conduit');
    const refs = [
      ...['from', 'to', 'zoneA', 'zoneB', 'source', 'target', 'zone1', 'zone2'].map((k) => value(c, k)),
      ...c.children
        .filter((x) => is(x, 'zoneRef', 'end', 'endpoint', 'connects'))
        .map((x) => x.attrs.ref ?? x.attrs.zone ?? x.attrs.id ?? x.text.trim()),
    ].filter((r): r is string => !!r);
    const zones = [...new Set(refs.map((r) => zoneByRef.get(r)).filter((z): z is string => !!z))];
    const unknown = refs.filter((r) => !zoneByRef.has(r));
    if (unknown.length)
      b.dropped(place(c), `conduit "${name}": unknown zone ${unknown.map((u) => `"${u}"`).join(', ')}`);
    if (zones.length < 2) {
      b.dropped(place(c), `conduit "${name}" does not join two zones; not imported`);
      continue;
    }
    const typeText = value(c, 'type', 'conduitType', 'kind');
    const type = conduitType(typeText);
    if (!type) b.guessed(place(c), `conduit "${name}": type "${typeText ?? 'none'}" read as filtering`);
    const directionText = value(c, 'direction', 'flowDirection');
    const oneWay =
      directionText !== undefined &&
      /uni|one|forward|->|→|to/i.test(directionText) &&
      !/bi|both/i.test(directionText);
    const sl = readSl(c);
    if (sl.bad) b.dropped(place(c), `conduit "${name}": SL-T "${sl.bad}" not understood; left unset`);
    const { characteristics, rest } = readAttributes(c);
    if (sl.none) characteristics.noSlTarget = { reason: sl.none };
    const conduit: Conduit = {
      id: b.newId(value(c, 'id'), `conduit ${name}`),
      name,
      zoneIds: zones,
      type: type ?? 'filtering',
    };
    if (oneWay && conduit.type !== 'unidirectional') conduit.direction = 'forward';
    if (sl.none) conduit.slTarget = null;
    else if (sl.sl !== undefined) conduit.slTarget = sl.sl;
    const description = joinText(
      value(c, 'description'),
      typeText && !type ? `Conduit type: ${typeText}` : undefined,
      ...rest,
    );
    if (description) conduit.description = description;
    if (Object.keys(characteristics).length) conduit.characteristics = characteristics;
    const flows: Flow[] = [];
    for (const f of c.children.filter((x) => is(x, 'flow', 'dataflow', 'service'))) {
      const from = zoneByRef.get(value(f, 'from', 'source') ?? '') ?? (oneWay ? zones[0] : undefined);
      const to =
        zoneByRef.get(value(f, 'to', 'target', 'destination') ?? '') ?? (oneWay ? zones[1] : undefined);
      const protocol = value(f, 'protocol', 'name', 'service');
      if (!from || !to || from === to || !zones.includes(from) || !zones.includes(to) || !protocol) {
        b.dropped(
          place(f),
          `flow in conduit "${name}" names no protocol or no two of its zones; not imported`,
        );
        continue;
      }
      const portText = value(f, 'port');
      const port = portText === undefined ? undefined : /^any$/i.test(portText) ? 'any' : Number(portText);
      const flow: Flow = { from, to, protocol: nameText(protocol, 'unspecified').slice(0, 200) };
      if (
        port === 'any' ||
        (typeof port === 'number' && Number.isInteger(port) && port >= 0 && port <= 65535)
      )
        flow.port = port;
      const about = value(f, 'description');
      if (about) flow.description = about;
      flows.push(flow);
    }
    if (flows.length) conduit.flows = flows;
    b.addConduit(conduit);
  }
  return b.build();
}

export function looksLikeIec62443Xml(text: string): boolean {
  return /<zoneConduitDesign[\s>]/i.test(text.slice(0, 4096));
}
