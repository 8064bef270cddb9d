import { beforeEach, describe, expect, it } from 'vitest';
import type { Model } from '../../domain/model/schema';
import { demoModel } from '../../samples';
import { emptyModel, pruneSelection, redo, undo, useEditor } from './editor-store';

function withZone(m: Model, id: string): Model {
  return { ...m, zones: [...m.zones, { id, name: id, kind: 'control' }] };
}

describe('editor store history', () => {
  beforeEach(() => {
    useEditor.getState().replaceModel(emptyModel('t'), { documentId: null });
    useEditor.getState().select([]);
  });

  it('records one undo step per applyEdit and none for selection', () => {
    const s = useEditor.getState();
    s.applyEdit('Add z1', (m) => withZone(m, 'z1'));
    s.select(['z1']);
    s.applyEdit('Add z2', (m) => withZone(m, 'z2'));
    expect(useEditor.temporal.getState().pastStates).toHaveLength(2);
    undo();
    expect(useEditor.getState().model.zones.map((z) => z.id)).toEqual(['z1']);
    undo();
    expect(useEditor.getState().model.zones).toEqual([]);
    // the selected zone no longer exists, so it is no longer selected
    expect(useEditor.getState().selection).toEqual([]);
    redo();
    redo();
    expect(useEditor.getState().model.zones.map((z) => z.id)).toEqual(['z1', 'z2']);
  });

  it('ignores edits that return the same model', () => {
    useEditor.getState().applyEdit('nothing', (m) => m);
    expect(useEditor.temporal.getState().pastStates).toHaveLength(0);
    expect(useEditor.getState().lastEdit?.label).toBe('Open');
  });

  it('replaceModel clears history unless asked to keep it', () => {
    const s = useEditor.getState();
    s.applyEdit('Add z1', (m) => withZone(m, 'z1'));
    s.replaceModel(emptyModel('other'), { documentId: 'doc-1' });
    expect(useEditor.temporal.getState().pastStates).toHaveLength(0);
    expect(useEditor.getState().documentId).toBe('doc-1');
    s.replaceModel(withZone(emptyModel('x'), 'z9'), { keepHistory: true });
    expect(useEditor.temporal.getState().pastStates).toHaveLength(1);
    expect(useEditor.getState().documentId).toBe('doc-1');
    undo();
    expect(useEditor.getState().model.meta.name).toBe('other');
  });
});

describe('pruneSelection', () => {
  const demo = demoModel();
  const kept = [demo.zones[0]!.id, demo.assets[0]!.id, demo.conduits[0]!.id];

  it('keeps ids of zones, assets, conduits and notes, as the same array when all exist', () => {
    const withNote: Model = { ...demo, notes: [{ id: 'n-1', text: 'check' }] };
    const selection = [...kept, 'n-1'];
    expect(pruneSelection(withNote, selection)).toBe(selection);
  });

  it('drops ids that no longer exist', () => {
    expect(pruneSelection(demo, [...kept, 'gone', 'n-1'])).toEqual(kept);
  });
});
