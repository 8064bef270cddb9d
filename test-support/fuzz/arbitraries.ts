/**
 * fast-check arbitraries shared by property and fuzz tests: random VALID models (every reference
 * resolves, zones nest without cycles, flows stay inside their conduit) with plain, hostile or
 * mixed text, plus hostile strings on their own and a fixed "everything is hostile" model.
 *
 * Test-only code: imported by *.test.ts files and e2e specs, never by the app or the CLI.
 */
import fc from 'fast-check';
import { ASSET_TYPES } from '../../src/domain/catalog/asset-types';
import { CONTROLS } from '../../src/domain/catalog/controls';
import { PURDUE_LEVELS, ZONE_KINDS } from '../../src/domain/catalog/zone-kinds';
import { LIMITS } from '../../src/domain/model/limits';
import type { Asset, Conduit, Flow, Model, Note, Position, Zone } from '../../src/domain/model/schema';

// ---------------------------------------------------------------------------------------------
// Hostile text

/** Right-to-left override, isolates, zero-width characters and the BOM: text that lies about itself. */
export const INVISIBLE_AND_BIDI = [
  '\u202E',
  '\u202D',
  '\u2066',
  '\u2067',
  '\u2068',
  '\u2069',
  '\u200B',
  '\u200C',
  '\u200D',
  '\u2060',
  '\uFEFF',
];

/** Payloads that do harm when a renderer or a spreadsheet treats text as markup or formulas. */
export const HOSTILE_SNIPPETS: readonly string[] = [
  '<script>window.__pwned=1</script>',
  '"><svg onload=window.__pwned=1>',
  "'><img src=x onerror=window.__pwned=1>",
  '<iframe src="javascript:window.__pwned=1"></iframe>',
  'javascript:window.__pwned=1',
  '<a href="javascript:window.__pwned=1">click</a>',
  '[click](javascript:window.__pwned=1)',
  '![img](https://attacker.invalid/x.png)',
  '<style>*{display:none}</style>',
  '</textarea></title></style><script>window.__pwned=1</script>',
  ']]><!-- <![CDATA[ x ]]>',
  '&lt;not-a-tag&gt; &amp; &#x3C;script&#x3E;',
  '{{constructor.constructor("window.__pwned=1")()}}',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a template-injection payload, on purpose
  '${window.__pwned=1}',
  "=cmd|' /C calc'!A0",
  '+1+1',
  '-2+3',
  '@SUM(1,1)',
  '\t=1+1',
  '\r=1+1',
  '=HYPERLINK("https://attacker.invalid","x")',
  '| a | b |\n# heading\n---',
  'line1\r\nline2\rline3\nline4',
  '"quoted, with comma"',
  '\u001B[31mred\u001B[0m',
  '\u0000\u0007\u0008\u000B\u000C',
  'evil\u202Egnp.exe',
  '\u2066hidden\u2069',
  'zero\u200Bwidth\u200Djoin\uFEFF',
  '\uD800 lone high, lone low \uDFFF',
  '%s%n%x',
  '__proto__',
  'constructor',
];

/** The snippet every e2e/exporter test looks for; unique so a hit is unambiguous. */
export const SCRIPT_PAYLOAD = '<script>window.__pwned=1</script>';
export const SVG_ONLOAD_PAYLOAD = '"><svg onload=window.__pwned=1>';
export const JS_URL_PAYLOAD = 'javascript:window.__pwned=1';
export const CSV_FORMULA_PAYLOAD = "=cmd|' /C calc'!A0";

/** A string of exactly `length` characters built by repeating `seed`. */
export function longString(length: number, seed = 'A<b>'): string {
  return seed.repeat(Math.ceil(length / seed.length)).slice(0, length);
}

const cap = (max: number) => (s: string) => s.slice(0, max);

/** Hostile strings: snippets glued together, with bidi/zero-width noise, sometimes very long. */
export function hostileStringArb(maxLength: number = LIMITS.name): fc.Arbitrary<string> {
  const piece = fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...HOSTILE_SNIPPETS) },
    { weight: 2, arbitrary: fc.constantFrom(...INVISIBLE_AND_BIDI) },
    { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) },
    { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 8 }) },
  );
  const glued = fc.array(piece, { minLength: 1, maxLength: 4 }).map((parts) => parts.join(''));
  // Long text goes up to the name limit (5,000); longer text is covered by the limit tests.
  const longLength = Math.min(maxLength, LIMITS.name);
  const long = fc.constantFrom(...HOSTILE_SNIPPETS).map((s) => longString(longLength, `${s} `));
  return fc
    .oneof({ weight: 12, arbitrary: glued }, { weight: 1, arbitrary: long })
    .map(cap(maxLength))
    .filter((s) => s.length > 0);
}

