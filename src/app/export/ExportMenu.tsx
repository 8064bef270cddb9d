/**
 * The Export menu (header): PNG at 1x/2x/4x, SVG with or without findings, the model file, the
 * CSV registers, the security-plan report, draw.io and the JSON Schema. Every file is named after
 * the model and built by the same domain exporters as the CLI.
 */
import { useState } from 'react';
import {
  EXPORT_GROUPS,
  type ExportFormat,
  exportFormatsFor,
  PNG_SCALES,
  type PngScale,
} from '../../domain/export/registry';
import { fileStem } from '../../domain/export/text';
import { downloadText } from '../persistence/download';
import { Menu, MenuGroup, MenuItem, useMenuClose } from '../shell/Menu';
import { useEditor } from '../store/editor-store';
import { evaluationFor } from '../store/findings';
import { toast } from '../store/toasts';
import { UI_ICONS } from '../ui/ui-icons';

/** The menu's sections: the registry's formats the menu offers, grouped, in registry order. */
const GROUPS: ReadonlyArray<{ title: string; items: Array<[string, ExportFormat]> }> = EXPORT_GROUPS.map(
  (title) => ({ title, items: exportFormatsFor('menu').filter(([, f]) => f.group === title) }),
);

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

/** The PNG buttons stay open while rendering ("Rendering…"), then close the menu themselves. */
function PngItems({
  busy,
  onExport,
}: {
  busy: PngScale | null;
  onExport(scale: PngScale, close: () => void): void;
}) {
  const close = useMenuClose();
  return (
    <MenuGroup title="Image" className="pb-1">
      <div className="flex items-center gap-1 px-1">
        {PNG_SCALES.map((scale) => (
          <MenuItem
            key={scale}
            keepOpen
            disabled={busy !== null}
            className={`${itemClass} justify-center border border-slate-200`}
            aria-label={`PNG image ${scale}x`}
            title={`The whole diagram as a PNG at ${scale}× resolution`}
            onSelect={() => onExport(scale, () => close(true))}
          >
            {busy === scale ? 'Rendering…' : `PNG ${scale}×`}
          </MenuItem>
        ))}
      </div>
    </MenuGroup>
  );
}

export function ExportMenu() {
  const [busy, setBusy] = useState<PngScale | null>(null);

  const exportText = async (kind: string) => {
    try {
      const model = useEditor.getState().model;
      // Loaded on first use: the exporters are not part of the start-up bundle.
      const { exportFile } = await import('./export-files');
      const file = await exportFile(kind, model, evaluationFor(model));
      if (file.bytes)
        downloadBlob(new Blob([file.bytes as Uint8Array<ArrayBuffer>], { type: file.mime }), file.fileName);
      else downloadText(file.text, file.fileName, file.mime);
      toast(`Exported ${file.fileName}`, 'success');
    } catch (error) {
      toast(`Export failed: ${error instanceof Error ? error.message : String(error)}`, 'error');
    }
  };

  const exportPng = async (scale: PngScale, close: () => void) => {
    const model = useEditor.getState().model;
    const sticky = (model.notes ?? []).some((n) => n.targetId === undefined);
    if (model.zones.length === 0 && !sticky) {
      close();
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
      close();
    }
  };

  return (
    <Menu
      label="Export"
      popupClassName="absolute top-full right-0 z-50 mt-1 max-h-[calc(100vh-4rem)] w-72 overflow-y-auto rounded-lg border border-slate-200 bg-white dark:bg-(--otz-surface) p-1.5 shadow-xl"
      icon={UI_ICONS.download}
      trigger={<span className="sr-only min-[1600px]:not-sr-only">Export</span>}
    >
      <PngItems busy={busy} onExport={(scale, close) => void exportPng(scale, close)} />
      {GROUPS.map((group) => (
        <MenuGroup key={group.title} title={group.title} className="border-slate-100 border-t pt-1 pb-1">
          {group.items.map(([kind, format]) => (
            <MenuItem key={kind} className={itemClass} onSelect={() => void exportText(kind)}>
              {format.label}
            </MenuItem>
          ))}
        </MenuGroup>
      ))}
    </Menu>
  );
}
