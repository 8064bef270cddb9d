import { useReactFlow } from '@xyflow/react';
import { useState } from 'react';
import { freeSpotNear } from '../../domain/layout/free-spot';
import type { Model, Note } from '../../domain/model/schema';
import { useDrawerOpen } from '../shell/panels';
import { layoutFor } from '../store/derived';
import { useEditor } from '../store/editor-store';
import { Icon } from '../ui/Icon';
import { UI_ICONS } from '../ui/ui-icons';
import { addNoteAction, removeNoteAction, updateNoteAction } from './note-actions';
import { STICKY_SIZE } from './note-edits';
import { formatWhen, rememberAuthor, rememberedAuthor, STICKY } from './notes-view';
import { useWorkshop } from './workshop-store';

function targetLabel(model: Model, id: string | undefined): string {
  if (id === undefined) return 'Sticky note';
  const zone = model.zones.find((z) => z.id === id);
  if (zone) return `Zone ${zone.name || id}`;
  const asset = model.assets.find((a) => a.id === id);
  if (asset) return `Asset ${asset.name || id}`;
  const conduit = model.conduits.find((c) => c.id === id);
  if (conduit) return `Conduit ${conduit.name || id}`;
  return id;
}

function NoteItem({ note, model }: { note: Note; model: Model }) {
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(note.text);
  const reveal = useEditor((s) => s.reveal);
  return (
    <li
      data-testid="note-item"
      data-note-id={note.id}
      className="rounded-lg border border-slate-200 bg-white dark:bg-(--otz-surface) p-2.5"
    >
      <div className="mb-1 flex items-center gap-2 text-[11.5px] text-slate-500">
        {note.targetId ? (
          <button
            type="button"
            onClick={() => reveal(note.targetId!)}
            className="truncate font-medium text-blue-700 dark:text-blue-300 hover:underline"
          >
            {targetLabel(model, note.targetId)}
          </button>
        ) : (
          <span className={`${STICKY} rounded px-1 font-medium shadow-none!`}>
            {targetLabel(model, undefined)}
          </span>
        )}
        <div className="flex-1" />
        <button
          type="button"
          onClick={() => {
            setText(note.text);
            setEditing(!editing);
          }}
          className="hover:text-slate-900"
        >
          {editing ? 'Cancel' : 'Edit'}
        </button>
        <button
          type="button"
          aria-label="Delete note"
          onClick={() => removeNoteAction(note.id)}
          className="hover:text-red-700 dark:hover:text-red-300"
        >
          Delete
        </button>
      </div>
      {editing ? (
        <div className="flex flex-col gap-1.5">
          <textarea
            aria-label="Note text"
            value={text}
            onChange={(e) => setText(e.target.value)}
            className="min-h-[72px] rounded-md border border-slate-300 bg-white dark:bg-(--otz-surface) p-1.5 text-[13.5px] text-slate-900"
          />
          <button
            type="button"
            onClick={() => {
              if (updateNoteAction(note.id, { text })) setEditing(false);
            }}
            className="self-start rounded-md bg-blue-600 px-2.5 py-1 text-[12.5px] font-medium text-white hover:bg-blue-700"
          >
            Save
          </button>
        </div>
      ) : (
        <p className="whitespace-pre-wrap break-words text-[13.5px] text-slate-800">{note.text}</p>
      )}
      {(note.author || note.createdAt) && (
        <p className="mt-1 text-[11.5px] text-slate-500">
          {note.author}
          {note.author && note.createdAt ? ' · ' : ''}
          {formatWhen(note.createdAt)}
        </p>
      )}
    </li>
  );
}

