/** The Compare button in the header: pick a saved model file to compare the open diagram with. */
import { useRef } from 'react';
import { formatIssue } from '../../domain/model/issues';
import { parseModelText } from '../../domain/model/parse';
import { useAnalysis } from '../analysis/analysis-store';
import { toast } from '../store/toasts';
import { useCompare } from './compare-store';

export const order = 55;

async function pick(file: File) {
  const parsed = parseModelText(await file.text());
  if (!parsed.ok) {
    const first = parsed.issues[0];
    toast(`Cannot compare with ${file.name}: ${first ? formatIssue(first) : 'not a model file'}`, 'error');
    return;
  }
  useAnalysis.getState().setOpen(false); // both are drawers on the right
  useCompare.getState().compareWith({ model: parsed.model, label: file.name });
}

export function ToolbarSlot() {
  const open = useCompare((s) => s.open);
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button
        type="button"
        aria-pressed={open}
        title="Compare the open diagram with a saved version (a model file): changes, findings, security-relevant changes"
        onClick={() => (open ? useCompare.getState().close() : input.current?.click())}
        className={`flex h-8 items-center gap-1.5 rounded-md px-2.5 font-medium text-[12.5px] ${
          open ? 'bg-amber-500 text-white hover:bg-amber-600' : 'text-slate-700 hover:bg-slate-100'
        }`}
      >
        <svg
          width="17"
          height="17"
          viewBox="0 0 24 24"
          fill="none"
          stroke="currentColor"
          strokeWidth="1.9"
          strokeLinecap="round"
          aria-hidden="true"
        >
          <rect x="3" y="4" width="7" height="16" rx="1.5" />
          <rect x="14" y="4" width="7" height="16" rx="1.5" strokeDasharray="3 2" />
        </svg>
        <span className="sr-only 2xl:not-sr-only">Compare</span>
      </button>
      <input
        ref={input}
        type="file"
        accept=".json,application/json"
        className="hidden"
        aria-label="Model file to compare with"
        data-testid="compare-file"
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) void pick(file);
        }}
      />
    </>
  );
}
