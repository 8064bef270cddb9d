/**
 * The Export menu (header): PNG at 1x/2x/4x, SVG with or without findings, the model file, the
 * CSV registers, the security-plan report, draw.io and the JSON Schema. Every file is named after
 * the model and built by the same domain exporters as the CLI.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { fileStem } from '../../domain/export/text';
import { downloadText } from '../persistence/download';
import { useEditor } from '../store/editor-store';
import { evaluationFor } from '../store/findings';
import { EXPORT_LABELS, type FileExport, PNG_SCALES, type PngScale } from './export-kinds';

const GROUPS: ReadonlyArray<{ title: string; items: readonly FileExport[] }> = [
  { title: 'Drawing', items: ['svg', 'svg-plain', 'drawio'] },
  { title: 'Documents', items: ['report-html', 'report-md'] },
  { title: 'Registers', items: ['csv-assets', 'csv-zones', 'csv-conduits', 'csv-flows'] },
  { title: 'Data', items: ['json', 'schema'] },
];

function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

const itemClass =
  'flex w-full items-center justify-between gap-3 rounded px-2.5 py-1.5 text-left text-[13px] text-slate-800 hover:bg-slate-100 focus:bg-slate-100 focus:outline-none disabled:text-slate-400';

export function ExportMenu() {
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState<PngScale | null>(null);
  const rootRef = useRef<HTMLDivElement>(null);
  const menuId = useId();

  useEffect(() => {
    if (!open) return;
    const onPointer = (e: PointerEvent) => {
      if (rootRef.current && !rootRef.current.contains(e.target as Node)) setOpen(false);
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') setOpen(false);
    };
    document.addEventListener('pointerdown', onPointer);
    document.addEventListener('keydown', onKey);
    rootRef.current?.querySelector<HTMLButtonElement>('[role="menuitem"]')?.focus();
    return () => {
      document.removeEventListener('pointerdown', onPointer);
      document.removeEventListener('keydown', onKey);
    };
  }, [open]);

  const toast = (message: string, tone?: 'info' | 'error' | 'success') =>
    useEditor.getState().toast(message, tone);

  const exportText = async (kind: FileExport) => {
    setOpen(false);
    try {
      const model = useEditor.getState().model;
      // Loaded on first use: the exporters are not part of the start-up bundle.
      const { exportFile } = await import('./export-files');
      const file = exportFile(kind, model, evaluationFor(model));
      downloadText(file.text, file.fileName, file.mime);
      toast(`Exported ${file.fileName}`, 'success');
    } catch (error) {
      toast(`Export failed: ${error instanceof Error ? error.message : String(error)}`, 'error');
    }
  };

  const exportPng = async (scale: PngScale) => {
    const model = useEditor.getState().model;
    const sticky = (model.notes ?? []).some((n) => n.targetId === undefined);
    if (model.zones.length === 0 && !sticky) {
      setOpen(false);
      toast('The diagram is empty: there is nothing to export yet.');
      return;
    }
    setBusy(scale);
    // Let "Rendering…" paint first: building the SVG keeps the main thread busy for a moment.
    await new Promise((resolve) => setTimeout(resolve, 50));
    try {
      const { renderPng } = await import('./png');
      const { blob, scale: used } = await renderPng(model, evaluationFor(model), scale);
      const stem = fileStem(model.meta.name);
      const fileName = `${stem}${used === 1 ? '' : `@${used}x`}.png`;
      downloadBlob(blob, fileName);
      toast(
        used === scale
          ? `Exported ${fileName}`
          : `Exported ${fileName} at ${used}x: the diagram is too large for ${scale}x`,
        'success',
      );
    } catch (error) {
      toast(`PNG export failed: ${error instanceof Error ? error.message : String(error)}`, 'error');
    } finally {
      setBusy(null);
      setOpen(false);
    }
  };

  return (
    <div ref={rootRef} className="relative">
      <button
        type="button"
        className="flex h-8 items-center gap-1.5 rounded-md px-2 text-[12.5px] text-slate-700 hover:bg-slate-100 focus:outline-none focus:ring-2 focus:ring-sky-300"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={menuId}
        onClick={() => setOpen((o) => !o)}
      >
        <svg
          viewBox="0 0 24 24"
          className="size-4"
          fill="none"
          stroke="currentColor"
          strokeWidth="1.8"
          strokeLinecap="round"
          strokeLinejoin="round"
          aria-hidden="true"
        >
          <path d="M12 4v11M7.5 10.5L12 15l4.5-4.5M5 19h14" />
        </svg>
        Export
      </button>
      {open ? (
        <div
          id={menuId}
          role="menu"
          aria-label="Export"
          className="absolute top-full right-0 z-50 mt-1 max-h-[calc(100vh-4rem)] w-72 overflow-y-auto rounded-lg border border-slate-200 bg-white p-1.5 shadow-xl"
        >
          <div className="pb-1">
            <div className="px-2.5 pt-1 pb-0.5 font-semibold text-[11px] text-slate-500 uppercase tracking-wide">
              Image
            </div>
            <div className="flex items-center gap-1 px-1">
              {PNG_SCALES.map((scale) => (
                <button
                  key={scale}
                  type="button"
                  role="menuitem"
                  disabled={busy !== null}
                  className={`${itemClass} justify-center border border-slate-200`}
                  aria-label={`PNG image ${scale}x`}
                  title={`The whole diagram as a PNG at ${scale}× resolution`}
                  onClick={() => void exportPng(scale)}
                >
                  {busy === scale ? 'Rendering…' : `PNG ${scale}×`}
                </button>
              ))}
            </div>
          </div>
          {GROUPS.map((group) => (
            <div key={group.title} className="border-slate-100 border-t pt-1 pb-1">
              <div className="px-2.5 pt-1 pb-0.5 font-semibold text-[11px] text-slate-500 uppercase tracking-wide">
                {group.title}
              </div>
              {group.items.map((kind) => (
                <button
                  key={kind}
                  type="button"
                  role="menuitem"
                  className={itemClass}
                  onClick={() => void exportText(kind)}
                >
                  {EXPORT_LABELS[kind]}
                </button>
              ))}
            </div>
          ))}
        </div>
      ) : null}
    </div>
  );
}
