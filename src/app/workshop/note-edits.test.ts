import { describe, expect, it } from 'vitest';
import { parseModel } from '../../domain/model/parse';
import type { Model } from '../../domain/model/schema';
import { addNote, moveNote, NoteError, removeNote, updateNote } from './note-edits';

const base = (): Model => ({
  format: 'ot-zones',
  version: 1,
  meta: { name: 't' },
  zones: [{ id: 'z1', name: 'Cell', kind: 'control' }],
  assets: [],
  conduits: [],
  diagram: { positions: { z1: { x: 0, y: 0, width: 300, height: 200 } } },
});

describe('note edits', () => {
  it('adds a sticky note with a position and a comment without one; both stay valid models', () => {
    const m0 = base();
    const { model: m1, id: sticky } = addNote(m0, {
      text: 'Check the vendor VPN',
      author: ' Ana ',
      at: { x: 10.4, y: 20.6 },
    });
    const { model: m2, id: comment } = addNote(m1, {
      text: 'Is this SL-T agreed?',
      targetId: 'z1',
      createdAt: '2025-01-02T03:04:05Z',
    });
    expect(sticky).toBe('note-1');
    expect(comment).toBe('comment-1');
    expect(m2.notes).toEqual([
      { id: 'note-1', text: 'Check the vendor VPN', author: 'Ana' },
      { id: 'comment-1', text: 'Is this SL-T agreed?', createdAt: '2025-01-02T03:04:05Z', targetId: 'z1' },
    ]);
    expect(m2.diagram?.positions['note-1']).toEqual({ x: 10, y: 21, width: 220, height: 120 });
    expect(m2.diagram?.positions['comment-1']).toBeUndefined();
    expect(m2.zones).toBe(m0.zones); // untouched parts keep their identity
    expect(parseModel(m2).ok).toBe(true);
    expect(m0.notes).toBeUndefined(); // the input is not changed
  });

  it('updates text and author, returns the same model for a no-op, and refuses oversized text', () => {
    const { model } = addNote(base(), { text: 'a', author: 'Ana' });
    const edited = updateNote(model, 'note-1', { text: 'b', author: '' });
    expect(edited.notes).toEqual([{ id: 'note-1', text: 'b' }]);
    expect(updateNote(edited, 'note-1', { text: 'b' })).toBe(edited);
    expect(() => updateNote(edited, 'note-1', { text: 'x'.repeat(50_001) })).toThrow(NoteError);
    expect(() => updateNote(edited, 'nope', { text: 'x' })).toThrow('no note has id "nope"');
  });

  it('moves a sticky note keeping its size, and removes a note with its position', () => {
    const { model } = addNote(base(), { text: 'a', at: { x: 0, y: 0 } });
    const moved = moveNote(model, 'note-1', { x: 100, y: 50 });
    expect(moved.diagram?.positions['note-1']).toEqual({ x: 100, y: 50, width: 220, height: 120 });
    expect(moveNote(moved, 'note-1', { x: 100.2, y: 49.8 })).toBe(moved);
    const removed = removeNote(moved, 'note-1');
    expect(removed.notes).toEqual([]);
    expect(removed.diagram?.positions).toEqual({ z1: { x: 0, y: 0, width: 300, height: 200 } });
    expect(removeNote(removed, 'note-1')).toBe(removed);
  });
});
