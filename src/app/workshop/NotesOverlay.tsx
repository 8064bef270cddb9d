import { useViewport, ViewportPortal } from '@xyflow/react';
import { memo, type PointerEvent as ReactPointerEvent, useState } from 'react';
import type { Note } from '../../domain/model/schema';
import { plural } from '../../domain/text/plural';
import { floatingSegment } from '../canvas/edges/floating';
import { type Box, layoutFor } from '../canvas/geometry';
import { useEditor } from '../store/editor-store';
import { moveNoteAction, removeNoteAction, updateNoteAction } from './note-actions';
import { commentsByTarget, formatWhen, STICKY, stickyPlacements } from './notes-view';
import { useWorkshop } from './workshop-store';

/** Classes React Flow honours: the pane neither pans, drags nor zooms from these elements. */
const INERT_FOR_FLOW = 'nodrag nopan nowheel';

function StickyNote({ note, box, zoom }: { note: Note; box: Box; zoom: number }) {
  const [drag, setDrag] = useState<{ dx: number; dy: number } | null>(null);
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(note.text);

  const onPointerDown = (e: ReactPointerEvent<HTMLDivElement>) => {
    if (editing || e.button !== 0 || (e.target as HTMLElement).closest('button')) return;
    e.stopPropagation();
    const start = { x: e.clientX, y: e.clientY };
    const el = e.currentTarget;
    el.setPointerCapture(e.pointerId);
    let last = { dx: 0, dy: 0 };
    const move = (ev: PointerEvent) => {
      last = { dx: (ev.clientX - start.x) / zoom, dy: (ev.clientY - start.y) / zoom };
      setDrag(last);
    };
    const up = () => {
      el.removeEventListener('pointermove', move);
      el.removeEventListener('pointerup', up);
      el.removeEventListener('pointercancel', up);
      setDrag(null);
      if (Math.abs(last.dx) + Math.abs(last.dy) >= 2)
        moveNoteAction(note.id, { x: box.x + last.dx, y: box.y + last.dy });
    };
    el.addEventListener('pointermove', move);
    el.addEventListener('pointerup', up);
    el.addEventListener('pointercancel', up);
  };

  const commit = () => {
    setEditing(false);
    if (draft !== note.text) updateNoteAction(note.id, { text: draft });
  };

  return (
    <div
      data-testid="sticky-note"
      data-note-id={note.id}
      onPointerDown={onPointerDown}
      onDoubleClick={(e) => {
        e.stopPropagation();
        setDraft(note.text);
        setEditing(true);
      }}
      className={`${INERT_FOR_FLOW} ${STICKY} group pointer-events-auto absolute flex cursor-grab flex-col rounded-md p-3 active:cursor-grabbing`}
      style={{
        left: box.x + (drag?.dx ?? 0),
        top: box.y + (drag?.dy ?? 0),
        width: box.width,
        minHeight: box.height,
        transform: 'rotate(-0.6deg)',
      }}
      title="Drag to move · double-click to edit"
    >
      <button
        type="button"
        aria-label="Delete note"
        onClick={() => removeNoteAction(note.id)}
        className="absolute top-1 right-1 hidden h-6 w-6 items-center justify-center rounded text-[16px] leading-none opacity-70 group-hover:flex hover:bg-black/10 hover:opacity-100"
      >
        ×
      </button>
      {editing ? (
        <textarea
          // biome-ignore lint/a11y/noAutofocus: the user just asked to edit this note
          autoFocus
          aria-label="Note text"
          value={draft}
          onChange={(e) => setDraft(e.target.value)}
          onBlur={commit}
          onKeyDown={(e) => {
            e.stopPropagation();
            if (e.key === 'Escape') {
              setDraft(note.text);
              setEditing(false);
            } else if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) commit();
          }}
          className="min-h-[80px] flex-1 resize-none rounded bg-white/70 dark:bg-(--otz-surface)/94 p-1 text-[14px] text-slate-900 outline-none"
        />
      ) : (
        <p className="flex-1 whitespace-pre-wrap break-words text-[14px] leading-snug">{note.text || ' '}</p>
      )}
      {(note.author || note.createdAt) && (
        <p className="mt-1.5 text-[11.5px] opacity-70">
          {note.author}
          {note.author && note.createdAt ? ' · ' : ''}
          {formatWhen(note.createdAt)}
        </p>
      )}
    </div>
  );
}

