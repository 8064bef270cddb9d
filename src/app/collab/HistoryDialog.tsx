/**
 * The shared diagram's history: named versions and automatic checkpoints (author, time), "Save
 * version" with a name and a note, and per version: open read-only (a new tab), compare the
 * diagram with it (the Compare drawer), download as JSON, or restore — as a new change on top of the current diagram (undoable; history is never
 * rewritten).
 */
import { useCallback, useEffect, useId, useState } from 'react';
import { parseModel } from '../../domain/model/parse';
import type { Model } from '../../domain/model/schema';
import { useCompare } from '../compare/compare-store';
import { relativeTime } from '../persistence/DocumentsMenu';
import { downloadModel } from '../persistence/download';
import { toast } from '../store/toasts';
import { INPUT, Modal, PRIMARY, SECONDARY } from '../ui/Modal';
import { api, type VersionInfo } from './api';
import { useCollab } from './collab-store';
import { readDisplayName } from './display-name';
import { hashFor } from './link';

const ROW_BUTTON =
  'rounded px-1.5 py-0.5 text-xs font-medium text-slate-600 hover:bg-slate-200 hover:text-slate-900 focus:outline-none focus:ring-2 focus:ring-sky-300 disabled:opacity-40';

export function HistoryDialog() {
  const open = useCollab((s) => s.dialog === 'history' && s.shared !== null);
  return open ? <History /> : null;
}

const close = () => useCollab.setState({ dialog: null });

/** A version's model from the server, checked like any model file. */
export async function fetchVersion(token: string, docId: string, versionId: string): Promise<Model | string> {
  const result = await api.getVersion(token, docId, versionId);
  if (!result.ok) return result.error;
  const parsed = parseModel(result.data);
  return parsed.ok ? parsed.model : 'The server sent a version that is not a valid model.';
}