/** Notes and comments: add a sticky note or a comment on the selected element, edit, delete. */
export function NotesPanel() {
  const open = useDrawerOpen('notes');
  const notesFor = useWorkshop((s) => s.notesFor);
  const model = useEditor((s) => s.model);
  const selection = useEditor((s) => s.selection);
  const { screenToFlowPosition } = useReactFlow();
  const [text, setText] = useState('');
  const [author, setAuthor] = useState(rememberedAuthor);
  if (!open) return null;

  const selected = selection.find(
    (id) =>
      model.zones.some((z) => z.id === id) ||
      model.assets.some((a) => a.id === id) ||
      model.conduits.some((c) => c.id === id),
  );
  const notes = (model.notes ?? []).filter((n) => notesFor === null || n.targetId === notesFor);

  const add = (targetId?: string) => {
    const body = text.trim();
    if (!body) return;
    rememberAuthor(author);
    const base = { text: body, author, createdAt: new Date().toISOString() };
    let id: string | null;
    if (targetId) id = addNoteAction({ ...base, targetId });
    else {
      // A new sticky note goes in the middle of what the canvas shows.
      const canvas = document.querySelector('[data-testid="canvas"]')?.getBoundingClientRect();
      const centre = canvas
        ? screenToFlowPosition({ x: canvas.left + canvas.width / 2, y: canvas.top + canvas.height / 2 })
        : { x: 0, y: 0 };
      // …at the nearest spot where it covers no zone and no other sticky note.
      const current = useEditor.getState().model;
      const positions = current.diagram?.positions ?? {};
      const taken = [
        ...layoutFor(current)
          .zones.filter((z) => z.parentId === undefined)
          .map((z) => z.abs),
        ...(current.notes ?? [])
          .filter((n) => n.targetId === undefined)
          .flatMap((n) => {
            const p = positions[n.id];
            return p ? [{ x: p.x, y: p.y, ...STICKY_SIZE }] : [];
          }),
      ];
      const at = freeSpotNear(
        taken,
        STICKY_SIZE,
        { x: centre.x - STICKY_SIZE.width / 2, y: centre.y - STICKY_SIZE.height / 2 },
        { step: 20, gap: 12 },
      );
      id = addNoteAction({ ...base, at });
    }
    if (id) setText('');
  };

  return (
    <section
      aria-label="Notes"
      className="otz-side-panel fixed top-12 right-0 bottom-0 z-30 flex w-[400px] flex-col border-l border-slate-200 bg-slate-50 shadow-[-8px_0_24px_rgb(15_23_42/0.08)]"
    >
      <div className="flex h-11 shrink-0 items-center gap-2 border-b border-slate-200 bg-white dark:bg-(--otz-surface) px-3">
        <h2 className="text-[15px] font-semibold text-slate-900">Notes &amp; comments</h2>
        <span className="text-[12px] text-slate-500">{model.notes?.length ?? 0}</span>
        <div className="flex-1" />
        <button
          type="button"
          aria-label="Close notes"
          onClick={() => useWorkshop.getState().closeNotes()}
          className="flex h-8 w-8 items-center justify-center rounded-md text-slate-600 hover:bg-slate-100"
        >
          <Icon name={UI_ICONS.close} size={17} />
        </button>
      </div>
      <div className="flex shrink-0 flex-col gap-2 border-b border-slate-200 bg-white dark:bg-(--otz-surface) p-3">
        <textarea
          aria-label="New note"
          placeholder="Write a note or a comment…"
          value={text}
          onChange={(e) => setText(e.target.value)}
          className="min-h-[64px] rounded-md border border-slate-300 bg-white dark:bg-(--otz-surface) p-2 text-[14px] text-slate-900 placeholder:text-slate-400"
        />
        <label className="flex items-center gap-2 text-[12.5px] text-slate-600">
          Author
          <input
            value={author}
            onChange={(e) => setAuthor(e.target.value)}
            placeholder="your name"
            className="h-7 flex-1 rounded-md border border-slate-300 bg-white dark:bg-(--otz-surface) px-2 text-[13px] text-slate-900"
          />
        </label>
        <div className="flex flex-wrap gap-2">
          <button
            type="button"
            disabled={!text.trim()}
            onClick={() => add()}
            className={`${STICKY} h-8 rounded-md px-3 text-[13px] font-medium shadow-none! disabled:opacity-50`}
          >
            Add sticky note
          </button>
          <button
            type="button"
            disabled={!text.trim() || !selected}
            onClick={() => selected && add(selected)}
            title={
              selected
                ? `Comment on ${targetLabel(model, selected)}`
                : 'Select a zone, asset or conduit first'
            }
            className="h-8 max-w-full truncate rounded-md bg-blue-600 px-3 text-[13px] font-medium text-white hover:bg-blue-700 disabled:opacity-50"
          >
            {selected ? `Comment on ${targetLabel(model, selected)}` : 'Comment on selection'}
          </button>
        </div>
      </div>
      {notesFor !== null && (
        <div className="flex shrink-0 items-center gap-2 border-b border-slate-200 px-3 py-1.5 text-[12.5px] text-slate-600">
          Comments on <strong className="truncate text-slate-900">{targetLabel(model, notesFor)}</strong>
          <button
            type="button"
            onClick={() => useWorkshop.getState().openNotes(null)}
            className="ml-auto text-blue-700 dark:text-blue-300 hover:underline"
          >
            Show all
          </button>
        </div>
      )}
      <ul className="flex min-h-0 flex-1 flex-col gap-2 overflow-y-auto p-3">
        {notes.length === 0 && <li className="text-[13px] text-slate-500">No notes yet.</li>}
        {notes.map((n) => (
          <NoteItem key={n.id} note={n} model={model} />
        ))}
      </ul>
    </section>
  );
}
