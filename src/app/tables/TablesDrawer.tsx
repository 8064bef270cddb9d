/**
 * The Tables drawer: the asset, zone, conduit and flow registers under the canvas, one tab each,
 * with a filter box and a CSV download per register (the export registry's own CSV exporters, so
 * the file is the one the Export menu and the CLI write).
 */
import { useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { downloadText } from '../persistence/download';
import { usePanels } from '../shell/panels';
import { evaluationFor } from '../store/derived';
import { useEditor } from '../store/editor-store';
import { RegisterTable } from './RegisterTable';
import { REGISTERS, type RegisterId } from './registers';
import { useTablesUi } from './tables-store';

const TABS: readonly RegisterId[] = ['assets', 'zones', 'conduits', 'flows'];

const control =
  'h-7 rounded border border-slate-300 bg-white dark:bg-(--otz-surface) px-2 text-[12px] text-slate-800 focus:border-sky-500 focus:outline-none focus:ring-2 focus:ring-sky-200';

async function downloadCsv(id: RegisterId) {
  const model = useEditor.getState().model;
  const { exportFile } = await import('../export/export-files');
  const file = await exportFile(REGISTERS[id].csv, model, evaluationFor(model));
  downloadText(file.text, file.fileName, file.mime);
}

export function TablesDrawer() {
  const open = usePanels((s) => s.tables);
  const tab = useTablesUi((s) => s.tab);
  const [filter, setFilter] = useState('');
  const counts = useEditor(
    useShallow((s) => ({
      assets: s.model.assets.length,
      zones: s.model.zones.length,
      conduits: s.model.conduits.length,
    })),
  );
  if (!open) return null;
  const register = REGISTERS[tab];
  return (
    <section
      aria-label="Tables"
      data-tables-drawer=""
      className="otz-side-panel fixed bottom-0 left-0 right-[360px] z-30 flex h-[42vh] min-h-[220px] flex-col border-t border-slate-300 bg-white dark:bg-(--otz-surface) shadow-[0_-4px_16px_rgba(15,23,42,0.08)]"
    >
      <div className="flex items-center gap-2 border-b border-slate-200 px-2 py-1.5">
        <div role="tablist" aria-label="Registers" className="flex items-center gap-0.5">
          {TABS.map((id) => (
            <button
              key={id}
              type="button"
              role="tab"
              aria-selected={tab === id}
              className={`rounded px-2.5 py-1 text-[12.5px] font-medium ${
                tab === id ? 'bg-slate-800 dark:bg-ink-700 text-white' : 'text-slate-700 hover:bg-slate-100'
              }`}
              onClick={() => useTablesUi.getState().setTab(id)}
            >
              {REGISTERS[id].label}
              {id !== 'flows' ? (
                <span className={`ml-1 tabular-nums ${tab === id ? 'text-slate-300' : 'text-slate-400'}`}>
                  {counts[id].toLocaleString('en')}
                </span>
              ) : null}
            </button>
          ))}
        </div>
        <input
          type="search"
          aria-label="Filter rows"
          placeholder="Filter rows…"
          className={`${control} ml-2 w-56`}
          value={filter}
          onChange={(e) => setFilter(e.currentTarget.value)}
        />
        <span className="text-[11.5px] text-slate-500">
          Double-click a cell to edit · click a row to find it
        </span>
        <div className="ml-auto flex items-center gap-1">
          <button
            type="button"
            className="h-7 rounded border border-slate-300 px-2.5 text-[12px] font-medium text-slate-700 hover:bg-slate-50"
            onClick={() => void downloadCsv(tab)}
          >
            Download CSV
          </button>
          <button
            type="button"
            aria-label="Close tables"
            className="h-7 w-7 rounded text-slate-500 hover:bg-slate-100"
            onClick={() => useTablesUi.getState().close()}
          >
            ✕
          </button>
        </div>
      </div>
      {/* One table per register; `key` keeps sorting and editing state per register. */}
      <RegisterTable key={tab} register={register as never} filter={filter} />
    </section>
  );
}
