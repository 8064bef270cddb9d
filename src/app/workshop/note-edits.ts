/**
 * Pure edits of the model's notes: sticky notes (no target, placed by diagram.positions, absolute
 * canvas coordinates) and comments on an element (targetId). Untouched parts keep their identity;
 * text is validated against the format's limits so a bad note can never reach a saved file.
 */
import { idAllocator } from '../../domain/edit/ids';
import { SIZE } from '../../domain/layout/geometry';
import { type Model, type Note, NoteSchema, type Position } from '../../domain/model/schema';

/** A new sticky note's size: the size the canvas and the exporters give a note without a stored one. */
export const STICKY_SIZE = { width: SIZE.noteWidth, height: SIZE.noteHeight } as const;

export class NoteError extends Error {
  override name = 'NoteError';
}

function checked(note: Note): Note {
  const result = NoteSchema.safeParse(note);
  if (!result.success) throw new NoteError(result.error.issues[0]?.message ?? 'invalid note');
  return note;
}

function withPosition(model: Model, id: string, position: Position | undefined): Model['diagram'] {
  const positions = { ...(model.diagram?.positions ?? {}) };
  if (position) positions[id] = position;
  else delete positions[id];
  return { ...model.diagram, positions };
}

export interface NewNote {
  text: string;
  author?: string;
  createdAt?: string;
  /** A comment on this element; absent for a sticky note. */
  targetId?: string;
  /** Where a sticky note goes (its top-left corner, canvas coordinates). */
  at?: { x: number; y: number };
}

/** Adds a note; returns the new model and the note's id. */
export function addNote(model: Model, input: NewNote): { model: Model; id: string } {
  const id = idAllocator(model)(input.targetId === undefined ? 'note' : 'comment');
  const note: Note = { id, text: input.text };
  if (input.author?.trim()) note.author = input.author.trim();
  if (input.createdAt) note.createdAt = input.createdAt;
  if (input.targetId !== undefined) note.targetId = input.targetId;
  checked(note);
  const next: Model = { ...model, notes: [...(model.notes ?? []), note] };
  if (input.targetId === undefined && input.at)
    next.diagram = withPosition(model, id, {
      x: Math.round(input.at.x),
      y: Math.round(input.at.y),
      ...STICKY_SIZE,
    });
  return { model: next, id };
}

/** Changes a note's text or author (an empty author is removed). Same model when nothing changes. */
export function updateNote(model: Model, id: string, patch: { text?: string; author?: string }): Model {
  const notes = model.notes ?? [];
  const i = notes.findIndex((n) => n.id === id);
  const old = notes[i];
  if (!old) throw new NoteError(`no note has id "${id}"`);
  const note: Note = { ...old };
  if (patch.text !== undefined) note.text = patch.text;
  if (patch.author !== undefined) {
    if (patch.author.trim()) note.author = patch.author.trim();
    else delete note.author;
  }
  if (note.text === old.text && note.author === old.author) return model;
  checked(note);
  const next = [...notes];
  next[i] = note;
  return { ...model, notes: next };
}

/** Removes a note and its position. */
export function removeNote(model: Model, id: string): Model {
  const notes = model.notes ?? [];
  if (!notes.some((n) => n.id === id)) return model;
  const next: Model = { ...model, notes: notes.filter((n) => n.id !== id) };
  if (model.diagram?.positions[id]) next.diagram = withPosition(model, id, undefined);
  return next;
}

/** Moves a sticky note (keeps its size). Same model when it does not move. */
export function moveNote(model: Model, id: string, to: { x: number; y: number }): Model {
  const old = model.diagram?.positions[id];
  const x = Math.round(to.x);
  const y = Math.round(to.y);
  if (old && old.x === x && old.y === y) return model;
  return { ...model, diagram: withPosition(model, id, { ...STICKY_SIZE, ...old, x, y }) };
}