export type TextMode = 'plain' | 'hostile' | 'mixed';

const WORDS = [
  'Control',
  'PLC',
  'line 2',
  'Historian',
  'DMZ',
  'north',
  'Pump-07',
  'SCADA',
  'ops',
  'Zone',
  'A',
  '12',
];

/** Ordinary text, built from words (per-character arbitraries cost ten times more to generate). */
function plainStringArb(maxLength: number, minLength = 0): fc.Arbitrary<string> {
  return fc
    .array(fc.constantFrom(...WORDS), { minLength: minLength > 0 ? 1 : 0, maxLength: 3 })
    .map((words) => words.join(' ').slice(0, maxLength));
}

/** Text for a field that holds at most `maxLength` characters. */
export function textArb(mode: TextMode, maxLength: number, minLength = 0): fc.Arbitrary<string> {
  const plain = plainStringArb(maxLength, minLength);
  if (mode === 'plain') return plain;
  const hostile = hostileStringArb(maxLength);
  if (mode === 'hostile') return hostile;
  return fc.oneof(
    { weight: 4, arbitrary: plain },
    { weight: 2, arbitrary: hostile },
    {
      weight: 1,
      arbitrary: fc.string({ unit: 'binary', minLength, maxLength: Math.min(maxLength, 30) }),
    },
  );
}

/**
 * Ids: mostly short and boring, sometimes hostile or named after Object.prototype members
 * (ids end up as object keys, DOM attributes and XML ids, so these must all be safe).
 * `__proto__` is excluded: the format reserves it (see model/integrity.ts).
 */
export function idArb(mode: TextMode, prototypeNames = true): fc.Arbitrary<string> {
  const boring = fc
    .tuple(fc.constantFrom('z', 'a', 'c', 'n', 'zone-', 'asset_'), fc.nat({ max: 999 }))
    .map(([p, n]) => `${p}${n}`);
  if (mode === 'plain') return boring;
  return fc
    .oneof(
      { weight: 6, arbitrary: boring },
      {
        weight: 1,
        arbitrary: fc.constantFrom(
          ...(prototypeNames ? ['constructor', 'toString', 'hasOwnProperty', 'valueOf'] : []),
          '0',
          '-1',
        ),
      },
      { weight: 2, arbitrary: hostileStringArb(LIMITS.id) },
    )
    .filter((s) => s.length > 0 && s !== '__proto__' && (prototypeNames || !(s in Object.prototype)));
}

// ---------------------------------------------------------------------------------------------
// Model pieces

export const levelArb = fc.integer({ min: 0, max: 4 });
export const slArb: fc.Arbitrary<number | number[]> = fc.oneof(
  levelArb,
  fc.array(levelArb, { minLength: 7, maxLength: 7 }),
);
const slTargetArb: fc.Arbitrary<number | number[] | null> = fc.oneof(
  { weight: 4, arbitrary: slArb },
  { weight: 1, arbitrary: fc.constant(null) },
);

/** Finite coordinates; -0 is left out because JSON writes it as 0 (same value, different bits). */
const coordinate = fc
  .oneof(
    fc.integer({ min: -5000, max: 5000 }),
    fc.double({ min: -LIMITS.coordinate, max: LIMITS.coordinate, noNaN: true }),
  )
  .map((n) => (Object.is(n, -0) ? 0 : n));
const extent = fc
  .oneof(
    fc.integer({ min: 1, max: 2000 }),
    fc.double({ min: Number.MIN_VALUE, max: LIMITS.coordinate, noNaN: true }),
  )
  .filter((n) => n > 0);

export const positionArb: fc.Arbitrary<Position> = fc.record(
  { x: coordinate, y: coordinate, width: extent, height: extent },
  { requiredKeys: ['x', 'y'] },
);

/** Rule ids from the engine's table (issue 2) plus a few unknown ones users may have typed. */
export const RULE_IDS = [
  'conduit-capability-below-target',
  'conduit-capability-unknown',
  'conduit-target-below-zones',
  'asset-capability-below-zone-target',
  'zone-target-missing',
  'it-to-control-without-dmz',
  'business-asset-in-iacs-zone',
  'safety-asset-outside-safety-zone',
  'non-safety-asset-in-safety-zone',
  'transient-asset-not-isolated',
  'wireless-asset-not-isolated',
  'external-asset-not-isolated',
  'conduit-flow-any',
  'conduit-flows-undocumented',
  'unidirectional-reverse-flow',
  'untrusted-conduit-without-encryption',
  'untrusted-access-without-mfa',
  'remote-access-unmanaged',
  'boundary-not-fail-safe',
  'safety-zone-exposed',
  'defense-in-depth-shallow',
  'zone-empty',
] as const;

