import { describe, expect, it } from 'vitest';
import { model, zone } from '../../../test-support/rule-model';
import { removeElements } from '../edit/remove';
import { EditError } from '../edit/update';
import { parseModel } from '../model/parse';
import { addRisk, removeRisk, setCharacteristic, setRequirementStatus, updateRisk } from './edit';

const base = () => model({ zones: [zone('z1', 'control'), zone('z2', 'dmz')] });

describe('risk edits', () => {
  it('add, update and remove risks, keeping the model loadable', () => {
    const { model: m1, id } = addRisk(base(), {
      subjectId: 'z1',
      title: 'Ransomware',
      likelihood: 4,
      consequence: 4,
    });
    expect(id).toBe('risk-1');
    const m2 = updateRisk(m1, id, { residualLikelihood: 2, owner: 'OT lead' });
    expect(m2.risks?.[0]).toMatchObject({ residualLikelihood: 2, owner: 'OT lead' });
    expect(parseModel(JSON.parse(JSON.stringify(m2))).ok).toBe(true);
    expect(() => updateRisk(m2, id, { likelihood: 9 })).toThrow(EditError);
    expect(() => addRisk(m2, { subjectId: 'nope', title: 'x', likelihood: 1, consequence: 1 })).toThrow(
      EditError,
    );
    expect(removeRisk(m2, id).risks).toBeUndefined();
  });
  it('removes a zone’s risks with the zone', () => {
    const { model: m } = addRisk(base(), { subjectId: 'z1', title: 'x', likelihood: 1, consequence: 1 });
    const after = removeElements(m, ['z1']);
    expect(after.risks).toEqual([]);
    expect(parseModel(JSON.parse(JSON.stringify(after))).ok).toBe(true);
  });
  it('sets and clears characteristics and requirement statuses', () => {
    let m = setCharacteristic(base(), 'z1', 'accountableOrganisation', 'OT');
    expect(m.zones[0]!.characteristics).toEqual({ accountableOrganisation: 'OT' });
    m = setCharacteristic(m, 'z1', 'accountableOrganisation', '');
    expect(m.zones[0]!.characteristics).toBeUndefined();
    m = setRequirementStatus(m, 'z2', 'SR 5.2', { status: 'met', evidence: 'FW review' });
    expect(m.zones[1]!.requirements).toEqual({ 'SR 5.2': { status: 'met', evidence: 'FW review' } });
    expect(setRequirementStatus(m, 'z2', 'SR 5.2', undefined).zones[1]!.requirements).toBeUndefined();
    expect(() => setRequirementStatus(m, 'z2', 'SR 99', { status: 'met' })).toThrow(EditError);
  });
});
