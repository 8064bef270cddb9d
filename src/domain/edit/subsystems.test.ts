import { describe, expect, it } from 'vitest';
import { demoModel } from '../../samples';
import { layoutFor } from '../derived/model';
import { exportDrawio } from '../export/drawio';
import { exportSvg } from '../export/svg';
import { SUBSYSTEM_PAD, subsystemBoxes } from '../layout/subsystems';
import { parseModel } from '../model/parse';
import { moveElements } from './positions';
import { removeElements } from './remove';
import { addSubsystem, removeSubsystem, renameSubsystem } from './subsystems';

const base = demoModel();
const [a, b] = ['z-filtration', 'z-dosing'];

describe('subsystems', () => {
  it('groups zones, draws around them, and moves with them', () => {
    const { model, id } = addSubsystem(base, [a, b, 'nope'], 'Treatment line');
    expect(model.diagram?.subsystems).toEqual([{ id, name: 'Treatment line', zoneIds: [a, b] }]);
    const box = subsystemBoxes(model, layoutFor(model))[0]!.box;
    const za = layoutFor(model).zone.get(a)!.abs;
    expect(box.x).toBeLessThanOrEqual(za.x - SUBSYSTEM_PAD);
    expect(box.y).toBeLessThan(za.y);
    // Moving a member zone moves the box.
    const moved = moveElements(model, { [a]: { x: za.x - 500, y: za.y } });
    expect(subsystemBoxes(moved, layoutFor(moved))[0]!.box.x).toBeLessThan(box.x - 400);
    expect(parseModel(JSON.parse(JSON.stringify(model))).ok).toBe(true);
  });

  it('a zone joins one subsystem at a time; deleting zones prunes, ungrouping removes', () => {
    const first = addSubsystem(base, [a, b]);
    const second = addSubsystem(first.model, [b]);
    expect(second.id).not.toBe(first.id);
    expect(second.model.diagram?.subsystems?.map((s) => s.zoneIds)).toEqual([[a], [b]]);
    const pruned = removeElements(second.model, [a]);
    expect(pruned.diagram?.subsystems?.map((s) => s.id)).toEqual([second.id]);
    const none = removeSubsystem(pruned, second.id);
    expect(none.diagram && 'subsystems' in none.diagram).toBe(false);
    expect(() => addSubsystem(base, [])).toThrow(/at least one zone/);
    expect(renameSubsystem(first.model, first.id, 'Line 2').diagram?.subsystems?.[0]?.name).toBe('Line 2');
  });

  it('is drawn in the SVG and draw.io exports, and not without subsystems', () => {
    const { model } = addSubsystem(base, [a, b], 'Treatment line');
    expect(exportSvg(model)).toContain('class="subsystem"');
    expect(exportSvg(base)).not.toContain('class="subsystem"');
    expect(exportDrawio(model)).toContain('otzKind="subsystem"');
    expect(exportDrawio(base)).not.toContain('otzKind="subsystem"');
  });
});
