/**
 * Import an asset inventory from CSV: pick a file, map its columns (guessed from the header),
 * preview what will be added, see unknown types and rejected rows with their line numbers, then
 * confirm. Nothing changes before Confirm, and the import is one undo step.
 */

import { useCallback, useEffect, useMemo, useState } from 'react';
import { ASSET_TYPES } from '../../domain/catalog/asset-types';
import { CSV_LIMITS, type CsvRecord, parseCsv } from '../../domain/import/csv';
import {
  type ColumnMapping,
  FIELD_LABEL,
  guessMapping,
  INVENTORY_FIELDS,
  type InventoryField,
  importInventory,
} from '../../domain/import/inventory';
import { agree, plural } from '../../domain/text/plural';
import { useEditor } from '../store/editor-store';
import { toast } from '../store/toasts';
import { FileInput } from '../ui/FileInput';
import { Modal, PRIMARY, SECONDARY } from '../ui/Modal';
import { closeInventory, useImport } from './import-store';
import { readTextFile } from './read-text-file';

type Loaded =
  | { state: 'empty' }
  | { state: 'reading'; fileName: string }
  | { state: 'error'; fileName: string; line?: number; message: string }
  | { state: 'ready'; fileName: string; header: string[]; rows: CsvRecord[] };

const PREVIEW_ROWS = 12;
const typeLabel = new Map(ASSET_TYPES.map((t) => [t.id, t.label]));

async function load(file: File): Promise<Loaded> {
  if (file.size > CSV_LIMITS.chars)
    return {
      state: 'error',
      fileName: file.name,
      message: `the file is too large (limit ${CSV_LIMITS.chars / 1024 / 1024} MB)`,
    };
  const parsed = parseCsv(await readTextFile(file));
  if (!parsed.ok)
    return { state: 'error', fileName: file.name, line: parsed.error.line, message: parsed.error.message };
  const [header, ...rows] = parsed.records;
  if (!header) return { state: 'error', fileName: file.name, message: 'the file is empty' };
  if (rows.length === 0)
    return { state: 'error', fileName: file.name, message: 'the file has a header row but no data rows' };
  return { state: 'ready', fileName: file.name, header: header.fields, rows };
}

const listLines = (lines: readonly number[]) =>
  lines.length > 12 ? `${lines.slice(0, 12).join(', ')} … (${lines.length} rows)` : lines.join(', ');

