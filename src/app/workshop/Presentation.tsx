import { useReactFlow, ViewportPortal } from '@xyflow/react';
import { useEffect, useMemo } from 'react';
import { control } from '../../domain/catalog/controls';
import { effectivePurdueLevel, ZONE_KIND_INFO } from '../../domain/catalog/zone-kinds';
import { isOneWay } from '../../domain/model/derive';
import type { Model } from '../../domain/model/schema';
import type { Finding } from '../../domain/rules/rule';
import { slText } from '../../domain/security-level';
import { plural } from '../../domain/text/plural';
import { type Box, layoutFor } from '../canvas/geometry';
import { useEditor } from '../store/editor-store';
import { evaluationFor, subjectFindings } from '../store/findings';
import { type PresentationStep, presentationSteps } from './presentation-steps';
import { useWorkshop } from './workshop-store';

const SEVERITY_DOT = { error: 'bg-red-600', warning: 'bg-amber-500', info: 'bg-sky-600' } as const;

function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
  );
}

/** Enter presentation from a click (the browser allows full screen only from a user gesture). */
export function startPresentation(): void {
  useWorkshop.getState().startPresenting();
  document.documentElement.requestFullscreen?.().catch(() => {
    // full screen refused (embedded, policy): the canvas still fills the window
  });
}

export function stopPresentation(): void {
  useWorkshop.getState().stopPresenting();
  if (document.fullscreenElement) document.exitFullscreen().catch(() => undefined);
}

/** Arrow keys, Page Up/Down and Space step; Home shows everything; F toggles findings; Esc exits. */
function usePresentationKeys(count: number) {
  const presenting = useWorkshop((s) => s.presenting);
  useEffect(() => {
    if (!presenting) return;
    const onKey = (e: KeyboardEvent) => {
      if (isTyping(e.target) || e.ctrlKey || e.metaKey || e.altKey) return;
      const ws = useWorkshop.getState();
      const go = (step: number) => ws.setStep(Math.max(-1, Math.min(count - 1, step)));
      if (['ArrowRight', 'ArrowDown', 'PageDown', ' '].includes(e.key)) go(ws.step + 1);
      else if (['ArrowLeft', 'ArrowUp', 'PageUp'].includes(e.key)) go(ws.step - 1);
      else if (e.key === 'Home') go(-1);
      else if (e.key === 'End') go(count - 1);
      else if (e.key === 'f' || e.key === 'F') ws.toggleFindings();
      else if (e.key === 'Escape') stopPresentation();
      else return;
      // The editor must not nudge, delete or deselect while presenting.
      e.preventDefault();
      e.stopImmediatePropagation();
    };
    // Capture phase on window: runs before the editor's shortcuts and React Flow's node keys.
    window.addEventListener('keydown', onKey, true);
    const onFullscreen = () => {
      if (!document.fullscreenElement && useWorkshop.getState().presenting)
        useWorkshop.getState().stopPresenting();
    };
    document.addEventListener('fullscreenchange', onFullscreen);
    return () => {
      window.removeEventListener('keydown', onKey, true);
      document.removeEventListener('fullscreenchange', onFullscreen);
    };
  }, [presenting, count]);
}

/** Frames the current step (or the whole diagram) whenever it changes. */
function useFraming(current: PresentationStep | undefined, presenting: boolean) {
  const { fitBounds, fitView } = useReactFlow();
  useEffect(() => {
    // Wait a frame: entering presentation resizes the canvas to the full window.
    const id = requestAnimationFrame(() => {
      // Frame the element in the upper part of the screen: the caption covers the lower part.
      if (current)
        void fitBounds({ ...current.box, height: current.box.height * 1.6 }, { padding: 0.3, duration: 450 });
      else {
        // The overview fits above the caption card, so the lower zones (control, safety) stay visible.
        const card = document.querySelector('[data-testid="presentation-caption"]')?.getBoundingClientRect();
        const below = card ? Math.max(24, window.innerHeight - card.top + 16) : 24;
        void fitView({
          padding: { top: '24px', left: '24px', right: '24px', bottom: `${Math.round(below)}px` },
          duration: presenting ? 450 : 250,
        });
      }
    });
    return () => cancelAnimationFrame(id);
  }, [current, presenting, fitBounds, fitView]);
}

const RADIUS = 14;

/** A rectangle with corners rounded by RADIUS (less for a tiny box), as path data. */
function roundedRect(x: number, y: number, w: number, h: number): string {
  const r = Math.min(RADIUS, w / 2, h / 2);
  return `M${x + r} ${y}h${w - 2 * r}a${r} ${r} 0 0 1 ${r} ${r}v${h - 2 * r}a${r} ${r} 0 0 1 ${-r} ${r}h${-(w - 2 * r)}a${r} ${r} 0 0 1 ${-r} ${-r}v${-(h - 2 * r)}a${r} ${r} 0 0 1 ${r} ${-r}Z`;
}

