/**
 * The Compare menu in the header: compare the open diagram with a named version saved in this
 * browser or with a model file, and save the diagram as a named version ("Before workshop 3").
 */

import { type FormEvent, useRef, useState } from 'react';
import { formatIssue } from '../../domain/model/issues';
import { parseModelText } from '../../domain/model/parse';
import { Menu } from '../shell/Menu';
import { toast } from '../store/toasts';
import { FileInput } from '../ui/FileInput';
import { HEADER_LABEL } from '../ui/HeaderButton';
import { UI_ICONS } from '../ui/ui-icons';
import { ChangeRecordList } from './ChangeRecordList';
import { useCompare } from './compare-store';
import { compareWithVersion, refreshVersions, removeVersion, saveVersion, useVersions } from './versions';

async function pick(file: File) {
  const parsed = parseModelText(await file.text());
  if (!parsed.ok) {
    const first = parsed.issues[0];
    toast(`Cannot compare with ${file.name}: ${first ? formatIssue(first) : 'not a model file'}`, 'error');
    return;
  }
  useCompare.getState().compareWith({ model: parsed.model, label: file.name });
}

const when = (iso: string) => iso.slice(0, 16).replace('T', ' ');

const smallButton =
  'rounded border border-slate-300 bg-white dark:bg-(--otz-surface) px-2 py-0.5 font-medium text-[11.5px] text-slate-700 hover:bg-slate-100 focus:outline-none focus:ring-2 focus:ring-sky-300';

function SaveVersionForm() {
  const [name, setName] = useState('');
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!name.trim() || busy) return;
    setBusy(true);
    if (await saveVersion(name, note)) {
      setName('');
      setNote('');
    }
    setBusy(false);
  };
  return (
    <form
      aria-label="Save a version"
      onSubmit={submit}
      className="space-y-1.5 border-slate-200 border-b px-3 py-2"
    >
      <label className="block font-medium text-[11.5px] text-slate-600">
        Save the open diagram as a version
        <input
          value={name}
          maxLength={120}
          onChange={(e) => setName(e.target.value)}
          placeholder="Name, e.g. Before workshop 3"
          className="mt-0.5 block w-full rounded border border-slate-300 px-2 py-1 font-normal text-slate-900 text-xs focus:border-sky-500 focus:outline-none focus:ring-2 focus:ring-sky-200"
        />
      </label>
      <label className="block font-medium text-[11.5px] text-slate-600">
        Note (optional)
        <input
          value={note}
          maxLength={500}
          onChange={(e) => setNote(e.target.value)}
          className="mt-0.5 block w-full rounded border border-slate-300 px-2 py-1 font-normal text-slate-900 text-xs focus:border-sky-500 focus:outline-none focus:ring-2 focus:ring-sky-200"
        />
      </label>
      <button
        type="submit"
        disabled={!name.trim() || busy}
        className="rounded bg-sky-600 px-2.5 py-1 font-medium text-white text-xs hover:bg-sky-700 focus:outline-none focus:ring-2 focus:ring-sky-300 disabled:opacity-50"
      >
        Save version
      </button>
    </form>
  );
}

function VersionList({ close }: { close: () => void }) {
  const versions = useVersions((s) => s.versions);
  if (versions.length === 0)
    return (
      <p className="px-3 py-2 text-[12px] text-slate-500">
        No saved versions of this diagram yet. Save one before a workshop or a change, then compare with it.
      </p>
    );
  return (
    <ul aria-label="Saved versions" className="max-h-64 overflow-y-auto py-1">
      {versions.map((v) => (
        <li key={v.id} data-version={v.id} className="flex items-start gap-2 px-3 py-1.5 hover:bg-slate-50">
          <div className="min-w-0 flex-1">
            <div className="break-words font-medium text-[12.5px] text-slate-900">{v.name}</div>
            <div className="text-[11px] text-slate-500">
              {when(v.createdAt)}
              {v.note ? ` · ${v.note}` : ''}
            </div>
          </div>
          <button
            type="button"
            className={smallButton}
            onClick={() => {
              void compareWithVersion(v);
              close();
            }}
          >
            Compare
          </button>
          <button
            type="button"
            aria-label={`Delete version ${v.name}`}
            title="Delete this version"
            className="rounded px-1 text-slate-400 hover:bg-red-50 dark:hover:bg-red-500/20 hover:text-red-700 dark:hover:text-red-300 focus:outline-none focus:ring-2 focus:ring-sky-300"
            onClick={() => void removeVersion(v)}
          >
            ✕
          </button>
        </li>
      ))}
    </ul>
  );
}

export function CompareHeaderItems() {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <Menu
        kind="panel"
        label="Compare with"
        onOpen={() => void refreshVersions()}
        icon={UI_ICONS.compare}
        trigger={<span className={HEADER_LABEL}>Compare</span>}
        popupClassName="absolute top-full right-0 z-50 mt-1 w-[24rem] max-w-[calc(100vw-1rem)] overflow-hidden rounded-lg border border-slate-200 bg-white dark:bg-(--otz-surface) shadow-xl"
      >
        {(close) => (
          <>
            <header className="border-slate-200 border-b bg-slate-50 px-3 py-2">
              <h2 className="font-semibold text-slate-800 text-sm">Compare the open diagram with…</h2>
              <p className="text-[11.5px] text-slate-500">
                Changes, findings introduced and resolved, security-relevant changes.
              </p>
            </header>
            <VersionList close={() => close(true)} />
            <div className="border-slate-200 border-t border-b px-3 py-2">
              <button
                type="button"
                className={smallButton}
                onClick={() => {
                  close(true);
                  input.current?.click();
                }}
              >
                A model file…
              </button>
            </div>
            <SaveVersionForm />
            <div className="max-h-72 overflow-y-auto">
              <ChangeRecordList />
            </div>
          </>
        )}
      </Menu>
      <FileInput
        ref={input}
        accept=".json,application/json"
        className="hidden"
        aria-label="Model file to compare with"
        data-testid="compare-file"
        onFiles={([file]) => void pick(file)}
      />
    </>
  );
}