export function InventoryDialog() {
  const request = useImport((s) => s.inventory);
  const [loaded, setLoaded] = useState<Loaded>({ state: 'empty' });
  const [mapping, setMapping] = useState<ColumnMapping>({});
  const model = useEditor((s) => s.model);

  const choose = useCallback(async (file: File) => {
    setLoaded({ state: 'reading', fileName: file.name });
    const next = await load(file);
    setLoaded(next);
    setMapping(next.state === 'ready' ? guessMapping(next.header) : {});
  }, []);

  // A file dropped on the window arrives with the request.
  useEffect(() => {
    if (request?.file) void choose(request.file);
    else if (request) setLoaded({ state: 'empty' });
  }, [request, choose]);

  const result = useMemo(
    () => (loaded.state === 'ready' ? importInventory(model, loaded.rows, mapping) : null),
    [loaded, mapping, model],
  );

  const close = () => {
    closeInventory();
    setLoaded({ state: 'empty' });
  };
  const confirm = () => {
    if (loaded.state !== 'ready' || !result) return;
    const { rows } = loaded;
    let added = 0;
    useEditor.getState().applyEdit('Import asset inventory', (m) => {
      const r = importInventory(m, rows, mapping);
      added = r.createdAssets.length;
      return r.model;
    });
    toast(`Imported ${plural(added, 'asset')} from ${loaded.fileName}`, 'success');
    close();
  };

  const nameMissing = mapping.name === undefined;
  const count = result?.createdAssets.length ?? 0;
  const newZones = result?.createdZones ?? [];

  return (
    <Modal
      open={!!request}
      title="Import asset inventory"
      onClose={close}
      width="w-[60rem]"
      testId="inventory-dialog"
      subtitle="A CSV file with one asset per row, as exported by a spreadsheet or an asset-discovery tool (comma, semicolon or tab separated). Nothing changes until you confirm, and Undo takes the whole import back."
      footer={
        <>
          <button type="button" className={SECONDARY} onClick={close}>
            Cancel
          </button>
          <button
            type="button"
            disabled={loaded.state !== 'ready' || nameMissing || count === 0}
            className={PRIMARY}
            onClick={confirm}
          >
            {count > 0 && !nameMissing ? `Import ${plural(count, 'asset')}` : 'Import'}
          </button>
        </>
      }
    >
      <div className="flex items-center gap-3">
        <label className="cursor-pointer rounded border border-slate-300 bg-white dark:bg-(--otz-surface) px-3 py-1.5 font-medium text-slate-700 text-sm hover:bg-slate-100 focus-within:ring-2 focus-within:ring-sky-300">
          {loaded.state === 'empty' ? 'Choose a CSV file…' : 'Choose another file…'}
          <FileInput
            accept=".csv,.tsv,.txt,text/csv"
            className="sr-only"
            data-testid="inventory-file-input"
            onFiles={([file]) => void choose(file)}
          />
        </label>
        {loaded.state !== 'empty' && (
          <span className="truncate text-slate-700 text-sm" title={loaded.fileName}>
            {loaded.fileName}
            {loaded.state === 'ready' && ` — ${loaded.rows.length} rows, ${loaded.header.length} columns`}
            {loaded.state === 'reading' && ' — reading…'}
          </span>
        )}
      </div>

      {loaded.state === 'error' && (
        <p
          role="alert"
          className="mt-3 rounded border border-red-200 dark:border-red-900 bg-red-50 dark:bg-red-500/20 px-3 py-2 text-red-800 dark:text-red-300 text-sm"
        >
          {loaded.line !== undefined ? `Line ${loaded.line}: ` : ''}
          {loaded.message}. Nothing was imported.
        </p>
      )}

      {loaded.state === 'ready' && result && (
        <>
          <h3 className="mt-4 font-semibold text-slate-800 text-sm">Columns</h3>
          <div
            className="mt-1 grid grid-cols-2 gap-x-4 gap-y-1.5 sm:grid-cols-4"
            data-testid="inventory-mapping"
          >
            {INVENTORY_FIELDS.map((field: InventoryField) => (
              <label key={field} className="flex flex-col text-[12px] text-slate-600">
                <span>
                  {FIELD_LABEL[field]}
                  {field === 'name' ? (
                    <span className="text-red-700 dark:text-red-300"> (required)</span>
                  ) : null}
                </span>
                <select
                  aria-label={`Column for ${FIELD_LABEL[field]}`}
                  className="mt-0.5 rounded border border-slate-300 bg-white dark:bg-(--otz-surface) px-1.5 py-1 text-[13px] text-slate-800 focus:outline-none focus:ring-2 focus:ring-sky-300"
                  value={mapping[field] ?? ''}
                  onChange={(e) =>
                    setMapping((m) => {
                      const next = { ...m };
                      if (e.target.value === '') delete next[field];
                      else next[field] = Number(e.target.value);
                      return next;
                    })
                  }
                >
                  <option value="">— not imported —</option>
                  {loaded.header.map((h, i) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: columns are positional
                    <option key={i} value={i}>
                      {h.trim() ? h.slice(0, 60) : `Column ${i + 1}`}
                    </option>
                  ))}
                </select>
              </label>
            ))}
          </div>

          <p className="mt-4 text-slate-800 text-sm" data-testid="inventory-summary">
            {nameMissing ? (
              <span className="text-red-700 dark:text-red-300">
                Choose the column that holds the asset names.
              </span>
            ) : (
              <>
                <b>{count}</b> {agree(count, 'asset', 'assets')} will be added
                {newZones.length > 0 && (
                  <>
                    , with {plural(newZones.length, 'new zone')}: {newZones.map((z) => z.name).join(', ')}
                  </>
                )}
                .{result.rejected.length > 0 && ` ${plural(result.rejected.length, 'row')} rejected.`}
              </>
            )}
          </p>

          <div className="mt-2 overflow-x-auto rounded border border-slate-200">
            <table className="w-full text-left text-[12px]" aria-label="Preview">
              <thead className="bg-slate-50 text-slate-600">
                <tr>
                  {['Line', 'Name', 'Type', 'Zone', 'Addresses', 'Vendor', 'Model'].map((h) => (
                    <th key={h} className="px-2 py-1 font-semibold">
                      {h}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {result.rows.slice(0, PREVIEW_ROWS).map((r) => (
                  <tr
                    key={r.line}
                    className={`border-slate-100 border-t ${r.rejected ? 'bg-red-50 dark:bg-red-500/20 text-red-800 dark:text-red-300' : ''}`}
                  >
                    <td className="px-2 py-1 tabular-nums">{r.line}</td>
                    <td className="max-w-[14rem] truncate px-2 py-1" title={r.name}>
                      {r.rejected ? `Rejected: ${r.rejected}` : r.name}
                    </td>
                    <td className="px-2 py-1">
                      {typeLabel.get(r.type) ?? r.type}
                      {!r.typeKnown && !r.rejected && (
                        <span className="ml-1 rounded bg-amber-100 dark:bg-amber-500/20 px-1 text-[11px] text-amber-900 dark:text-amber-300">
                          unknown{r.typeText ? `: ${r.typeText.slice(0, 40)}` : ''}
                        </span>
                      )}
                    </td>
                    <td className="max-w-[12rem] truncate px-2 py-1" title={r.zoneName}>
                      {r.zoneName}
                      {r.zoneIsNew && (
                        <span className="ml-1 rounded bg-sky-100 dark:bg-sky-500/20 px-1 text-[11px] text-sky-900 dark:text-sky-300">
                          new
                        </span>
                      )}
                    </td>
                    <td className="max-w-[10rem] truncate px-2 py-1">{r.addresses.join(', ')}</td>
                    <td className="max-w-[8rem] truncate px-2 py-1">{r.vendor}</td>
                    <td className="max-w-[8rem] truncate px-2 py-1">{r.model}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            {result.rows.length > PREVIEW_ROWS && (
              <p className="border-slate-100 border-t px-2 py-1 text-[12px] text-slate-500">
                … and {result.rows.length - PREVIEW_ROWS} more rows
              </p>
            )}
          </div>

          {result.unknownTypes.length > 0 && (
            <section className="mt-3" aria-label="Unknown types" data-testid="inventory-unknown-types">
              <h3 className="font-semibold text-amber-900 dark:text-amber-300 text-sm">
                Unknown types, imported as “Generic” (change them in the inspector later)
              </h3>
              <ul className="mt-1 max-h-32 overflow-y-auto text-[12.5px] text-slate-700">
                {result.unknownTypes.map((u) => (
                  <li key={u.value}>
                    <b className="break-all">{u.value}</b> — {agree(u.lines.length, 'line', 'lines')}{' '}
                    {listLines(u.lines)}
                  </li>
                ))}
              </ul>
            </section>
          )}

          {result.rejected.length > 0 && (
            <section className="mt-3" aria-label="Rejected rows" data-testid="inventory-rejected">
              <h3 className="font-semibold text-red-800 dark:text-red-300 text-sm">
                Rejected rows (not imported)
              </h3>
              <ul className="mt-1 max-h-32 overflow-y-auto text-[12.5px] text-slate-700">
                {result.rejected.map((r) => (
                  <li key={r.line}>
                    Line {r.line}: {r.reason}
                  </li>
                ))}
              </ul>
            </section>
          )}
        </>
      )}
    </Modal>
  );
}
