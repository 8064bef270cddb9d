/** The Analysis button in the header (listed in shell/header-items.tsx). */

import { useDrawerOpen } from '../shell/panels';
import { HEADER_LABEL } from '../ui/HeaderButton';
import { useWorkshop } from '../workshop/workshop-store';
import { useAnalysis } from './analysis-store';

export function AnalysisHeaderItems() {
  const open = useDrawerOpen('analysis');
  return (
    <button
      type="button"
      aria-pressed={open}
      title="What if a zone is compromised? Blast radius, attack path, containment, coverage"
      onClick={() => {
        if (!open) useWorkshop.getState().closeNotes();
        useAnalysis.getState().toggle();
      }}
      className={`flex h-8 items-center gap-1.5 rounded-md px-2.5 text-[12.5px] font-medium ${
        open ? 'bg-red-600 text-white hover:bg-red-700' : 'text-slate-700 hover:bg-slate-100'
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
        strokeLinejoin="round"
        aria-hidden="true"
      >
        <circle cx="12" cy="12" r="3" />
        <circle cx="12" cy="12" r="8" strokeDasharray="3 3" />
        <path d="M12 1v3M12 20v3M1 12h3M20 12h3" />
      </svg>
      <span className={HEADER_LABEL}>Analysis</span>
    </button>
  );
}
