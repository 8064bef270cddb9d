/**
 * The import preview for another tool's file: the detected format (can be overridden), the page
 * of a multi-page draw.io file, what maps to zones, assets and conduits, and every guess and drop
 * with its place in the file — before anything changes. "Import as new diagram" saves the current
 * diagram first and opens the import as a new document; "Replace this diagram" puts the import in
 * the open diagram as one undo step (as the CSV inventory import does), after keeping the old
 * content as a named version ("Before importing …") where the diagram is stored in this browser.
 * Either way nothing the user had is lost.
 * The importers (XML/YAML parsers, inflate) are loaded on first use, not at start-up.
 */
import { useEffect, useState } from 'react';
import type { DetectedImport, ImportFormat } from '../../domain/import/interop';
import type { ImportReport } from '../../domain/import/interop-model';
import { plural } from '../../domain/text/plural';
import { saveVersion } from '../compare/versions';
import { persistence } from '../persistence';
import { useEditor } from '../store/editor-store';
import { toast } from '../store/toasts';
import { Modal } from '../ui/Modal';
import { closeForeign, useImport } from './import-store';

type Interop = typeof import('../../domain/import/interop');
type Preview =
  | { state: 'working' }
  | { state: 'ok'; result: DetectedImport; report: ImportReport; pages: string[] }
  | { state: 'refused'; message: string; pages: string[] };

/** Warnings shown per list; a file with thousands of drops must not freeze the dialog. */
const MAX_SHOWN = 300;

const FORMATS: ImportFormat[] = ['drawio', 'iec62443-xml', 'otm', 'threat-dragon', 'threagile'];

