import { beforeEach, describe, expect, it } from 'vitest';
import { parseModel } from '../../domain/model/parse';
import type { Model } from '../../domain/model/schema';
import { useEditor } from '../store/editor-store';
import { copySelectionFragment, pasteFragmentHere } from './commands';
import { layoutFor } from './geometry';

const overlaps = (
  a: { x: number; y: number; width: number; height: number },
  b: { x: number; y: number; width: number; height: number },
) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

function plant(): Model {
  const result = parseModel({
    format: 'ot-zones',
    version: 1,
    meta: { name: 'Paste' },
    zones: [
      { id: 'z-ops', name: 'Operations', kind: 'operations' },
      { id: 'z-ctl', name: 'Control', kind: 'control' },
    ],
    assets: [
      { id: 'a-1', name: 'PLC-1', type: 'plc', zoneId: 'z-ctl' },
      { id: 'a-2', name: 'PLC-2', type: 'plc', zoneId: 'z-ctl' },
    ],
    conduits: [],
    diagram: {
      positions: {
        'z-ops': { x: 0, y: 0, width: 420, height: 200 },
        'z-ctl': { x: 0, y: 360, width: 420, height: 200 },
        'a-1': { x: 40, y: 60 },
        'a-2': { x: 220, y: 60 },
      },
    },
  });
  if (!result.ok) throw new Error('bad fixture');
  return result.model;
}

function overlapping(ids: readonly string[]): string[] {
  const layout = layoutFor(useEditor.getState().model);
  const boxes = [
    ...layout.zones.map((z) => ({ id: z.zone.id, box: z.abs, parent: z.parentId })),
    ...layout.assets.map((a) => ({ id: a.asset.id, box: a.abs, parent: a.asset.zoneId })),
  ];
  const hits: string[] = [];
  for (const id of ids) {
    const me = boxes.find((b) => b.id === id)!;
    for (const other of boxes)
      if (other.id !== id && other.parent === me.parent && overlaps(me.box, other.box))
        hits.push(`${id} on ${other.id}`);
  }
  return hits;
}

describe('paste placement', () => {
  beforeEach(() => {
    useEditor.getState().replaceModel(plant(), { documentId: null });
  });

  it('moves a pasted asset off its original and its neighbour', () => {
    useEditor.getState().select(['a-1']);
    const fragment = copySelectionFragment()!;
    const ids = pasteFragmentHere(fragment, { x: 40, y: 40 });
    expect(ids).toHaveLength(1);
    expect(overlapping(ids)).toEqual([]);
  });

  it('moves a pasted zone off the other zones', () => {
    useEditor.getState().select(['z-ops']);
    const ids = pasteFragmentHere(copySelectionFragment()!, { x: 40, y: 40 });
    expect(overlapping(ids)).toEqual([]);
  });

  it('keeps a paste that lands on free ground where it was put', () => {
    useEditor.getState().select(['z-ops']);
    const ids = pasteFragmentHere(copySelectionFragment()!, { x: 1000, y: 0 });
    const layout = layoutFor(useEditor.getState().model);
    expect(layout.zone.get(ids[0]!)?.abs).toMatchObject({ x: 1000, y: 0 });
  });
});
