/**
 * A change record (IEC 62443-2-4 change management) attached to a comparison or a version, saved
 * in the model file. The same form edits an existing record (its id, version and summary kept).
 */
import { useId, useState } from 'react';
import { saveChangeRecord } from '../../domain/edit/acceptances';
import { CHANGE_STATUSES, type ChangeRecord, type ChangeStatus } from '../../domain/model/schema';
import { useEditor } from '../store/editor-store';

const field =
  'w-full rounded border border-slate-300 bg-white dark:bg-(--otz-surface) px-2 py-1 text-xs text-slate-800 focus:border-sky-500 focus:outline-none focus:ring-2 focus:ring-sky-200';

function nextId(records: readonly ChangeRecord[]): string {
  const taken = new Set(records.map((r) => r.id));
  let n = records.length + 1;
  while (taken.has(`cr-${n}`)) n++;
  return `cr-${n}`;
}

export function ChangeRecordForm(props: {
  version?: string;
  summary?: string;
  today: string;
  /** The record to edit; a new record when absent. */
  record?: ChangeRecord;
  onDone: () => void;
}) {
  const id = useId();
  const r = props.record;
  const [values, setValues] = useState({
    title: r?.title ?? '',
    reason: r?.reason ?? '',
    requestedBy: r?.requestedBy ?? '',
    implementedBy: r?.implementedBy ?? '',
    approvedBy: r?.approvedBy ?? '',
    ticket: r?.ticket ?? '',
    date: r?.date ?? props.today,
    status: (r?.status ?? 'draft') as ChangeStatus,
  });
  const [error, setError] = useState('');
  const set = (key: keyof typeof values) => (e: { target: { value: string } }) =>
    setValues((v) => ({ ...v, [key]: e.target.value }));
  const text = (key: Exclude<keyof typeof values, 'status'>, label: string) => (
    <label className="block text-slate-700" htmlFor={`${id}-${key}`}>
      {label}
      <input
        id={`${id}-${key}`}
        type={key === 'date' ? 'date' : 'text'}
        className={field}
        value={values[key]}
        onChange={set(key)}
      />
    </label>
  );
  return (
    <form
      aria-label="Change record"
      className="space-y-1.5 rounded border border-slate-200 bg-slate-50 p-2 text-xs"
      onSubmit={(e) => {
        e.preventDefault();
        if (values.title.trim() === '') {
          setError('A title is required.');
          return;
        }
        const editor = useEditor.getState();
        const record: ChangeRecord = {
          id: r?.id ?? nextId(editor.model.changeRecords ?? []),
          title: values.title.trim(),
          status: values.status,
        };
        const version = r ? r.version : props.version;
        const summary = r ? r.summary : props.summary;
        if (version) record.version = version;
        if (summary) record.summary = summary;
        for (const key of ['reason', 'requestedBy', 'implementedBy', 'approvedBy', 'ticket', 'date'] as const)
          if (values[key].trim()) record[key] = values[key].trim();
        try {
          editor.applyEdit(r ? 'Edit change record' : 'Record change', (m) => saveChangeRecord(m, record));
          props.onDone();
        } catch (err) {
          setError(err instanceof Error ? err.message : String(err));
        }
      }}
    >
      {text('title', 'Title (required)')}
      {text('reason', 'Reason')}
      <div className="grid grid-cols-2 gap-1.5">
        {text('requestedBy', 'Requested by')}
        {text('implementedBy', 'Implemented by')}
        {text('approvedBy', 'Approved by')}
        {text('ticket', 'Ticket / MOC')}
        {text('date', 'Date')}
        <label className="block text-slate-700" htmlFor={`${id}-status`}>
          Status
          <select id={`${id}-status`} className={field} value={values.status} onChange={set('status')}>
            {CHANGE_STATUSES.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
        </label>
      </div>
      {error ? (
        <p role="alert" className="text-red-700 dark:text-red-300">
          {error}
        </p>
      ) : null}
      <div className="flex gap-1.5">
        <button
          type="submit"
          className="rounded border border-sky-600 bg-sky-600 px-2 py-1 font-medium text-white hover:bg-sky-700"
        >
          Save record
        </button>
        <button
          type="button"
          className="rounded border border-slate-300 bg-white dark:bg-(--otz-surface) px-2 py-1 text-slate-700 hover:bg-slate-100"
          onClick={props.onDone}
        >
          Cancel
        </button>
      </div>
    </form>
  );
}
