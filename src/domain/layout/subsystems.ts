/**
 * Subsystem boxes (diagram.subsystems): each is drawn around the boxes of its zones with a margin
 * and a label band on top, so it moves and grows with its content. No security meaning.
 */
import type { Model, Subsystem } from '../model/schema';
import { type Box, union, type ViewLayout } from './geometry';

export const SUBSYSTEM_PAD = 18;
export const SUBSYSTEM_LABEL = 24;

export interface SubsystemBox {
  subsystem: Subsystem;
  box: Box;
}

/** Boxes of the subsystems that hold at least one zone of the layout, in model order. */
export function subsystemBoxes(model: Model, layout: Pick<ViewLayout, 'zone'>): SubsystemBox[] {
  const result: SubsystemBox[] = [];
  for (const subsystem of model.diagram?.subsystems ?? []) {
    const boxes = subsystem.zoneIds.flatMap((id) => {
      const z = layout.zone.get(id);
      return z ? [z.abs] : [];
    });
    if (boxes.length === 0) continue;
    const u = union(boxes);
    result.push({
      subsystem,
      box: {
        x: u.x - SUBSYSTEM_PAD,
        y: u.y - SUBSYSTEM_PAD - SUBSYSTEM_LABEL,
        width: u.width + SUBSYSTEM_PAD * 2,
        height: u.height + SUBSYSTEM_PAD * 2 + SUBSYSTEM_LABEL,
      },
    });
  }
  return result;
}
