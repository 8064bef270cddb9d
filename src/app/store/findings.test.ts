import { describe, expect, it } from 'vitest';
import { emptyModel } from './editor-store';
import { evaluationFor } from './findings';

describe('evaluationFor', () => {
  it('reuses the evaluation while the model object is unchanged', () => {
    const m = emptyModel();
    const a = evaluationFor(m);
    expect(evaluationFor(m)).toBe(a);
    const b = evaluationFor({ ...m, zones: [{ id: 'z1', name: 'Z1', kind: 'control' }] });
    expect(b.counts.error + b.counts.warning + b.counts.info).toBe(b.findings.length);
  });
});
