import { describe, expect, it } from 'vitest';
import { formatIssue } from './issues';
import { parseModel, parseModelText } from './parse';

const base = () => ({
  format: 'ot-zones',
  version: 1,
  meta: { name: 'Test' },
  zones: [
    { id: 'z1', name: 'Control', kind: 'control', slTarget: 2 },
    { id: 'z2', name: 'Ops', kind: 'operations' },
  ],
  assets: [{ id: 'a1', name: 'PLC-1', type: 'plc', zoneId: 'z1' }],
  conduits: [
    {
      id: 'c1',
      name: 'C1',
      zoneIds: ['z1', 'z2'],
      type: 'filtering',
      flows: [{ from: 'z2', to: 'z1', protocol: 'modbus', port: 502 }],
    },
  ],
});

const messages = (input: unknown) => {
  const r = parseModel(input);
  return r.ok ? [] : r.issues.map(formatIssue);
};

describe('parseModel', () => {
  it('accepts a valid model unchanged', () => {
    const r = parseModel(base());
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.model).toEqual(base());
  });

  it('names the JSON path of a dangling conduit zone', () => {
    const m = base();
    m.conduits[0]!.zoneIds[1] = 'z9';
    expect(messages(m)).toContain('conduits[0].zoneIds[1]: unknown zone "z9"');
  });

  it('lists schema and reference problems in one round, each with its path', () => {
    const m = base() as Record<string, unknown> & ReturnType<typeof base>;
    (m.zones[1] as Record<string, unknown>).kind = 'castle'; // schema
    (m.assets[0] as Record<string, unknown>).zoneId = 'z9'; // reference
    m.conduits[0]!.flows[0]!.from = 'z7'; // reference
    const list = messages(m);
    expect(list.some((x) => x.startsWith('zones[1].kind:'))).toBe(true);
    expect(list).toContain('assets[0].zoneId: unknown zone "z9"');
    expect(list).toContain('conduits[0].flows[0].from: zone "z7" is not joined by this conduit');
  });

  it('does not repeat as a reference problem what the schema already reports', () => {
    const m = base();
    (m.assets[0] as Record<string, unknown>).zoneId = 42;
    (m.conduits[0]!.zoneIds as unknown[])[1] = null;
    const list = messages(m);
    expect(list.filter((x) => x.startsWith('assets[0].zoneId'))).toHaveLength(1);
    expect(list.filter((x) => x.startsWith('conduits[0].zoneIds[1]'))).toHaveLength(1);
    expect(list.join('\n')).not.toMatch(/u0000/);
    // the flow whose end was that zone is now "not joined" — a true, separate problem
  });

  it('reports duplicate ids across element kinds', () => {
    const m = base();
    m.assets[0]!.id = 'z1';
    expect(messages(m)).toEqual(['assets[0].id: duplicate id "z1" (already used by zones[0])']);
  });

  it('reports a cycle of parents once', () => {
    const m = base() as ReturnType<typeof base> & { zones: Array<{ parentId?: string }> };
    m.zones[0]!.parentId = 'z2';
    m.zones[1]!.parentId = 'z1';
    const out = messages(m);
    expect(out).toHaveLength(1);
    expect(out[0]).toMatch(/^zones\[0\]\.parentId: zones nest in a cycle/);
  });

  it('reports flows that leave their conduit', () => {
    const m = base();
    m.conduits[0]!.flows![0]!.from = 'elsewhere';
    expect(messages(m)).toContain(
      'conduits[0].flows[0].from: zone "elsewhere" is not joined by this conduit',
    );
  });

  it('reports schema violations with paths, e.g. a level above 4 in an SL vector', () => {
    const m = base() as unknown as { zones: Array<{ slTarget: unknown }> };
    m.zones[0]!.slTarget = [1, 2, 3, 4, 5, 1, 1];
    expect(messages(m)[0]).toMatch(/^zones\[0\]\.slTarget/);
  });

  it('rejects unknown fields so that typos are not silently ignored', () => {
    const m = base() as unknown as { zones: Array<Record<string, unknown>> };
    m.zones[0]!.slTraget = 2;
    expect(messages(m)[0]).toMatch(/^zones\[0\]/);
    expect(messages(m)[0]).toMatch(/slTraget/);
  });

  it('refuses files from a newer format version', () => {
    expect(messages({ ...base(), version: 2 })[0]).toMatch(/^version: .*newer ot-zones/);
  });
});

describe('parseModelText', () => {
  it('gives line and column for JSON syntax errors', () => {
    const r = parseModelText('{\n  "format": "ot-zones",\n  oops\n}');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues[0]!.message).toMatch(/line 3/);
  });

  it('accepts a UTF-8 byte order mark', () => {
    expect(parseModelText(`\uFEFF${JSON.stringify(base())}`).ok).toBe(true);
  });

  it('refuses deeply nested input without overflowing the stack', () => {
    const r = parseModelText('['.repeat(10_000) + ']'.repeat(10_000));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues[0]!.message).toMatch(/nested deeper/);
  });

  it('refuses binary data', () => {
    const r = parseModelText('PK\u0003\u0004\u0000\u0000');
    expect(r.ok).toBe(false);
  });
});
