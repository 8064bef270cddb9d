/** Diagram colours (model.diagram.colors): set or clear the preset colour of elements, in one edit. */
import { type Model, PALETTE_COLOURS, type PaletteColour } from '../model/schema';
import { ownValue } from './own';
import { EditError } from './update';

/** `colour` undefined clears it. Returns the same model when nothing changes. */
export function setColours(model: Model, ids: readonly string[], colour: PaletteColour | undefined): Model {
  if (colour !== undefined && !PALETTE_COLOURS.includes(colour))
    throw new EditError(`unknown colour ${JSON.stringify(colour)}`);
  const current = model.diagram?.colors ?? {};
  let next: Record<string, PaletteColour> | undefined;
  for (const id of ids) {
    if (ownValue(current, id) === colour) continue;
    next ??= { ...current };
    if (colour === undefined) delete next[id];
    else next[id] = colour;
  }
  if (!next) return model;
  const { colors: _old, ...rest } = model.diagram ?? { positions: {} };
  const diagram = Object.keys(next).length > 0 ? { ...rest, colors: next } : rest;
  return { ...model, diagram };
}
