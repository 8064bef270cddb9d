/** The drawing extras of issue #14 (colours, Purdue bands, subsystems, device ends) survive a shared document. */
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { demoModel } from '../../samples';
import { setPurdueBands } from '../edit/bands';
import { setColours } from '../edit/colours';
import { addSubsystem } from '../edit/subsystems';
import { updateConduit } from '../edit/update';
import { serializeModel } from '../serialize/model-json';
import { modelMap } from './layout';
import { ModelProjection, readModel } from './read';
import { writeModel } from './write';

function decorated() {
  let m = demoModel();
  m = setColours(m, ['z-enterprise'], 'violet');
  m = setPurdueBands(m, [0, 300, 500, 800, 1100, 1500]);
  m = addSubsystem(m, ['z-external', 'z-enterprise'], 'Business').model;
  return updateConduit(m, m.conduits[0]!.id, { deviceAt: 'both' });
}

describe('collab: diagram extras', () => {
  it('round-trips colours, bands, subsystems and device ends byte for byte', () => {
    const doc = new Y.Doc();
    const m = decorated();
    writeModel(doc, m);
    expect(serializeModel(readModel(doc).model)).toBe(serializeModel(m));
  });

  it('a change of one extra reaches the other replica; clearing it removes it; identity kept when unchanged', () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    const m = decorated();
    writeModel(a, m);
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    const projection = new ModelProjection(b);
    const first = projection.read().model;
    const recoloured = setColours(m, ['z-enterprise'], 'teal');
    writeModel(a, recoloured, { previous: m });
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    const second = projection.read().model;
    expect(second.diagram?.colors?.['z-enterprise']).toBe('teal');
    expect(second.diagram?.subsystems).toBe(first.diagram?.subsystems);
    const cleared = setPurdueBands(recoloured, undefined);
    writeModel(a, cleared, { previous: recoloured });
    expect(modelMap(a).has('diagram.purdueBands')).toBe(false);
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    expect(projection.read().model.diagram?.purdueBands).toBeUndefined();
  });

  it('drops an invalid extra with a repair note, keeping the rest', () => {
    const doc = new Y.Doc();
    writeModel(doc, decorated());
    modelMap(doc).set('diagram.purdueBands', [5, 1]);
    const { model, repairs } = readModel(doc);
    expect(model.diagram?.purdueBands).toBeUndefined();
    expect(model.diagram?.colors?.['z-enterprise']).toBe('violet');
    expect(repairs.some((r) => /purdueBands/.test(r.message))).toBe(true);
  });
});
