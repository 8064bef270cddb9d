/** The Import menu (header): open a model file, or import an asset inventory from CSV. */

import { useRef } from 'react';
import { Menu, MenuItem } from '../shell/Menu';
import { FileInput } from '../ui/FileInput';
import { UI_ICONS } from '../ui/ui-icons';
import { openInventory } from './import-store';
import { openForeignFile } from './open-foreign-file';
import { openModelFile } from './open-model-file';

const itemClass =
  'flex w-full flex-col rounded px-2.5 py-1.5 text-left text-[13px] text-slate-800 hover:bg-slate-100 focus:bg-slate-100 focus:outline-none';

export function ImportMenu() {
  const jsonInput = useRef<HTMLInputElement>(null);
  const foreignInput = useRef<HTMLInputElement>(null);

  return (
    <>
      <Menu
        label="Import"
        popupClassName="absolute top-full right-0 z-50 mt-1 w-80 rounded-lg border border-slate-200 bg-white dark:bg-(--otz-surface) p-1.5 shadow-xl"
        icon={UI_ICONS.upload}
        trigger={<span className="sr-only min-[1600px]:not-sr-only">Import</span>}
      >
        <MenuItem className={itemClass} onSelect={() => jsonInput.current?.click()}>
          <span className="font-medium">Open model file (JSON)…</span>
          <span className="text-[11.5px] text-slate-500">
            Opens as a new diagram; the current one stays saved.
          </span>
        </MenuItem>
        <MenuItem className={itemClass} onSelect={() => openInventory(null)}>
          <span className="font-medium">Import asset inventory (CSV)…</span>
          <span className="text-[11.5px] text-slate-500">Adds assets (and their zones) to this diagram.</span>
        </MenuItem>
        <MenuItem className={itemClass} onSelect={() => foreignInput.current?.click()}>
          <span className="font-medium">Import from another tool…</span>
          <span className="text-[11.5px] text-slate-500">
            draw.io, design.iec62443.au, OTM, Threat Dragon, Threagile: preview, then a new diagram.
          </span>
        </MenuItem>
        <p className="border-slate-100 border-t px-2.5 pt-1.5 pb-0.5 text-[11.5px] text-slate-500">
          Or drop a file anywhere on the window.
        </p>
      </Menu>
      <FileInput
        ref={jsonInput}
        accept=".json,application/json"
        className="hidden"
        data-testid="open-json-input"
        aria-label="Model file to open"
        onFiles={([file]) => void openModelFile(file)}
      />
      <FileInput
        ref={foreignInput}
        accept=".drawio,.xml,.json,.yaml,.yml,.otm"
        className="hidden"
        data-testid="open-foreign-input"
        aria-label="File from another tool to import"
        onFiles={([file]) => void openForeignFile(file)}
      />
    </>
  );
}
