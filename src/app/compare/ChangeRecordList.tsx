/**
 * The model's change records, newest first, each editable in place (status, approvals, ticket)
 * and removable; every change is one undo step. Shown in the comparison drawer and the Compare
 * menu, so records can be kept up to date without comparing anything.
 */
import { useState } from 'react';
import { isoDay } from '../../domain/diff/acceptance';
import { removeChangeRecord } from '../../domain/edit/acceptances';
import type { ChangeRecord } from '../../domain/model/schema';
import { useEditor } from '../store/editor-store';
import { ChangeRecordForm } from './ChangeRecordForm';

const STATUS_TONE = {
  draft: 'bg-slate-100 text-slate-700',
  approved: 'bg-sky-100 dark:bg-sky-500/20 text-sky-800 dark:text-sky-300',
  implemented: 'bg-emerald-100 dark:bg-emerald-500/20 text-emerald-800 dark:text-emerald-300',
} as const;

const newestFirst = (records: readonly ChangeRecord[]) =>
  records
    .map((r, i) => ({ r, i }))
    .sort((a, b) => (b.r.date ?? '').localeCompare(a.r.date ?? '') || a.i - b.i)
    .map(({ r }) => r);

function RecordRow({ record }: { record: ChangeRecord }) {
  const [editing, setEditing] = useState(false);
  if (editing)
    return (
      <li data-record={record.id}>
        <ChangeRecordForm record={record} today={isoDay(new Date())} onDone={() => setEditing(false)} />
      </li>
    );
  return (
    <li className="rounded border border-slate-200 p-1.5 text-xs" data-record={record.id}>
      <div className="flex items-start gap-1.5">
        <div className="min-w-0 flex-1">
          <span className="break-words font-medium text-slate-900">{record.title}</span>{' '}
          <span className={`rounded px-1 text-[10.5px] ${STATUS_TONE[record.status]}`}>{record.status}</span>
          <span className="block text-[11px] text-slate-500">
            {[
              record.date,
              record.ticket,
              record.implementedBy && `implemented by ${record.implementedBy}`,
              record.approvedBy && `approved by ${record.approvedBy}`,
              record.version,
            ]
              .filter(Boolean)
              .join(' · ')}
          </span>
        </div>

        <button
          type="button"
          aria-label={`Edit change record ${record.title}`}
          className="rounded px-1 text-sky-700 dark:text-sky-300 hover:bg-sky-50 dark:hover:bg-sky-500/20 focus:outline-none focus:ring-2 focus:ring-sky-300"
          onClick={() => setEditing(true)}
        >
          Edit
        </button>
        <button
          type="button"
          aria-label={`Delete change record ${record.title}`}
          className="rounded px-1 text-slate-400 hover:bg-red-50 dark:hover:bg-red-500/20 hover:text-red-700 dark:hover:text-red-300 focus:outline-none focus:ring-2 focus:ring-sky-300"
          onClick={() =>
            useEditor.getState().applyEdit('Delete change record', (m) => removeChangeRecord(m, record.id))
          }
        >
          ✕
        </button>
      </div>
    </li>
  );
}

export function ChangeRecordList() {
  const records = useEditor((s) => s.model.changeRecords);
  if (!records?.length) return null;
  return (
    <section aria-label="Change records" className="px-3 py-2">
      <h3 className="font-semibold text-[11px] text-slate-600 uppercase tracking-wide">
        Change records ({records.length})
      </h3>
      <ul className="mt-1 space-y-1.5">
        {newestFirst(records).map((r) => (
          <RecordRow key={r.id} record={r} />
        ))}
      </ul>
    </section>
  );
}