export function ForeignImportDialog() {
  const foreign = useImport((s) => s.foreign);
  const [from, setFrom] = useState<ImportFormat | 'auto'>('auto');
  const [page, setPage] = useState(1);
  const [preview, setPreview] = useState<Preview>({ state: 'working' });
  const [labels, setLabels] = useState<Record<string, string>>({});

  useEffect(() => {
    if (foreign) {
      setFrom('auto');
      setPage(1);
    }
  }, [foreign]);

  useEffect(() => {
    if (!foreign) return;
    let live = true;
    setPreview({ state: 'working' });
    void (async () => {
      const interop: Interop = await import('../../domain/import/interop');
      const { drawioPages } = await import('../../domain/import/drawio');
      const { importReport } = await import('../../domain/import/interop-model');
      if (!live) return;
      setLabels(interop.IMPORT_FORMAT_LABEL);
      let pages: string[] = [];
      try {
        const format = from === 'auto' ? interop.detectFormat(foreign.text) : from;
        if (format === 'drawio') pages = drawioPages(foreign.text).map((p) => p.name);
        const result = interop.importForeign(foreign.text, { from, page });
        if (live) setPreview({ state: 'ok', result, report: importReport(result), pages });
      } catch (error) {
        if (live)
          setPreview({
            state: 'refused',
            message: error instanceof Error ? error.message : String(error),
            pages,
          });
      }
    })();
    return () => {
      live = false;
    };
  }, [foreign, from, page]);

  const replaceCurrent = async () => {
    if (preview.state !== 'ok' || !foreign) return;
    const { model } = preview.result;
    const editor = useEditor.getState();
    // A named version of what was there, when this browser stores the diagram (a shared one has
    // the server's history instead); the undo step is the other way back.
    if (editor.documentId && !editor.readOnly) await saveVersion(`Before importing ${foreign.fileName}`, '');
    useEditor.getState().applyEdit(`Import ${foreign.fileName}`, () => model);
    closeForeign();
    const { mapped } = preview.report;
    toast(
      `Imported ${foreign.fileName} into this diagram (Ctrl+Z undoes it): ${mapped.zones} zones, ${mapped.assets} assets, ${mapped.conduits} conduits`,
      'success',
    );
  };

  const importNow = async () => {
    if (preview.state !== 'ok' || !foreign) return;
    await persistence()?.saveNow();
    useEditor.getState().replaceModel(preview.result.model, { documentId: null });
    closeForeign();
    const { mapped } = preview.report;
    toast(
      `Imported ${foreign.fileName}: ${mapped.zones} zones, ${mapped.assets} assets, ${mapped.conduits} conduits`,
      'success',
    );
  };

  return (
    <Modal
      open={!!foreign}
      title="Import from another tool"
      onClose={closeForeign}
      width="w-[48rem]"
      testId="foreign-import"
      subtitle={<span className="break-all">{foreign?.fileName}</span>}
      footer={
        <>
          <button
            type="button"
            className="rounded border border-slate-300 bg-white dark:bg-(--otz-surface) px-3 py-1.5 text-sm hover:bg-slate-100 focus:outline-none focus:ring-2 focus:ring-sky-400"
            onClick={closeForeign}
          >
            Cancel
          </button>
          <button
            type="button"
            disabled={preview.state !== 'ok'}
            title="Put the import in the open diagram as one undo step; its current content is kept as a version"
            className="rounded border border-slate-300 bg-white dark:bg-(--otz-surface) px-3 py-1.5 text-sm hover:bg-slate-100 focus:outline-none focus:ring-2 focus:ring-sky-400 disabled:cursor-not-allowed disabled:opacity-50"
            onClick={() => void replaceCurrent()}
          >
            Replace this diagram
          </button>
          <button
            type="button"
            disabled={preview.state !== 'ok'}
            className="rounded bg-sky-600 px-3 py-1.5 font-medium text-sm text-white hover:bg-sky-700 focus:outline-none focus:ring-2 focus:ring-sky-400 focus:ring-offset-1 disabled:cursor-not-allowed disabled:bg-slate-300"
            onClick={() => void importNow()}
          >
            Import as new diagram
          </button>
        </>
      }
    >
      <div className="flex flex-wrap items-end gap-4 text-sm">
        <label className="flex flex-col gap-1">
          <span className="font-medium text-slate-700 text-xs">Format</span>
          <select
            className="rounded border border-slate-300 px-2 py-1"
            value={from}
            onChange={(e) => setFrom(e.target.value as ImportFormat | 'auto')}
          >
            <option value="auto">
              Detect
              {preview.state === 'ok' && from === 'auto' ? ` (${labels[preview.result.format] ?? ''})` : ''}
            </option>
            {FORMATS.map((f) => (
              <option key={f} value={f}>
                {labels[f] ?? f}
              </option>
            ))}
          </select>
        </label>
        {preview.state !== 'working' && preview.pages.length > 1 && (
          <label className="flex flex-col gap-1">
            <span className="font-medium text-slate-700 text-xs">Page</span>
            <select
              className="rounded border border-slate-300 px-2 py-1"
              value={page}
              onChange={(e) => setPage(Number(e.target.value))}
            >
              {preview.pages.map((name, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: pages are positional
                <option key={i} value={i + 1}>
                  {i + 1}. {name}
                </option>
              ))}
            </select>
          </label>
        )}
      </div>
      {preview.state === 'working' && <p className="mt-4 text-slate-600 text-sm">Reading the file…</p>}
      {preview.state === 'refused' && (
        <div
          role="alert"
          className="mt-4 rounded border border-red-200 dark:border-red-900 bg-red-50 dark:bg-red-500/20 p-3 text-sm"
        >
          <p className="font-medium text-red-900 dark:text-red-300">This file cannot be imported</p>
          <p className="mt-1 break-words text-slate-800" data-testid="foreign-import-error">
            {preview.message}
          </p>
          <p className="mt-1 text-slate-600">Your current diagram is unchanged.</p>
        </div>
      )}
      {preview.state === 'ok' && (
        <Summary result={preview.result} report={preview.report} label={labels[preview.result.format]} />
      )}
    </Modal>
  );
}

