/**
 * The documents menu (header): the open diagram's name and save state, and a panel listing the
 * diagrams stored in this browser with new, open, rename, duplicate and delete (delete asks first).
 */
import { useId, useState } from 'react';
import { nameError } from '../inspector/validate';
import { Menu } from '../shell/Menu';
import { useEditor } from '../store/editor-store';
import { UI_ICONS } from '../ui/ui-icons';
import { ConfirmDialog } from './ConfirmDialog';
import type { DocumentInfo } from './document-store';
import { downloadModel } from './download';
import { persistence } from './index';
import { type SaveStatus, usePersistence } from './session';

const STATUS_TEXT: Record<SaveStatus, string> = {
  starting: 'Opening…',
  saved: 'Saved',
  pending: 'Saving…',
  saving: 'Saving…',
  failed: 'Not saved',
  paused: 'Not saved',
  'memory-only': 'Not saved',
};

export function SaveIndicator() {
  const status = usePersistence((s) => s.status);
  const lastSavedAt = usePersistence((s) => s.lastSavedAt);
  const stale = usePersistence((s) => s.conflict !== null && !s.conflict.localChanges);
  const bad = !stale && (status === 'failed' || status === 'paused' || status === 'memory-only');
  return (
    <span
      // A fixed width: "Saved" ↔ "Saving…" on every edit must not shift the header.
      className={`inline-flex w-[5rem] shrink-0 items-center gap-1 whitespace-nowrap text-[11px] ${bad ? 'font-semibold text-red-700 dark:text-red-300' : 'text-slate-500'}`}
      data-save-status={status}
      title={
        lastSavedAt && !bad
          ? `Saved in this browser at ${new Date(lastSavedAt).toLocaleTimeString()}`
          : undefined
      }
    >
      <span
        aria-hidden="true"
        className={`inline-block size-1.5 rounded-full ${
          bad ? 'bg-red-600' : status === 'saved' ? 'bg-emerald-500' : 'bg-amber-400'
        }`}
      />
      {stale ? 'Out of date' : STATUS_TEXT[status]}
    </span>
  );
}

export function relativeTime(iso: string, now = Date.now()): string {
  const then = new Date(iso).getTime();
  if (Number.isNaN(then)) return '';
  const s = Math.round((now - then) / 1000);
  if (s < 45) return 'just now';
  if (s < 90 * 60) return `${Math.max(1, Math.round(s / 60))} min ago`;
  if (s < 24 * 3600) return `${Math.round(s / 3600)} h ago`;
  return new Date(iso).toLocaleDateString();
}

function sizeText(chars: number): string {
  return chars < 1024
    ? `${chars} B`
    : chars < 1024 * 1024
      ? `${Math.round(chars / 1024)} KB`
      : `${(chars / 1024 / 1024).toFixed(1)} MB`;
}

const iconButton =
  'rounded px-1.5 py-0.5 text-xs font-medium text-slate-600 hover:bg-slate-200 hover:text-slate-900 focus:outline-none focus:ring-2 focus:ring-sky-300';

