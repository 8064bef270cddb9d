import { describe, expect, it } from 'vitest';
import { updateZone } from '../../domain/edit/update';
import { buildIndex } from '../../domain/model/derive';
import { demoModel } from '../../samples';
import { indexFor } from './model-index';

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
