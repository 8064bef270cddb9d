/**
 * One register as a sortable, filterable, virtualised table: TanStack Table does the sorting and
 * filtering (headless), TanStack Virtual renders only the rows in view, so 5,000 rows scroll as
 * smoothly as 50. A row click selects its element and pans the canvas to it; a double click (or
 * Enter) on an editable cell edits it in place through the inspector's validation and undo.
 */
import {
  type ColumnDef,
  flexRender,
  getCoreRowModel,
  getFilteredRowModel,
  getSortedRowModel,
  type SortingState,
  useReactTable,
} from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useMemo, useRef, useState } from 'react';
import { indexFor } from '../store/derived';
import { useEditor } from '../store/editor-store';
import type { CellEdit, Register, RegisterColumn } from './registers';

export const ROW_HEIGHT = 30;

interface Editing {
  row: string;
  column: string;
}

function CellEditor<R>({
  edit,
  row,
  onDone,
}: {
  edit: CellEdit<R>;
  row: R;
  onDone: (error: string | null) => void;
}) {
  const model = useEditor((s) => s.model);
  const [error, setError] = useState<string | null>(null);
  const done = useRef(false);
  const commit = (value: string) => {
    if (done.current) return;
    if (value === edit.value(row)) {
      done.current = true;
      onDone(null);
      return;
    }
    const refused = edit.commit(row, value);
    setError(refused);
    if (refused === null) {
      done.current = true;
      onDone(null);
    }
  };
  const cancel = () => {
    done.current = true;
    onDone(null);
  };
  const cls = `h-full w-full rounded-sm border bg-white dark:bg-(--otz-surface) px-1.5 text-[12px] text-slate-900 outline-none ${
    error
      ? 'border-red-500 ring-2 ring-red-200 dark:ring-red-900'
      : 'border-sky-500 ring-2 ring-sky-200 dark:ring-sky-900'
  }`;
  return (
    <div
      className="relative h-full w-full"
      onClick={(e) => e.stopPropagation()}
      onKeyDown={(e) => e.stopPropagation()}
    >
      {edit.kind === 'select' ? (
        <select
          // biome-ignore lint/a11y/noAutofocus: the user asked to edit this cell
          autoFocus
          aria-label="Cell value"
          className={cls}
          defaultValue={edit.value(row)}
          onChange={(e) => commit(e.currentTarget.value)}
          onBlur={cancel}
          onKeyDown={(e) => {
            if (e.key === 'Escape') cancel();
          }}
        >
          {(edit.choices?.(row, model) ?? []).map((c) => (
            <option key={c.value} value={c.value}>
              {c.label}
            </option>
          ))}
        </select>
      ) : (
        <input
          // biome-ignore lint/a11y/noAutofocus: the user asked to edit this cell
          autoFocus
          aria-label="Cell value"
          aria-invalid={error ? true : undefined}
          className={cls}
          defaultValue={edit.value(row)}
          onBlur={(e) => commit(e.currentTarget.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') commit(e.currentTarget.value);
            else if (e.key === 'Escape') cancel();
          }}
        />
      )}
      {error ? (
        <div
          role="alert"
          className="absolute left-0 top-full z-10 mt-0.5 max-w-[320px] rounded border border-red-200 dark:border-red-900 bg-red-50 dark:bg-red-500/20 px-2 py-1 text-[11.5px] text-red-800 dark:text-red-300 shadow"
        >
          {error}
        </div>
      ) : null}
    </div>
  );
}

interface RowProps<R> {
  row: R;
  rowKey: string;
  columns: readonly RegisterColumn<R>[];
  top: number;
  selected: boolean;
  editing: string | null;
  onEdit: (row: string, column: string | null) => void;
  onReveal: (row: R) => void;
}

function RowView<R>({ row, rowKey, columns, top, selected, editing, onEdit, onReveal }: RowProps<R>) {
  return (
    <tr
      aria-selected={selected}
      data-row-key={rowKey}
      className={`absolute left-0 flex w-full cursor-pointer border-b border-slate-100 text-[12px] ${
        selected ? 'bg-sky-50 dark:bg-sky-500/20' : 'bg-white dark:bg-(--otz-surface) hover:bg-slate-50'
      }`}
      style={{ top, height: ROW_HEIGHT, ...(editing !== null ? { zIndex: 5 } : {}) }}
      onClick={() => onReveal(row)}
    >
      {columns.map((col) => {
        const value = col.value(row);
        const edit = col.edit;
        return (
          <td
            key={col.id}
            data-column={col.id}
            title={edit ? `${String(value)} — double-click to edit` : String(value)}
            className={`flex shrink-0 items-center px-2 ${editing === col.id ? '' : 'overflow-hidden'} ${
              typeof value === 'number' ? 'justify-end tabular-nums' : ''
            } ${edit ? 'text-slate-900' : 'text-slate-600'}`}
            style={{ width: col.width }}
            onDoubleClick={edit ? () => onEdit(rowKey, col.id) : undefined}
          >
            {editing === col.id && edit ? (
              <CellEditor edit={edit} row={row} onDone={() => onEdit(rowKey, null)} />
            ) : edit ? (
              <button
                type="button"
                className="w-full truncate text-left focus:outline-none focus:ring-2 focus:ring-inset focus:ring-sky-300"
                onKeyDown={(e) => {
                  if (e.key === 'Enter' || e.key === 'F2') {
                    e.preventDefault();
                    e.stopPropagation();
                    onEdit(rowKey, col.id);
                  }
                }}
              >
                {String(value)}
              </button>
            ) : (
              <span className="truncate">{String(value)}</span>
            )}
          </td>
        );
      })}
    </tr>
  );
}