function zoneArb(id: string, earlierZoneIds: readonly string[], mode: TextMode): fc.Arbitrary<Zone> {
  const fields = {
    id: fc.constant(id),
    name: textArb(mode, LIMITS.name),
    kind: fc.constantFrom(...ZONE_KINDS),
    purdueLevel: fc.constantFrom(...PURDUE_LEVELS),
    slTarget: slTargetArb,
    description: textArb(mode, LIMITS.text),
    owner: textArb(mode, LIMITS.name),
  };
  // Parents only among earlier zones: nesting without cycles by construction.
  if (earlierZoneIds.length === 0)
    return fc.record(fields, { requiredKeys: ['id', 'name', 'kind'] }) as fc.Arbitrary<Zone>;
  return fc.record(
    { ...fields, parentId: fc.constantFrom(...earlierZoneIds) },
    { requiredKeys: ['id', 'name', 'kind'] },
  ) as fc.Arbitrary<Zone>;
}

const assetTypeIdArb = fc.oneof(
  { weight: 9, arbitrary: fc.constantFrom(...ASSET_TYPES.map((t) => t.id)) },
  { weight: 1, arbitrary: fc.constantFrom('custom-type', 'future-type-v2') },
);

function assetArb(id: string, zoneIds: readonly string[], mode: TextMode): fc.Arbitrary<Asset> {
  return fc.record(
    {
      id: fc.constant(id),
      name: textArb(mode, LIMITS.name),
      type: assetTypeIdArb,
      zoneId: fc.constantFrom(...zoneIds),
      slCapability: slArb,
      safetyRelated: fc.boolean(),
      wireless: fc.boolean(),
      transient: fc.boolean(),
      externalNetwork: fc.boolean(),
      vendor: textArb(mode, LIMITS.name),
      model: textArb(mode, LIMITS.name),
      addresses: fc.array(textArb(mode, LIMITS.name), { maxLength: 3 }),
      description: textArb(mode, LIMITS.text),
    },
    { requiredKeys: ['id', 'name', 'type', 'zoneId'] },
  ) as fc.Arbitrary<Asset>;
}

function flowArb(members: readonly string[], mode: TextMode): fc.Arbitrary<Flow> {
  const k = members.length;
  return fc
    .record(
      {
        ends: fc.tuple(fc.nat({ max: k - 1 }), fc.integer({ min: 1, max: k - 1 })),
        protocol: fc.oneof(fc.constantFrom('modbus', 'opc-ua', 'https', 'any', 'ssh'), textArb(mode, 200, 1)),
        port: fc.oneof(fc.integer({ min: 0, max: 65535 }), fc.constant('any' as const)),
        description: textArb(mode, LIMITS.text),
      },
      { requiredKeys: ['ends', 'protocol'] },
    )
    .map(({ ends: [i, d], ...rest }) => ({ from: members[i]!, to: members[(i + d) % k]!, ...rest }) as Flow);
}

function conduitArb(id: string, zoneIds: readonly string[], mode: TextMode): fc.Arbitrary<Conduit> {
  return fc
    .shuffledSubarray([...zoneIds], { minLength: 2, maxLength: Math.min(4, zoneIds.length) })
    .chain((members) =>
      fc.record(
        {
          id: fc.constant(id),
          name: textArb(mode, LIMITS.name),
          zoneIds: fc.constant(members),
          type: fc.constantFrom('filtering', 'gateway', 'unidirectional'),
          direction: fc.constantFrom('bidirectional', 'forward'),
          controls: fc.uniqueArray(
            fc.oneof(
              { weight: 9, arbitrary: fc.constantFrom(...CONTROLS.map((c) => c.id)) },
              { weight: 1, arbitrary: fc.constant('custom-control') },
            ),
            { maxLength: 5 },
          ),
          slTarget: slTargetArb,
          slCapability: slArb,
          untrustedNetwork: fc.boolean(),
          remoteAccess: fc.boolean(),
          serviceProvider: fc.boolean(),
          flows: fc.array(flowArb(members, mode), { maxLength: 4 }),
          description: textArb(mode, LIMITS.text),
        },
        { requiredKeys: ['id', 'name', 'zoneIds', 'type'] },
      ),
    ) as fc.Arbitrary<Conduit>;
}