function CommentBadge({
  x,
  y,
  count,
  targetId,
  k,
}: {
  x: number;
  y: number;
  count: number;
  targetId: string;
  k: number;
}) {
  return (
    <button
      type="button"
      data-testid="comment-badge"
      data-target-id={targetId}
      aria-label={`${plural(count, 'comment')}`}
      title={`${plural(count, 'comment')}: click to read`}
      onPointerDown={(e) => e.stopPropagation()}
      onClick={(e) => {
        e.stopPropagation();
        useWorkshop.getState().openNotes(targetId);
      }}
      className={`${INERT_FOR_FLOW} pointer-events-auto absolute flex h-[22px] items-center gap-1 rounded-full bg-amber-400 px-1.5 text-[12px] font-bold text-amber-950 dark:text-amber-300 shadow ring-2 ring-white dark:ring-(--otz-surface) hover:bg-amber-300`}
      style={{ left: x, top: y, transform: `translate(-50%, -50%) scale(${k})` }}
    >
      <svg
        width="13"
        height="13"
        viewBox="0 0 24 24"
        fill="none"
        stroke="currentColor"
        strokeWidth="2.4"
        strokeLinejoin="round"
        aria-hidden="true"
      >
        <path d="M4 5h16v11H9l-5 4z" />
      </svg>
      {count}
    </button>
  );
}

/**
 * The model's notes on the canvas (React Flow's viewport portal, diagram coordinates): sticky
 * notes you can drag and edit in place, and a comment count on every element that has comments.
 */
export const NotesOverlay = memo(function NotesOverlay() {
  const hasNotes = useEditor((s) => (s.model.notes?.length ?? 0) > 0);
  // Without notes nothing follows the viewport (no re-render per pan frame).
  return hasNotes ? <NotesLayer /> : null;
});

function NotesLayer() {
  const model = useEditor((s) => s.model);
  const { zoom } = useViewport();
  const layout = layoutFor(model);
  const k = Math.min(1.7, Math.max(1, 1 / zoom));
  const badges: Array<{ id: string; x: number; y: number; count: number }> = [];
  for (const [targetId, notes] of commentsByTarget(model)) {
    const zone = layout.zone.get(targetId);
    const asset = layout.asset.get(targetId);
    const conduit = model.conduits.find((c) => c.id === targetId);
    if (zone) badges.push({ id: targetId, x: zone.abs.x + 28, y: zone.abs.y - 5, count: notes.length });
    else if (asset) badges.push({ id: targetId, x: asset.abs.x + 4, y: asset.abs.y, count: notes.length });
    else if (conduit) {
      const [a, b] = conduit.zoneIds.map((z) => layout.zone.get(z)?.abs);
      if (a && b) {
        const s = floatingSegment(a, b);
        badges.push({ id: targetId, x: (s.sx + s.tx) / 2, y: (s.sy + s.ty) / 2 - 30, count: notes.length });
      }
    }
  }
  return (
    <ViewportPortal>
      <div
        data-testid="notes-overlay"
        className="pointer-events-none absolute top-0 left-0"
        style={{ zIndex: 2100 }}
      >
        {stickyPlacements(model, layout).map(({ note, box }) => (
          <StickyNote key={note.id} note={note} box={box} zoom={zoom} />
        ))}
        {badges.map((b) => (
          <CommentBadge key={b.id} x={b.x} y={b.y} count={b.count} targetId={b.id} k={k} />
        ))}
      </div>
    </ViewportPortal>
  );
}
