import { describe, expect, it } from 'vitest';
import { updateZone } from '../../domain/edit/update';
import { evaluate } from '../../domain/engine/evaluate';
import { buildIndex } from '../../domain/model/derive';
import { demoModel } from '../../samples';
import { evaluationFor, indexFor, useDerived } from './derived';
import { useEditor } from './editor-store';

describe('indexFor', () => {
  it('builds the index once per model object and again for an edited model', () => {
    const model = demoModel();
    const first = indexFor(model);
    expect(indexFor(model)).toBe(first);
    expect(first).toEqual(buildIndex(model));
    const edited = updateZone(model, model.zones[0]!.id, { name: 'Renamed' });
    const second = indexFor(edited);
    expect(second).not.toBe(first);
    expect(second.zone.get(model.zones[0]!.id)?.name).toBe('Renamed');
  });
});

describe('the derived store', () => {
  it('publishes the evaluation of every model the editor holds, the same object evaluationFor returns', () => {
    const model = demoModel();
    useEditor.getState().replaceModel(model, { documentId: null });
    expect(useDerived.getState().model).toBe(model);
    expect(useDerived.getState().evaluation).toBe(evaluationFor(model));
    expect(useDerived.getState().evaluation.findings).toEqual(evaluate(model).findings);

    const zone = model.zones.find((z) => z.slTarget !== undefined) ?? model.zones[0]!;
    useEditor.getState().applyEdit('Raise target', (m) => updateZone(m, zone.id, { slTarget: 4 }));
    const edited = useEditor.getState().model;
    expect(useDerived.getState().model).toBe(edited);
    expect(useDerived.getState().evaluation.findings).toEqual(evaluate(edited).findings);
  });
});