function noteArb(id: string, targets: readonly string[], mode: TextMode): fc.Arbitrary<Note> {
  const fields = {
    id: fc.constant(id),
    text: textArb(mode, LIMITS.text),
    author: textArb(mode, LIMITS.name),
    createdAt: fc.constantFrom('2024-05-01T10:00:00Z', '2025-01-31'),
  };
  if (targets.length === 0) return fc.record(fields, { requiredKeys: ['id', 'text'] }) as fc.Arbitrary<Note>;
  return fc.record(
    { ...fields, targetId: fc.constantFrom(...targets) },
    { requiredKeys: ['id', 'text'] },
  ) as fc.Arbitrary<Note>;
}

const ruleOverrideArb = fc.record(
  { enabled: fc.boolean(), severity: fc.constantFrom('error', 'warning', 'info') },
  { requiredKeys: [] },
);

export interface ModelArbOptions {
  /** 1..maxZones zones (default 6). */
  maxZones?: number;
  maxAssets?: number;
  maxConduits?: number;
  maxNotes?: number;
  /** Text in names, descriptions and ids (default 'mixed'). */
  text?: TextMode;
  /** Ids such as "constructor" that a plain-object lookup finds on Object.prototype (default true). */
  prototypeNames?: boolean;
}

/** Build an object from entries, so keys like "constructor" become plain own properties. */
function fromEntries<T>(entries: ReadonlyArray<readonly [string, T]>): Record<string, T> {
  const out: Record<string, T> = {};
  for (const [k, v] of entries)
    Object.defineProperty(out, k, { value: v, enumerable: true, writable: true, configurable: true });
  return out;
}

/** A random model that `parseModel` must accept. */
export function modelArb(options: ModelArbOptions = {}): fc.Arbitrary<Model> {
  const {
    maxZones = 6,
    maxAssets = 10,
    maxConduits = 6,
    maxNotes = 3,
    text = 'mixed',
    prototypeNames = true,
  } = options;
  return fc
    .record({
      zoneCount: fc.integer({ min: 1, max: Math.max(1, maxZones) }),
      assetCount: fc.integer({ min: 0, max: maxAssets }),
      conduitCount: fc.integer({ min: 0, max: maxConduits }),
      noteCount: fc.integer({ min: 0, max: maxNotes }),
    })
    .chain(({ zoneCount, assetCount, conduitCount: wanted, noteCount }) => {
      const conduitCount = zoneCount >= 2 ? wanted : 0;
      const total = zoneCount + assetCount + conduitCount + noteCount;
      return fc
        .uniqueArray(idArb(text, prototypeNames), { minLength: total, maxLength: total })
        .chain((ids) => {
          const zoneIds = ids.slice(0, zoneCount);
          const assetIds = ids.slice(zoneCount, zoneCount + assetCount);
          const conduitIds = ids.slice(zoneCount + assetCount, zoneCount + assetCount + conduitCount);
          const noteIds = ids.slice(zoneCount + assetCount + conduitCount);
          const elementIds = [...zoneIds, ...assetIds, ...conduitIds];
          const placed = [...zoneIds, ...assetIds, ...noteIds];
          return fc
            .record({
              meta: fc.record(
                {
                  name: textArb(text, LIMITS.name),
                  site: textArb(text, LIMITS.name),
                  description: textArb(text, LIMITS.text),
                  author: textArb(text, LIMITS.name),
                  updatedAt: fc.constantFrom('2025-03-01T12:00:00.000Z', '2024-12-24'),
                },
                { requiredKeys: ['name'] },
              ),
              zones: fc.tuple(...zoneIds.map((id, i) => zoneArb(id, zoneIds.slice(0, i), text))),
              assets: fc.tuple(...assetIds.map((id) => assetArb(id, zoneIds, text))),
              conduits: fc.tuple(...conduitIds.map((id) => conduitArb(id, zoneIds, text))),
              notes: fc.tuple(...noteIds.map((id) => noteArb(id, elementIds, text))),
              rules: fc.array(
                fc.tuple(
                  fc.oneof(fc.constantFrom(...RULE_IDS), idArb(text, prototypeNames)),
                  ruleOverrideArb,
                ),
                {
                  maxLength: 4,
                },
              ),
              positions: fc
                .subarray(placed)
                .chain((keys) => fc.tuple(...keys.map((k) => positionArb.map((p) => [k, p] as const)))),
              withNotes: fc.boolean(),
              withPolicy: fc.boolean(),
              withDiagram: fc.boolean(),
            })
            .map((r) => {
              const model: Model = {
                format: 'ot-zones',
                version: 1,
                meta: r.meta,
                zones: shuffleParentsFirst(r.zones),
                assets: r.assets,
                conduits: r.conduits,
              };
              if (r.withNotes || r.notes.length > 0) model.notes = r.notes;
              if (r.withPolicy) model.policy = { rules: fromEntries(r.rules) };
              if (r.withDiagram || r.positions.length > 0)
                model.diagram = { positions: fromEntries(r.positions) };
              return model;
            });
        });
    });
}

