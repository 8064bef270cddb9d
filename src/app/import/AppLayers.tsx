/**
 * Import dialogs and drag and drop of files onto the window, mounted at the app root
 * (shell/app-layers.tsx). A dropped .json opens as a model (or, if it is OTM or Threat Dragon, the
 * import preview); a .csv opens the inventory import dialog; .drawio/.xml/.yaml the import preview.
 * Drops the canvas handles itself (palette items) are left alone.
 */
import { useEffect } from 'react';
import { ForeignImportDialog } from './ForeignImportDialog';
import { InventoryDialog } from './InventoryDialog';
import { openInventory, useImport } from './import-store';
import { isForeignFile, openDroppedJson, openForeignFile } from './open-foreign-file';
import { isCsvFile } from './open-model-file';
import { ProblemsDialog } from './ProblemsDialog';

const carriesFiles = (e: DragEvent) => e.dataTransfer?.types.includes('Files') ?? false;

function useFileDrop() {
  useEffect(() => {
    let depth = 0;
    const onEnter = (e: DragEvent) => {
      if (!carriesFiles(e)) return;
      depth++;
      useImport.setState({ dragging: true });
    };
    const onLeave = (e: DragEvent) => {
      if (!carriesFiles(e)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) useImport.setState({ dragging: false });
    };
    const onOver = (e: DragEvent) => {
      if (!carriesFiles(e)) return;
      e.preventDefault();
      if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
    };
    const onDrop = (e: DragEvent) => {
      depth = 0;
      useImport.setState({ dragging: false });
      if (e.defaultPrevented || !carriesFiles(e)) return;
      e.preventDefault();
      const file = e.dataTransfer?.files[0];
      if (!file) return;
      if (isCsvFile(file)) openInventory(file);
      else if (isForeignFile(file)) void openForeignFile(file);
      else void openDroppedJson(file);
    };
    window.addEventListener('dragenter', onEnter);
    window.addEventListener('dragleave', onLeave);
    window.addEventListener('dragover', onOver);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragenter', onEnter);
      window.removeEventListener('dragleave', onLeave);
      window.removeEventListener('dragover', onOver);
      window.removeEventListener('drop', onDrop);
    };
  }, []);
}

function DropHint() {
  const dragging = useImport((s) => s.dragging);
  if (!dragging) return null;
  return (
    <div
      aria-hidden="true"
      className="pointer-events-none fixed inset-0 z-[60] flex items-center justify-center bg-sky-900/20 backdrop-blur-[1px]"
    >
      <div className="rounded-xl border-2 border-sky-500 border-dashed bg-white/95 dark:bg-(--otz-surface)/94 px-8 py-6 text-center shadow-xl">
        <p className="font-semibold text-slate-900">Drop to import</p>
        <p className="mt-1 text-slate-600 text-sm">
          A .json model opens as a new diagram; a .csv inventory adds assets; draw.io, OTM, Threat Dragon and
          Threagile files open the import preview.
        </p>
      </div>
    </div>
  );
}

export function ImportLayers() {
  useFileDrop();
  return (
    <>
      <DropHint />
      <ProblemsDialog />
      <InventoryDialog />
      <ForeignImportDialog />
    </>
  );
}