/** Everything but the current step is shaded: an SVG with holes cut out (even-odd fill). */
function Spotlight({ holes }: { holes: readonly Box[] }) {
  const pad = 12;
  const outer = 'M-100000 -100000H100000V100000H-100000Z';
  // Each hole has the outline's rounded corners: a square hole left bright corners outside it.
  const cut = holes
    .map((b) => roundedRect(b.x - pad, b.y - pad, b.width + 2 * pad, b.height + 2 * pad))
    .join('');
  return (
    <ViewportPortal>
      <svg
        data-testid="presentation-spotlight"
        className="pointer-events-none absolute top-0 left-0 overflow-visible fill-[rgb(15_23_42/0.42)] dark:fill-[rgb(0_0_0/0.55)]"
        width={1}
        height={1}
        style={{ zIndex: 1900 }}
        aria-hidden="true"
      >
        <path d={outer + cut} fillRule="evenodd" />
        {holes.map((b) => (
          <rect
            key={`${b.x},${b.y}`}
            x={b.x - pad}
            y={b.y - pad}
            width={b.width + 2 * pad}
            height={b.height + 2 * pad}
            rx={RADIUS}
            fill="none"
            stroke="#2563eb"
            strokeWidth={5}
          />
        ))}
      </svg>
    </ViewportPortal>
  );
}

function FindingsList({ findings }: { findings: readonly Finding[] }) {
  if (findings.length === 0)
    return <p className="text-[17px] text-emerald-700 dark:text-emerald-300">No findings on this element.</p>;
  return (
    <ul data-testid="presentation-findings" className="flex flex-col gap-1.5">
      {findings.slice(0, 3).map((f) => (
        <li
          key={`${f.rule}:${f.message}`}
          className="flex items-start gap-2.5 text-[17px] leading-snug text-slate-800"
        >
          <span className={`mt-2 h-3 w-3 shrink-0 rounded-full ${SEVERITY_DOT[f.severity]}`} />
          <span>{f.message}</span>
        </li>
      ))}
      {findings.length > 3 && (
        <li className="pl-5 text-[15px] text-slate-500">+ {findings.length - 3} more</li>
      )}
    </ul>
  );
}

function Caption({ model, step }: { model: Model; step: PresentationStep | undefined }) {
  const showFindings = useWorkshop((s) => s.showFindings);
  const evaluation = evaluationFor(model);
  if (!step) {
    return (
      <>
        <h2 className="text-[30px] leading-tight font-bold text-slate-900">
          {model.meta.name || 'Untitled diagram'}
        </h2>
        <p className="text-[18px] text-slate-600">
          {[
            model.meta.site,
            `${model.zones.length} zones`,
            `${model.assets.length} assets`,
            `${model.conduits.length} conduits`,
          ]
            .filter(Boolean)
            .join(' · ')}
        </p>
        {showFindings && (
          <p className="text-[18px] text-slate-700">
            Findings: {plural(evaluation.counts.error, 'error')},{' '}
            {plural(evaluation.counts.warning, 'warning')}, {evaluation.counts.info} info
          </p>
        )}
      </>
    );
  }
  const findings = subjectFindings(evaluation, step.id);
  if (step.kind === 'zone') {
    const zone = model.zones.find((z) => z.id === step.id);
    if (!zone) return null;
    const assets = model.assets.filter((a) => a.zoneId === zone.id).length;
    return (
      <>
        <p className="text-[15px] font-semibold tracking-wide text-blue-700 dark:text-blue-300 uppercase">
          Zone
        </p>
        <h2 className="text-[30px] leading-tight font-bold text-slate-900">{zone.name || zone.id}</h2>
        <p className="text-[18px] text-slate-600">
          {ZONE_KIND_INFO[zone.kind].label} · Purdue level {effectivePurdueLevel(zone)} · SL-T{' '}
          {zone.slTarget === undefined || zone.slTarget === null ? 'not set' : slText(zone.slTarget)} ·{' '}
          {plural(assets, 'asset')}
        </p>
        {zone.description && <p className="text-[18px] leading-snug text-slate-800">{zone.description}</p>}
        {showFindings && <FindingsList findings={findings} />}
      </>
    );
  }
  const conduit = model.conduits.find((c) => c.id === step.id);
  if (!conduit) return null;
  const names = conduit.zoneIds.map((z) => model.zones.find((x) => x.id === z)?.name || z);
  const controls = (conduit.controls ?? []).map((c) => control(c)?.label ?? c);
  return (
    <>
      <p className="text-[15px] font-semibold tracking-wide text-blue-700 dark:text-blue-300 uppercase">
        Conduit
      </p>
      <h2 className="text-[30px] leading-tight font-bold text-slate-900">{conduit.name || conduit.id}</h2>
      <p className="text-[18px] text-slate-600">
        {names.join(isOneWay(conduit) ? ' → ' : ' ↔ ')} · {conduit.type} · SL-C{' '}
        {conduit.slCapability === undefined ? 'not set' : slText(conduit.slCapability)} ·{' '}
        {plural(conduit.flows?.length ?? 0, 'documented flow')}
      </p>
      {controls.length > 0 && <p className="text-[17px] text-slate-700">Controls: {controls.join(', ')}</p>}
      {conduit.description && (
        <p className="text-[18px] leading-snug text-slate-800">{conduit.description}</p>
      )}
      {showFindings && <FindingsList findings={findings} />}
    </>
  );
}

