import { describe, expect, it, vi } from 'vitest';
import { updateZone } from '../../domain/edit/update';
import { evaluate } from '../../domain/engine/evaluate';
import { generatePlant } from '../../domain/generate/plant-generator';
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

describe('opening a large plant', () => {
  it('paints first: the evaluation is published after the next frame, empty and "checking" until then', () => {
    vi.useFakeTimers();
    try {
      const plant = generatePlant('M', 3);
      useEditor.getState().replaceModel(plant, { documentId: null });
      const pending = useDerived.getState();
      expect(pending.model).toBe(plant);
      expect(pending.checking).toBe(true);
      expect(pending.evaluation.findings).toEqual([]);
      vi.runAllTimers();
      const done = useDerived.getState();
      expect(done.checking).toBe(false);
      expect(done.evaluation).toBe(evaluationFor(plant));
      expect(done.evaluation.findings.length).toBeGreaterThan(0);
    } finally {
      vi.useRealTimers();
    }
  });

  it('an edit while checking is evaluated at once, and the late check does not overwrite it', () => {
    vi.useFakeTimers();
    try {
      const plant = generatePlant('M', 4);
      useEditor.getState().replaceModel(plant, { documentId: null });
      expect(useDerived.getState().checking).toBe(true);
      const zone = plant.zones[0]!;
      useEditor.getState().applyEdit('Raise target', (m) => updateZone(m, zone.id, { slTarget: 4 }));
      const edited = useEditor.getState().model;
      expect(useDerived.getState().checking).toBe(false);
      expect(useDerived.getState().evaluation).toBe(evaluationFor(edited));
      vi.runAllTimers();
      expect(useDerived.getState().model).toBe(edited);
      expect(useDerived.getState().evaluation).toBe(evaluationFor(edited));
    } finally {
      vi.useRealTimers();
    }
  });

  it('a small diagram is checked at once when opened', () => {
    const model = demoModel();
    useEditor.getState().replaceModel(model, { documentId: null });
    expect(useDerived.getState().checking).toBe(false);
    expect(useDerived.getState().evaluation).toBe(evaluationFor(model));
  });
});
