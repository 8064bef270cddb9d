import { type ReactNode, useRef } from 'react';
import { useDrawerOpen } from '../shell/panels';
import { Icon } from '../ui/Icon';
import { UI_ICONS } from '../ui/ui-icons';
import { type AnalysisTab, useAnalysis } from './analysis-store';
import { ContainTab } from './ContainTab';
import { CoverageTab } from './CoverageTab';
import { useFitBeside } from './fit-beside';
import { PathTab } from './PathTab';
import { ReachTab } from './ReachTab';

const TABS: ReadonlyArray<{ id: AnalysisTab; label: string; content: () => ReactNode }> = [
  { id: 'reach', label: 'Blast radius', content: () => <ReachTab /> },
  { id: 'path', label: 'Attack path', content: () => <PathTab /> },
  { id: 'contain', label: 'Containment', content: () => <ContainTab /> },
  { id: 'coverage', label: 'Coverage', content: () => <CoverageTab /> },
];

/** The Analysis side panel: a drawer over the right-hand column, the canvas stays visible. */
export function AnalysisPanel() {
  const open = useDrawerOpen('analysis');
  const tab = useAnalysis((s) => s.tab);
  const setTab = useAnalysis((s) => s.setTab);
  const setOpen = useAnalysis((s) => s.setOpen);
  const ref = useRef<HTMLElement>(null);
  useFitBeside(ref, open);
  if (!open) return null;
  const current = TABS.find((t) => t.id === tab) ?? TABS[0]!;
  return (
    <section
      ref={ref}
      aria-label="Analysis"
      className="otz-side-panel fixed top-12 right-0 bottom-0 z-30 flex w-[440px] flex-col border-l border-slate-200 bg-white dark:bg-(--otz-surface) shadow-[-8px_0_24px_rgb(15_23_42/0.08)]"
    >
      <div className="flex h-11 shrink-0 items-center gap-2 border-b border-slate-200 px-3">
        <h2 className="text-[15px] font-semibold text-slate-900">Analysis</h2>
        <span className="text-[12px] text-slate-500">what if…?</span>
        <div className="flex-1" />
        <button
          type="button"
          aria-label="Close analysis"
          onClick={() => setOpen(false)}
          className="flex h-8 w-8 items-center justify-center rounded-md text-slate-600 hover:bg-slate-100"
        >
          <Icon name={UI_ICONS.close} size={17} />
        </button>
      </div>
      <div
        role="tablist"
        aria-label="Analyses"
        className="flex shrink-0 gap-1 border-b border-slate-200 px-2 pt-2"
      >
        {TABS.map((t) => (
          <button
            key={t.id}
            type="button"
            role="tab"
            aria-selected={t.id === tab}
            onClick={() => setTab(t.id)}
            className={`-mb-px rounded-t-md border px-2.5 py-1.5 text-[13px] font-medium ${
              t.id === tab
                ? 'border-slate-200 border-b-white bg-white dark:bg-(--otz-surface) text-blue-700 dark:text-blue-300'
                : 'border-transparent text-slate-600 hover:text-slate-900'
            }`}
          >
            {t.label}
          </button>
        ))}
      </div>
      <div role="tabpanel" aria-label={current.label} className="min-h-0 flex-1 overflow-y-auto p-3">
        {current.content()}
      </div>
    </section>
  );
}