/** Zones are generated parents-first; reverse so children can also precede their parents in the file. */
function shuffleParentsFirst(zones: Zone[]): Zone[] {
  return zones.length % 2 === 0 ? [...zones].reverse() : zones;
}

// ---------------------------------------------------------------------------------------------
// A fixed model whose every text field is hostile (e2e and exporter tests)

/**
 * Every free-text field carries a different payload, names are 5,000 characters long, and ids
 * themselves are hostile. Valid: `parseModel` accepts it.
 */
export function hostileModel(): Model {
  const long = (payload: string) => longString(LIMITS.name, `${payload} `);
  const zA = '"><svg onload=window.__pwned=1>';
  const zB = 'z-<script>window.__pwned=1</script>';
  const zC = 'javascript:window.__pwned=1';
  const asset = "=cmd|' /C calc'!A0";
  const conduit = "c-'><img src=x onerror=window.__pwned=1>";
  return {
    format: 'ot-zones',
    version: 1,
    meta: {
      name: `Plant ${SCRIPT_PAYLOAD} \u202Eevil\u202C`,
      site: SVG_ONLOAD_PAYLOAD,
      description: `[click](${JS_URL_PAYLOAD}) <a href="${JS_URL_PAYLOAD}">x</a>`,
      author: CSV_FORMULA_PAYLOAD,
    },
    zones: [
      {
        id: zA,
        name: `IT ${SCRIPT_PAYLOAD}`,
        kind: 'enterprise',
        slTarget: 1,
        description: `<img src=x onerror=window.__pwned=1> ${JS_URL_PAYLOAD}`,
        owner: '@SUM(1,1)',
      },
      {
        id: zB,
        name: long(SVG_ONLOAD_PAYLOAD),
        kind: 'control',
        slTarget: [3, 2, 2, 1, 3, 1, 2],
        description: '\u2066hidden\u2069 zero\u200Bwidth',
      },
      {
        id: zC,
        name: `Cell \u202Egnp.exe ${JS_URL_PAYLOAD}`,
        kind: 'control',
        parentId: zB,
        slTarget: 2,
      },
    ],
    assets: [
      {
        id: asset,
        name: `=HYPERLINK("https://attacker.invalid","x") ${SCRIPT_PAYLOAD}`,
        type: 'plc',
        zoneId: zB,
        slCapability: 1,
        vendor: '+1+1',
        model: '-2+3',
        addresses: ['@SUM(1,1)', SVG_ONLOAD_PAYLOAD],
        description: '</textarea><script>window.__pwned=1</script>',
      },
      {
        id: 'a-erp',
        name: long(SCRIPT_PAYLOAD),
        type: 'erp',
        zoneId: zB,
        description: ']]><!-- <![CDATA[ x ]]>',
      },
      {
        id: 'a-hmi',
        name: `HMI ${SVG_ONLOAD_PAYLOAD}`,
        type: 'hmi',
        zoneId: zA,
        wireless: true,
      },
    ],
    conduits: [
      {
        id: conduit,
        name: `Direct ${SCRIPT_PAYLOAD} \u202E`,
        zoneIds: [zA, zB],
        type: 'gateway',
        controls: ['firewall', '<b>bold</b>'],
        slCapability: 1,
        untrustedNetwork: true,
        flows: [
          { from: zA, to: zB, protocol: SVG_ONLOAD_PAYLOAD, port: 'any', description: CSV_FORMULA_PAYLOAD },
          { from: zB, to: zA, protocol: 'any' },
        ],
        description: `<a href="${JS_URL_PAYLOAD}">docs</a>`,
      },
    ],
    notes: [
      { id: 'n1', text: `Sticky ${SCRIPT_PAYLOAD} ${SVG_ONLOAD_PAYLOAD}`, author: '-cmd' },
      { id: 'n2', text: `[x](${JS_URL_PAYLOAD})`, targetId: asset },
    ],
    policy: { rules: { 'zone-empty': { enabled: false } } },
    diagram: {
      positions: fromEntries([
        [zA, { x: 40, y: 40, width: 420, height: 260 }],
        [zB, { x: 560, y: 40, width: 520, height: 420 }],
        [zC, { x: 40, y: 120, width: 240, height: 180 }],
        [asset, { x: 40, y: 40 }],
        ['n1', { x: 40, y: 520 }],
      ]),
    },
  };
}