function History() {
  const shared = useCollab((s) => s.shared)!;
  const readOnly = shared.role === 'view';
  const [versions, setVersions] = useState<VersionInfo[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [name, setName] = useState('');
  const [note, setNote] = useState('');
  const nameId = useId();

  const refresh = useCallback(async () => {
    const result = await api.listVersions(shared.token, shared.id);
    if (result.ok) {
      // Newest first: the latest checkpoint or version is what people look for.
      const list = Array.isArray(result.data) ? [...result.data] : [];
      setVersions(list.sort((a, b) => String(b.createdAt).localeCompare(String(a.createdAt))));
      setError(null);
    } else setError(result.error);
  }, [shared]);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  const save = async () => {
    if (!name.trim()) return;
    setBusy('save');
    const result = await api.saveVersion(
      shared.token,
      shared.id,
      { name: name.trim(), ...(note.trim() ? { note: note.trim() } : {}) },
      readDisplayName(),
    );
    setBusy(null);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    setName('');
    setNote('');
    toast(`Saved version “${result.data?.name ?? name.trim()}”`, 'success');
    await refresh();
  };

  const withVersion = async (v: VersionInfo, use: (model: Model) => void) => {
    setBusy(v.id);
    const model = await fetchVersion(shared.token, shared.id, v.id);
    setBusy(null);
    if (typeof model === 'string') setError(model);
    else use(model);
  };

  const restore = async (v: VersionInfo) => {
    setBusy(v.id);
    const result = await api.restoreVersion(shared.token, shared.id, v.id, readDisplayName());
    setBusy(null);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    toast(`Restored “${v.name}” as a new change; the history records it.`, 'success');
    close();
  };

  const openReadOnly = (v: VersionInfo) => {
    const hash = `${hashFor({ id: shared.id, token: shared.token })}&version=${encodeURIComponent(v.id)}`;
    window.open(`${window.location.pathname}${window.location.search}${hash}`, '_blank', 'noopener');
  };

  return (
    <Modal open onClose={close} title="History" width="w-[42rem]" testId="history-dialog">
      {readOnly ? null : (
        <form
          className="mb-4 rounded-md border border-slate-200 bg-slate-50 p-3"
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
        >
          <label htmlFor={nameId} className="block font-medium text-slate-800">
            Save the current diagram as a version
          </label>
          <div className="mt-1 flex gap-2">
            <input
              id={nameId}
              className={INPUT}
              placeholder="e.g. Before workshop 3"
              value={name}
              maxLength={200}
              onChange={(e) => setName(e.target.value)}
            />
            <button
              type="submit"
              className={`${PRIMARY} shrink-0 whitespace-nowrap`}
              disabled={!name.trim() || busy === 'save'}
            >
              Save version
            </button>
          </div>
          <textarea
            aria-label="Note"
            className={`${INPUT} mt-2`}
            rows={2}
            placeholder="Note (optional): why this version matters"
            value={note}
            maxLength={2000}
            onChange={(e) => setNote(e.target.value)}
          />
        </form>
      )}
      {error ? (
        <p
          role="alert"
          className="mb-3 rounded bg-red-50 dark:bg-red-500/20 px-3 py-2 text-red-800 dark:text-red-300 text-sm"
        >
          {error}
        </p>
      ) : null}
      {versions === null ? (
        <p className="text-slate-500">Loading…</p>
      ) : versions.length === 0 ? (
        <p className="text-slate-500">
          No versions yet. Checkpoints are saved automatically while people edit; save a named version to mark
          a milestone.
        </p>
      ) : (
        <ul aria-label="Versions" className="divide-y divide-slate-100 rounded-md border border-slate-200">
          {versions.map((v) => (
            <li
              key={v.id}
              data-testid="version"
              data-version-id={v.id}
              className="flex items-start gap-3 px-3 py-2"
            >
              <div className="min-w-0 flex-1">
                <p className="truncate font-medium text-slate-900">
                  {v.name || (v.auto ? 'Checkpoint' : 'Version')}
                  {v.auto ? (
                    <span className="ml-2 rounded bg-slate-100 px-1.5 py-0.5 font-normal text-[11px] text-slate-600">
                      automatic
                    </span>
                  ) : null}
                </p>
                <p className="text-[11.5px] text-slate-500" title={new Date(v.createdAt).toLocaleString()}>
                  {v.author || 'unknown'} · {relativeTime(v.createdAt)}
                </p>
                {v.note ? (
                  <p className="mt-0.5 whitespace-pre-wrap break-words text-slate-700 text-xs">{v.note}</p>
                ) : null}
              </div>
              <div className="flex shrink-0 gap-0.5">
                <button
                  type="button"
                  className={ROW_BUTTON}
                  onClick={() => openReadOnly(v)}
                  aria-label={`Open ${v.name} read-only`}
                >
                  Open
                </button>
                <button
                  type="button"
                  className={ROW_BUTTON}
                  disabled={busy === v.id}
                  aria-label={`Compare with ${v.name}`}
                  title="Compare the diagram with this version: changes, findings, security-relevant changes"
                  onClick={() =>
                    void withVersion(v, (model) => {
                      useCompare.getState().compareWith({
                        model,
                        label: `version “${v.name || (v.auto ? 'Checkpoint' : 'Version')}”`,
                      });
                      close();
                    })
                  }
                >
                  Compare
                </button>
                <button
                  type="button"
                  className={ROW_BUTTON}
                  disabled={busy === v.id}
                  aria-label={`Download ${v.name}`}
                  onClick={() => void withVersion(v, downloadModel)}
                >
                  Download
                </button>
                {readOnly ? null : (
                  <button
                    type="button"
                    className={ROW_BUTTON}
                    disabled={busy === v.id}
                    aria-label={`Restore ${v.name}`}
                    onClick={() => void restore(v)}
                  >
                    Restore
                  </button>
                )}
              </div>
            </li>
          ))}
        </ul>
      )}
      <div className="mt-4 flex justify-end">
        <button type="button" className={SECONDARY} onClick={close}>
          Close
        </button>
      </div>
    </Modal>
  );
}