function RenameInput({ doc, onDone }: { doc: DocumentInfo; onDone: () => void }) {
  const [value, setValue] = useState(doc.name);
  const error = nameError(value);
  const id = useId();
  const commit = () => {
    if (error) return;
    if (value.trim() !== doc.name) void persistence()?.renameDocument(doc.id, value.trim());
    onDone();
  };
  return (
    <div className="min-w-0 flex-1">
      <input
        // biome-ignore lint/a11y/noAutofocus: the user just asked to rename this row
        autoFocus
        aria-label={`New name for ${doc.name || 'Untitled diagram'}`}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        className={`w-full rounded border px-2 py-1 text-sm focus:outline-none focus:ring-2 ${
          error
            ? 'border-red-500 bg-red-50 dark:bg-red-500/20 focus:ring-red-200'
            : 'border-slate-300 focus:ring-sky-200'
        }`}
        value={value}
        onChange={(e) => setValue(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit();
          else if (e.key === 'Escape') {
            e.stopPropagation();
            onDone();
          }
        }}
        onBlur={commit}
      />
      {error ? (
        <p id={`${id}-error`} className="mt-0.5 text-red-700 dark:text-red-300 text-xs" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}

function DocumentRow(props: {
  doc: DocumentInfo;
  current: boolean;
  onOpen: () => void;
  onDelete: () => void;
}) {
  const { doc, current, onOpen, onDelete } = props;
  const [renaming, setRenaming] = useState(false);
  const name = doc.name || 'Untitled diagram';
  return (
    <li
      className={`group flex items-center gap-2 border-slate-100 border-b px-3 py-2 last:border-b-0 ${current ? 'bg-sky-50 dark:bg-sky-500/20' : ''}`}
      data-document-id={doc.id}
    >
      {renaming ? (
        <RenameInput doc={doc} onDone={() => setRenaming(false)} />
      ) : (
        <button
          type="button"
          className="min-w-0 flex-1 rounded text-left focus:outline-none focus-visible:ring-2 focus-visible:ring-sky-300"
          onClick={onOpen}
          aria-current={current ? 'true' : undefined}
          aria-label={`Open ${name}`}
          title={current ? 'Open now' : `Open ${name}`}
        >
          <span className="block truncate font-medium text-slate-900 text-sm">{name}</span>
          <span className="block text-[11px] text-slate-500">
            {current ? 'open now · ' : ''}edited {relativeTime(doc.updatedAt)} · {sizeText(doc.size)}
          </span>
        </button>
      )}
      {renaming ? null : (
        <div className="flex shrink-0 gap-0.5">
          <button
            type="button"
            className={iconButton}
            onClick={() => setRenaming(true)}
            aria-label={`Rename ${name}`}
          >
            Rename
          </button>
          <button
            type="button"
            className={iconButton}
            onClick={() => void persistence()?.duplicateDocument(doc.id)}
            aria-label={`Duplicate ${name}`}
          >
            Duplicate
          </button>
          <button
            type="button"
            className={`${iconButton} hover:bg-red-100 dark:hover:bg-red-500/20 hover:text-red-800 dark:hover:text-red-300`}
            onClick={onDelete}
            aria-label={`Delete ${name}`}
          >
            Delete
          </button>
        </div>
      )}
    </li>
  );
}

export function DocumentsMenu() {
  const [toDelete, setToDelete] = useState<DocumentInfo | null>(null);
  const documents = usePersistence((s) => s.documents);
  const status = usePersistence((s) => s.status);
  const documentId = useEditor((s) => s.documentId);
  const storageOff = status === 'memory-only';

  return (
    <>
      <Menu
        kind="panel"
        label="Documents"
        onOpen={() => void persistence()?.refreshList()}
        // The delete confirmation sits above the panel: Escape or a click there answers it.
        locked={toDelete !== null}
        popupClassName="absolute top-full right-0 z-50 mt-1 w-[26rem] max-w-[calc(100vw-1rem)] overflow-hidden rounded-lg border border-slate-200 bg-white dark:bg-(--otz-surface) shadow-xl"
        icon={UI_ICONS.document}
        trigger={
          <>
            <span>Documents</span>
            <SaveIndicator />
          </>
        }
      >
        {(close) => (
          <>
            <header className="flex items-center justify-between border-slate-200 border-b bg-slate-50 px-3 py-2">
              <h2 className="font-semibold text-slate-800 text-sm">Diagrams in this browser</h2>
              <button
                type="button"
                disabled={storageOff}
                className="rounded bg-sky-600 px-2.5 py-1 font-medium text-white text-xs hover:bg-sky-700 focus:outline-none focus:ring-2 focus:ring-sky-300 disabled:opacity-50"
                onClick={() => {
                  void persistence()?.newDocument();
                  close(true);
                }}
              >
                New diagram
              </button>
            </header>
            {storageOff ? (
              <p className="px-3 py-4 text-red-800 dark:text-red-300 text-sm">
                Browser storage is not available, so diagrams cannot be listed or saved here. Download the
                open diagram to keep it.
              </p>
            ) : (
              <ul className="max-h-80 overflow-y-auto" aria-label="Saved diagrams">
                {documents.map((doc) => (
                  <DocumentRow
                    key={doc.id}
                    doc={doc}
                    current={doc.id === documentId}
                    onOpen={() => {
                      void persistence()?.openDocument(doc.id);
                      close(true);
                    }}
                    onDelete={() => setToDelete(doc)}
                  />
                ))}
              </ul>
            )}
            <footer className="flex justify-between border-slate-200 border-t bg-slate-50 px-3 py-2">
              <span className="text-[11px] text-slate-500">Saved automatically after each change.</span>
              <button
                type="button"
                className={iconButton}
                onClick={() => downloadModel(useEditor.getState().model)}
              >
                Download open diagram
              </button>
            </footer>
          </>
        )}
      </Menu>
      <ConfirmDialog
        open={toDelete !== null}
        title="Delete this diagram?"
        confirmLabel="Delete"
        danger
        onCancel={() => setToDelete(null)}
        onConfirm={() => {
          if (toDelete) void persistence()?.deleteDocument(toDelete.id);
          setToDelete(null);
        }}
      >
        <p>
          “<span className="break-words font-medium">{toDelete?.name || 'Untitled diagram'}</span>” will be
          removed from this browser. This cannot be undone; download it first if you may need it again.
        </p>
      </ConfirmDialog>
    </>
  );
}
