/** The Import menu (header): open a model file, or import an asset inventory from CSV. */
import { useEffect, useId, useRef, useState } from 'react';
import { openInventory } from './import-store';
import { openModelFile } from './open-model-file';

const itemClass =
  'flex w-full flex-col rounded px-2.5 py-1.5 text-left text-[13px] text-slate-800 hover:bg-slate-100 focus:bg-slate-100 focus:outline-none';

export function ImportMenu() {
  const [open, setOpen] = useState(false);
  const rootRef = useRef<HTMLDivElement>(null);
  const jsonInput = useRef<HTMLInputElement>(null);
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
          <path d="M12 15V4M7.5 8.5L12 4l4.5 4.5M5 19h14" />
        </svg>
        Import
      </button>
      <input
        ref={jsonInput}
        type="file"
        accept=".json,application/json"
        className="hidden"
        data-testid="open-json-input"
        aria-label="Model file to open"
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) void openModelFile(file);
        }}
      />
      {open ? (
        <div
          id={menuId}
          role="menu"
          aria-label="Import"
          className="absolute top-full right-0 z-50 mt-1 w-80 rounded-lg border border-slate-200 bg-white p-1.5 shadow-xl"
        >
          <button
            type="button"
            role="menuitem"
            className={itemClass}
            onClick={() => {
              setOpen(false);
              jsonInput.current?.click();
            }}
          >
            <span className="font-medium">Open model file (JSON)…</span>
            <span className="text-[11.5px] text-slate-500">
              Opens as a new diagram; the current one stays saved.
            </span>
          </button>
          <button
            type="button"
            role="menuitem"
            className={itemClass}
            onClick={() => {
              setOpen(false);
              openInventory(null);
            }}
          >
            <span className="font-medium">Import asset inventory (CSV)…</span>
            <span className="text-[11.5px] text-slate-500">
              Adds assets (and their zones) to this diagram.
            </span>
          </button>
          <p className="border-slate-100 border-t px-2.5 pt-1.5 pb-0.5 text-[11.5px] text-slate-500">
            Or drop a .json or .csv file anywhere on the window.
          </p>
        </div>
      ) : null}
    </div>
  );
}