/**
 * Presentation mode for workshops: the canvas fills the screen (workshop.css hides the panels),
 * type is larger, and the arrow keys walk through zones and conduits with a spotlight and a
 * caption that a room can read from the back.
 */
const NO_STEPS: readonly PresentationStep[] = [];

export function Presentation() {
  const presenting = useWorkshop((s) => s.presenting);
  const stepIndex = useWorkshop((s) => s.step);
  const showFindings = useWorkshop((s) => s.showFindings);
  // Only while presenting: the steps walk the whole model, and recomputing them after every edit
  // cost ~3 ms per edit on a 5,000-asset plant for nothing.
  const model = useEditor((s) => (presenting ? s.model : null));
  const steps = useMemo(() => (model ? presentationSteps(model, layoutFor(model)) : NO_STEPS), [model]);
  const current = presenting && stepIndex >= 0 ? steps[stepIndex] : undefined;
  usePresentationKeys(steps.length);
  useFraming(current, presenting);
  if (!presenting || !model) return null;
  const holes =
    current?.kind === 'conduit'
      ? (model.conduits.find((c) => c.id === current.id)?.zoneIds ?? []).flatMap(
          (z) => layoutFor(model).zone.get(z)?.abs ?? [],
        )
      : current
        ? [current.box]
        : [];
  const go = (step: number) => useWorkshop.getState().setStep(Math.max(-1, Math.min(steps.length - 1, step)));
  return (
    <>
      {current && <Spotlight holes={holes} />}
      <div
        data-testid="presentation-hud"
        className="fixed top-3 right-3 z-[70] flex items-center gap-2 rounded-xl bg-white dark:bg-(--otz-surface) p-1.5 shadow-lg ring-1 ring-slate-200"
      >
        <span
          className="px-2 text-[15px] font-semibold text-slate-700 tabular-nums"
          data-testid="presentation-step"
        >
          {current ? `${stepIndex + 1} / ${steps.length}` : 'Overview'}
        </span>
        <button
          type="button"
          aria-label="Previous"
          onClick={() => go(stepIndex - 1)}
          className="h-10 w-10 rounded-lg text-[20px] text-slate-700 hover:bg-slate-100"
        >
          ‹
        </button>
        <button
          type="button"
          aria-label="Next"
          onClick={() => go(stepIndex + 1)}
          className="h-10 w-10 rounded-lg text-[20px] text-slate-700 hover:bg-slate-100"
        >
          ›
        </button>
        <button
          type="button"
          aria-pressed={showFindings}
          onClick={() => useWorkshop.getState().toggleFindings()}
          className={`h-10 rounded-lg px-3 text-[15px] font-medium ${showFindings ? 'bg-slate-800 dark:bg-ink-700 text-white' : 'text-slate-700 hover:bg-slate-100'}`}
        >
          Findings {showFindings ? 'on' : 'off'}
        </button>
        <button
          type="button"
          onClick={stopPresentation}
          className="h-10 rounded-lg px-3 text-[15px] font-medium text-slate-700 hover:bg-slate-100"
        >
          Exit <span className="text-slate-500">Esc</span>
        </button>
      </div>
      <div
        data-testid="presentation-caption"
        className="fixed bottom-5 left-1/2 z-[70] flex w-[min(980px,92vw)] -translate-x-1/2 flex-col gap-1.5 rounded-2xl bg-white dark:bg-(--otz-surface) px-7 py-5 shadow-2xl ring-1 ring-slate-200"
      >
        <Caption model={model} step={current} />
        <p className="pt-1 text-[13.5px] text-slate-500">
          ← → step through zones and conduits · F findings on/off · Home overview · Esc exit
        </p>
      </div>
    </>
  );
}