const Row = memo(RowView) as typeof RowView;

export function RegisterTable<R>({ register, filter }: { register: Register<R>; filter: string }) {
  const model = useEditor((s) => s.model);
  const selection = useEditor((s) => s.selection);
  const rows = useMemo(() => register.rows(model, indexFor(model)), [register, model]);
  const [sorting, setSorting] = useState<SortingState>([]);
  const [editing, setEditing] = useState<Editing | null>(null);
  const columns = useMemo<ColumnDef<R, string | number>[]>(
    () =>
      register.columns.map((col) => ({
        id: col.id,
        header: col.header,
        accessorFn: (row: R) => col.value(row),
        size: col.width,
      })),
    [register],
  );
  const table = useReactTable({
    data: rows,
    columns,
    state: { sorting, globalFilter: filter },
    onSortingChange: setSorting,
    getRowId: (row) => register.rowKey(row),
    globalFilterFn: (row, columnId, value: string) =>
      String(row.getValue(columnId)).toLowerCase().includes(value.trim().toLowerCase()),
    getCoreRowModel: getCoreRowModel(),
    getSortedRowModel: getSortedRowModel(),
    getFilteredRowModel: getFilteredRowModel(),
  });
  const visibleRows = table.getRowModel().rows;
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: visibleRows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });
  const width = register.columns.reduce((s, c) => s + c.width, 0);
  const selected = useMemo(() => new Set(selection), [selection]);
  const reveal = useMemo(
    () => (row: R) => {
      useEditor.getState().reveal(register.elementId(row));
    },
    [register],
  );
  const onEdit = useMemo(
    () => (row: string, column: string | null) => setEditing(column === null ? null : { row, column }),
    [],
  );

  return (
    <div ref={scroller} data-testid={`register-${register.id}`} className="min-h-0 flex-1 overflow-auto">
      <table
        aria-label={`${register.label} register`}
        aria-rowcount={visibleRows.length + 1}
        className="grid"
        style={{ width, minWidth: '100%' }}
      >
        <thead className="sticky top-0 z-10 grid">
          <tr className="flex border-b border-slate-200 bg-slate-50 text-[11.5px] font-semibold text-slate-600">
            {table.getHeaderGroups()[0]?.headers.map((header) => {
              const sort = header.column.getIsSorted();
              return (
                <th
                  key={header.id}
                  scope="col"
                  aria-sort={sort === 'asc' ? 'ascending' : sort === 'desc' ? 'descending' : 'none'}
                  className="shrink-0 p-0 font-semibold"
                  style={{ width: header.getSize() }}
                >
                  <button
                    type="button"
                    className="flex h-8 w-full items-center gap-1 px-2 text-left hover:bg-slate-100"
                    onClick={header.column.getToggleSortingHandler()}
                    title="Sort"
                  >
                    <span className="truncate">
                      {flexRender(header.column.columnDef.header, header.getContext())}
                    </span>
                    <span aria-hidden="true" className="text-slate-400">
                      {sort === 'asc' ? '▲' : sort === 'desc' ? '▼' : ''}
                    </span>
                  </button>
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody className="relative grid" style={{ height: virtualizer.getTotalSize() }}>
          {virtualizer.getVirtualItems().map((item) => {
            const row = visibleRows[item.index];
            if (!row) return null;
            return (
              <Row
                key={row.id}
                row={row.original}
                rowKey={row.id}
                columns={register.columns}
                top={item.start}
                selected={selected.has(register.elementId(row.original))}
                editing={editing?.row === row.id ? editing.column : null}
                onEdit={onEdit}
                onReveal={reveal}
              />
            );
          })}
        </tbody>
      </table>
      {visibleRows.length === 0 ? (
        <p className="px-3 py-4 text-[12px] text-slate-500">
          {rows.length === 0 ? `No ${register.label.toLowerCase()} yet.` : 'No rows match the filter.'}
        </p>
      ) : null}
    </div>
  );
}
