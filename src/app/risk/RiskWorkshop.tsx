/**
 * Risk workshop mode: steps through the zones, then the conduits (the presentation mode's order),
 * framing each on the canvas with its characteristics and risk register beside it, and colours
 * every zone and conduit by its worst residual risk (heat map). Page Down / Page Up step, Esc
 * leaves (when no field has focus). Large type for a projector.
 */
import { useReactFlow } from '@xyflow/react';
import { useEffect, useMemo } from 'react';
import { ZONE_KIND_INFO } from '../../domain/catalog/zone-kinds';
import { riskAssessmentOf } from '../../domain/risk/scoring';
import { formatSl } from '../../domain/security-level';
import { layoutFor } from '../canvas/geometry';
import { useDrawerOpen } from '../shell/panels';
import { useEditor } from '../store/editor-store';
import { presentationSteps } from '../workshop/presentation-steps';
import { CharacteristicsSection } from './CharacteristicsSection';
import { heatCss, heatMap } from './heat';
import { RiskList } from './RiskSection';
import { useRiskUi } from './risk-store';

const isTyping = (t: EventTarget | null) =>
  t instanceof HTMLElement && (t.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(t.tagName));

/**
 * The heat map as a constructed stylesheet: the app's CSP (style-src 'self') forbids <style>
 * elements, while the CSSOM is not restricted. Marked on <html> for tests and print CSS.
 */
function useHeatStyle(active: boolean) {
  const model = useEditor((s) => s.model);
  const css = useMemo(() => (active ? heatCss(heatMap(model), (s) => CSS.escape(s)) : ''), [active, model]);
  useEffect(() => {
    if (!active) return;
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    document.documentElement.dataset.riskHeat = 'on';
    return () => {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
      delete document.documentElement.dataset.riskHeat;
    };
  }, [active, css]);
}

export function RiskWorkshop() {
  const active = useDrawerOpen('risk');
  const step = useRiskUi((s) => s.step);
  const model = useEditor((s) => s.model);
  const steps = useMemo(() => (active ? presentationSteps(model, layoutFor(model)) : []), [active, model]);
  const current = steps[Math.min(step, steps.length - 1)];
  const { fitBounds } = useReactFlow();
  useHeatStyle(active);

  useEffect(() => {
    if (!active) return;
    const onKey = (e: KeyboardEvent) => {
      if (isTyping(e.target) || e.ctrlKey || e.metaKey || e.altKey) return;
      const ui = useRiskUi.getState();
      if (e.key === 'PageDown') ui.setStep(Math.min(steps.length - 1, ui.step + 1));
      else if (e.key === 'PageUp') ui.setStep(Math.max(0, ui.step - 1));
      else if (e.key === 'Escape') ui.stopWorkshop();
      else return;
      e.preventDefault();
      e.stopImmediatePropagation();
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [active, steps.length]);

  const box = current?.box;
  useEffect(() => {
    if (!box) return;
    const id = requestAnimationFrame(() => void fitBounds(box, { padding: 0.25, duration: 350 }));
    return () => cancelAnimationFrame(id);
  }, [box, fitBounds]);

  if (!active) return null;
  const element =
    current &&
    (current.kind === 'zone'
      ? model.zones.find((z) => z.id === current.id)
      : model.conduits.find((c) => c.id === current.id));
  const suggestion = current && riskAssessmentOf(model).suggestions.find((s) => s.subjectId === current.id);
  const go = (n: number) => useRiskUi.getState().setStep(Math.max(0, Math.min(steps.length - 1, n)));
  return (
    <>
      <aside
        aria-label="Risk workshop"
        className="fixed top-14 right-0 bottom-0 z-40 flex w-[480px] flex-col border-slate-300 border-l bg-white dark:bg-(--otz-surface) text-[15px] text-slate-900 shadow-2xl"
      >
        <header className="flex items-center gap-2 border-slate-200 border-b bg-slate-900 dark:bg-ink-700 px-4 py-3 text-white">
          <div className="min-w-0 flex-1">
            <p className="text-[11px] text-slate-300 uppercase tracking-wider">
              Risk workshop ·{' '}
              {current ? `${current.kind} ${step + 1} of ${steps.length}` : 'nothing to assess'}
            </p>
            <h2 className="truncate font-semibold text-xl" data-testid="workshop-title">
              {element ? element.name || element.id : 'Add zones to start'}
            </h2>
          </div>
          <button
            type="button"
            className="rounded bg-slate-700 dark:bg-ink-600 px-2 py-1 text-sm hover:bg-slate-600"
            onClick={() => go(step - 1)}
            disabled={step <= 0}
          >
            ‹ Prev
          </button>
          <button
            type="button"
            className="rounded bg-sky-600 px-2 py-1 text-sm hover:bg-sky-500"
            onClick={() => go(step + 1)}
            disabled={step >= steps.length - 1}
          >
            Next ›
          </button>
          <button
            type="button"
            className="rounded px-2 py-1 text-sm hover:bg-slate-700"
            onClick={() => useRiskUi.getState().stopWorkshop()}
          >
            Done
          </button>
        </header>
        {element && current ? (
          <div key={element.id} className="flex-1 overflow-y-auto">
            <div className="px-4 py-2 text-sm text-slate-700">
              {current.kind === 'zone' && 'kind' in element ? ZONE_KIND_INFO[element.kind].label : 'Conduit'}{' '}
              · SL-T{' '}
              <b>
                {element.slTarget === null || element.slTarget === undefined
                  ? 'not set'
                  : formatSl(element.slTarget)}
              </b>
              {suggestion ? (
                <span className={suggestion.suggested > 0 ? ' text-amber-800 dark:text-amber-300' : ''}>
                  {' '}
                  · risk suggests SL-T {suggestion.suggested}
                </span>
              ) : null}
            </div>
            <div className="px-4 pb-3">
              <h3 className="mb-1 font-semibold text-[12px] text-slate-500 uppercase tracking-wide">Risks</h3>
              <RiskList subjectId={element.id} model={model} />
            </div>
            <CharacteristicsSection id={element.id} value={element.characteristics} />
            <p className="px-4 pb-4 text-slate-500 text-xs">
              Page Down / Page Up: next / previous · Esc: leave. Colours on the diagram: worst residual risk.
            </p>
          </div>
        ) : null}
      </aside>
    </>
  );
}