function Summary({
  result,
  report,
  label,
}: {
  result: DetectedImport;
  report: ImportReport;
  label?: string | undefined;
}) {
  const { model } = result;
  const { mapped } = report;
  const assetsIn = new Map<string, number>();
  for (const a of model.assets) assetsIn.set(a.zoneId, (assetsIn.get(a.zoneId) ?? 0) + 1);
  const zoneName = new Map(model.zones.map((z) => [z.id, z.name]));
  return (
    <div className="mt-4 text-sm">
      <p data-testid="foreign-import-summary">
        {label ? <span className="font-medium">{label}: </span> : null}
        {mapped.zones} zones, {mapped.assets} assets, {mapped.conduits} conduits ({mapped.flows} flows) ·{' '}
        {report.guessed.length} guessed · {report.dropped.length} dropped
      </p>
      <div className="mt-3 grid grid-cols-2 gap-3">
        <section aria-label="Zones" className="max-h-44 overflow-y-auto rounded border border-slate-200">
          <h3 className="sticky top-0 border-slate-200 border-b bg-slate-50 px-2 py-1 font-medium text-slate-700 text-xs">
            Zones → assets
          </h3>
          <ul>
            {model.zones.map((z) => (
              <li
                key={z.id}
                className="flex justify-between gap-2 border-slate-100 border-b px-2 py-1 last:border-b-0"
              >
                <span className="break-words">
                  {z.parentId ? '↳ ' : ''}
                  <bdi>{z.name}</bdi> <span className="text-slate-500 text-xs">{z.kind}</span>
                </span>
                <span className="shrink-0 text-slate-500 text-xs">
                  {plural(assetsIn.get(z.id) ?? 0, 'asset')}
                </span>
              </li>
            ))}
          </ul>
        </section>
        <section aria-label="Conduits" className="max-h-44 overflow-y-auto rounded border border-slate-200">
          <h3 className="sticky top-0 border-slate-200 border-b bg-slate-50 px-2 py-1 font-medium text-slate-700 text-xs">
            Conduits
          </h3>
          <ul>
            {model.conduits.length === 0 && <li className="px-2 py-1 text-slate-500">None</li>}
            {model.conduits.map((c) => (
              <li key={c.id} className="border-slate-100 border-b px-2 py-1 last:border-b-0">
                <bdi className="break-words">{c.zoneIds.map((id) => zoneName.get(id) ?? id).join(' ↔ ')}</bdi>{' '}
                <span className="text-slate-500 text-xs">{plural(c.flows?.length ?? 0, 'flow')}</span>
              </li>
            ))}
          </ul>
        </section>
      </div>
      <Warnings title="Guessed" tone="amber" list={report.guessed} />
      <Warnings title="Not imported" tone="red" list={report.dropped} />
    </div>
  );
}

function Warnings({
  title,
  tone,
  list,
}: {
  title: string;
  tone: 'amber' | 'red';
  list: ImportReport['guessed'];
}) {
  if (list.length === 0) return null;
  const box =
    tone === 'amber'
      ? 'border-amber-200 dark:border-amber-900 bg-amber-50/60'
      : 'border-red-200 dark:border-red-900 bg-red-50/60';
  return (
    <section aria-label={title} className="mt-3">
      <h3 className="font-medium text-slate-700 text-xs">
        {title} ({list.length})
      </h3>
      <ul className={`mt-1 max-h-36 overflow-y-auto rounded border text-[12.5px] ${box}`}>
        {list.slice(0, MAX_SHOWN).map((w, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: the list is replaced whole, never reordered
          <li key={i} className="border-white/70 border-b px-2 py-1 last:border-b-0">
            <code className="break-all rounded bg-white dark:bg-(--otz-surface) px-1 font-mono text-[11.5px] text-slate-700">
              <bdi>{w.place}</bdi>
            </code>{' '}
            <bdi className="break-words text-slate-800">{w.message}</bdi>
          </li>
        ))}
        {list.length > MAX_SHOWN && (
          <li className="px-2 py-1 text-slate-600">and {list.length - MAX_SHOWN} more</li>
        )}
      </ul>
    </section>
  );
}
