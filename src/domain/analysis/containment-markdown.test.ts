import { describe, expect, it } from 'vitest';
import { conduit, flow, model, zone } from '../../../test-support/analysis-fixtures';
import { mdText } from '../text/markdown';
import { containment } from './containment';
import { containmentMarkdown } from './containment-markdown';

function draft(m: ReturnType<typeof model>, zoneId: string, generatedAt?: string) {
  const r = containment(m, zoneId);
  if (!r.ok) throw new Error(r.message);
  return containmentMarkdown(r.result, m, generatedAt ? { generatedAt } : {});
}

describe('containmentMarkdown', () => {
  const m = model(
    [
      zone('scada', 'supervisory', { name: 'SCADA' }),
      zone('ops', 'operations', { name: 'Site ops' }),
      zone('ra', 'remote-access'),
    ],
    [
      conduit('c1', ['ops', 'scada'], {
        name: 'Ops firewall',
        type: 'filtering',
        controls: ['island-mode', 'fail-close'],
        flows: [{ ...flow('scada', 'ops', 'opc-ua', 4840), description: 'Historian collection' }],
      }),
      conduit('c2', ['ra', 'scada'], { name: 'Vendor access', remoteAccess: true }),
    ],
  );

  it('writes the cut list, the lost flows and the checks as Markdown tables', () => {
    const md = draft(m, 'scada', '2025-03-14 09:30');
    expect(md).toContain('## Containment step: isolate SCADA\n');
    expect(md).toContain('**Scope:** SCADA (scada).');
    expect(md).toContain('from the model “test” on 2025-03-14 09:30');
    expect(md).toContain(
      '| 1 | Vendor access (c2) | Zone ra | gateway | **no** | **no** | 0 | remote access path |',
    );
    expect(md).toContain('| 2 | Ops firewall (c1) | Site ops | filtering | yes | yes | 1 | – |');
    expect(md).toContain('| Ops firewall | SCADA | Site ops | opc-ua | 4840 | Historian collection |');
    expect(md).toContain('- **Island mode:** not supported on Vendor access.');
    expect(md).toContain(
      '- **Unknown impact:** Vendor access lists no flows; find out what runs over it first.',
    );
    expect(md).toContain('- **Zone that loses data from the isolated scope:** Site ops. Tell its owner.');
    expect(md).toContain('- **Operations impact:** 1 documented flow stops.');
    expect(md).toContain('- [ ] The time of each cut is recorded in the incident log.');
    expect(md.endsWith('\n')).toBe(true);
  });

  it('says so when the zone has nothing to cut', () => {
    const md = draft(model([zone('a')]), 'a');
    expect(md).toContain('it is already isolated');
    expect(md).not.toContain('| # |');
  });

  it('renders hostile names as inert text', () => {
    const hostile = model(
      [zone('a', 'control', { name: '<script>alert(1)</script> | *x* [y](javascript:z)\nnext' }), zone('b')],
      [conduit('ab', ['a', 'b'], { name: 'a|b`c' })],
    );
    const md = draft(hostile, 'a');
    expect(md).not.toContain('<script>');
    expect(md).toContain('&lt;script&gt;alert(1)&lt;/script&gt; \\| \\*x\\* \\[y\\](javascript:z) next (a)');
    expect(md).toContain('a\\|b\\`c (ab)');
    // every table row still has the same number of cells
    const rows = md.split('\n').filter((l) => l.startsWith('| '));
    const cellCount = (l: string) => l.replace(/\\\|/g, '').split('|').length;
    expect(new Set(rows.map(cellCount)).size).toBe(1);
  });
});

describe('mdText', () => {
  it('folds line breaks, neutralises bidi overrides and control characters, escapes markup', () => {
    expect(mdText('a\r\nb\u202Ec_d~e\u0007')).toBe('a b\uFFFDc\\_d\\~e\uFFFD');
    expect(mdText('R&D <b>')).toBe('R&amp;D &lt;b&gt;');
  });
});

describe('containmentMarkdown: data loss downstream', () => {
  const chain = model(
    [
      zone('x', 'supervisory', { name: 'SCADA' }),
      zone('ops', 'operations', { name: 'Ops' }),
      zone('ent', 'enterprise'),
    ],
    [
      conduit('c1', ['x', 'ops'], { name: 'Ops ↔ SCADA', flows: [flow('x', 'ops', 'opc-ua', 4840)] }),
      conduit('c2', ['ops', 'ent'], { flows: [flow('ops', 'ent', 'https', 443)] }),
    ],
  );

  it('lists direct and further zones by depth with the path and the flows that explain them', () => {
    const md = draft(chain, 'x');
    expect(md).toContain('- **Further downstream:** Zone ent loses data that passes through the zones above');
    expect(md).toContain('### 4. Data loss downstream');
    expect(md).toContain('| 1 (direct) | Ops (ops) | SCADA → Ops | Ops ↔ SCADA (opc-ua/4840) |');
    expect(md).toContain(
      '| 2 | Zone ent (ent) | SCADA → Ops → Zone ent | Ops ↔ SCADA (opc-ua/4840); Conduit c2 (https/443) |',
    );
    expect(md).toContain('### 5. Verify');
    // Deterministic: the same model gives the same text.
    expect(draft(JSON.parse(JSON.stringify(chain)), 'x')).toBe(md);
  });

  it('has no downstream section when no zone loses data', () => {
    const md = draft(chain, 'ent');
    expect(md).not.toContain('Data loss downstream');
    expect(md).not.toContain('Further downstream');
    expect(md).toContain('### 4. Verify');
  });
});
