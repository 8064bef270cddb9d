/**
 * The comparison drawer: the open diagram against a saved version. Summary line, security-relevant
 * changes first, changes grouped by kind (each entry pans to its element), the findings delta,
 * Markdown/HTML export of the change record, and the model's change records. All text from files
 * is rendered as React text (never HTML).
 */
import { useMemo, useState } from 'react';
import { isoDay } from '../../domain/diff/acceptance';
import { type Comparison, compareModels } from '../../domain/diff/compare';
import { comparisonMarkdown } from '../../domain/diff/markdown';
import { CHANGE_KINDS, type ElementChange } from '../../domain/diff/model-diff';
import { fieldText, KIND_TITLES, summaryLine } from '../../domain/diff/summary';
import { downloadText, fileNameFor } from '../persistence/download';
import { useDrawerOpen } from '../shell/panels';
import { useEditor } from '../store/editor-store';
import { evaluationFor } from '../store/findings';
import { ChangeRecordForm } from './ChangeRecordForm';
import { ChangeRecordList } from './ChangeRecordList';
import { CompareMarks } from './CompareMarks';
import { type CompareBase, useCompare } from './compare-store';
import { RemovedGhosts, useRevealGhost } from './RemovedGhosts';

const TONE = {
  added: 'bg-green-100 dark:bg-green-500/20 text-green-800 dark:text-green-300',
  removed: 'bg-red-100 dark:bg-red-500/20 text-red-800 dark:text-red-300',
  changed: 'bg-amber-100 dark:bg-amber-500/20 text-amber-900 dark:text-amber-300',
} as const;

/** The element to pan to: a flow's conduit; nothing for policy, meta or removed elements (their ghost instead). */
function revealTarget(c: ElementChange): string | undefined {
  if (c.change === 'removed' || c.kind === 'policy' || c.kind === 'meta') return undefined;
  return c.kind === 'flow' ? c.id.slice(0, c.id.indexOf('/')) : c.id;
}

const hasGhost = (c: ElementChange) =>
  c.change === 'removed' && (c.kind === 'zone' || c.kind === 'asset' || c.kind === 'conduit');

function ChangeEntry({ change, onGhost }: { change: ElementChange; onGhost: (c: ElementChange) => void }) {
  const target = revealTarget(change);
  const ghost = hasGhost(change);
  const body = (
    <>
      <span
        className={`mr-1.5 rounded px-1 py-px font-semibold text-[10.5px] uppercase ${TONE[change.change]}`}
      >
        {change.layoutOnly ? 'moved' : change.change}
      </span>
      <span
        className={`font-medium text-slate-900 ${change.change === 'removed' ? 'line-through decoration-red-400' : ''}`}
      >
        {change.name}
      </span>{' '}
      <span className="text-slate-500">{change.id}</span>
      {change.change === 'changed' ? (
        <span className="mt-0.5 block text-[11px] text-slate-600">
          {change.fields.map(fieldText).join('; ')}
        </span>
      ) : null}
    </>
  );
  return (
    <li data-change={change.change} data-kind={change.kind} data-id={change.id}>
      {target || ghost ? (
        <button
          type="button"
          className="block w-full px-3 py-1 text-left text-xs hover:bg-slate-50 focus:outline-none focus-visible:ring-2 focus-visible:ring-sky-300"
          title={ghost ? 'Show where it was (red dashed on the canvas)' : 'Show on the canvas'}
          onClick={() => (target ? useEditor.getState().reveal(target) : onGhost(change))}
        >
          {body}
        </button>
      ) : (
        <div className="px-3 py-1 text-xs">{body}</div>
      )}
    </li>
  );
}

function Body({ base, comparison, today }: { base: CompareBase; comparison: Comparison; today: string }) {
  const model = useEditor((s) => s.model);
  const [recording, setRecording] = useState(false);
  const revealGhost = useRevealGhost(base.model);
  const markdown = () =>
    comparisonMarkdown(comparison, {
      beforeLabel: base.label,
      afterLabel: model.meta.name || 'open diagram',
    });
  const name = fileNameFor(`${model.meta.name || 'diagram'} changes`, '');
  return (
    <div className="min-h-0 flex-1 overflow-y-auto">
      <p
        className="border-slate-200 border-b px-3 py-2 font-medium text-slate-800 text-xs"
        data-testid="compare-summary"
      >
        {summaryLine(comparison)}
        {comparison.summary.layoutOnly > 0 ? (
          <span className="block font-normal text-slate-500">
            {comparison.summary.layoutOnly} moved or resized only
          </span>
        ) : null}
      </p>
      <div className="flex flex-wrap gap-1.5 border-slate-200 border-b px-3 py-2">
        <button
          type="button"
          className="rounded border border-slate-300 bg-white dark:bg-(--otz-surface) px-2 py-1 font-medium text-slate-700 text-xs hover:bg-slate-100"
          onClick={() => downloadText(markdown(), `${name}.md`, 'text/markdown')}
        >
          Export Markdown
        </button>
        <button
          type="button"
          className="rounded border border-slate-300 bg-white dark:bg-(--otz-surface) px-2 py-1 font-medium text-slate-700 text-xs hover:bg-slate-100"
          onClick={() =>
            // The record builder (and the report's styles) load on first use, not with the app.
            void import('../../domain/diff/html').then(({ comparisonHtml }) =>
              downloadText(
                comparisonHtml(comparison, {
                  beforeLabel: base.label,
                  afterLabel: model.meta.name || 'open diagram',
                  records: model.changeRecords,
                  generatedAt: new Date().toISOString().slice(0, 16).replace('T', ' '),
                }),
                `${name}.html`,
                'text/html',
              ),
            )
          }
        >
          Export HTML
        </button>
        <button
          type="button"
          className="rounded border border-sky-600 bg-white dark:bg-(--otz-surface) px-2 py-1 font-medium text-sky-700 dark:text-sky-300 text-xs hover:bg-sky-50 dark:hover:bg-sky-500/20"
          onClick={() => setRecording(true)}
        >
          Record change…
        </button>
      </div>
      {recording ? (
        <div className="border-slate-200 border-b p-2">
          <ChangeRecordForm
            version={`compared with ${base.label}`}
            summary={summaryLine(comparison)}
            today={today}
            onDone={() => setRecording(false)}
          />
        </div>
      ) : null}
      {comparison.risks.length > 0 ? (
        <section
          aria-label="Security-relevant changes"
          className="border-red-200 dark:border-red-900 border-b bg-red-50/60 px-3 py-2"
        >
          <h3 className="font-semibold text-red-800 dark:text-red-300 text-xs">
            ⚠ Security-relevant changes ({comparison.risks.length})
          </h3>
          <ul className="mt-1 space-y-1">
            {comparison.risks.map((r) => (
              <li
                key={`${r.kind}|${r.subject.id}|${r.message}`}
                className="text-red-900 dark:text-red-300 text-xs"
                data-risk={r.kind}
              >
                <span className="font-mono text-[10.5px]">{r.kind}</span> — {r.message}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {CHANGE_KINDS.map((kind) => {
        const group = comparison.changes.filter((c) => c.kind === kind);
        if (group.length === 0) return null;
        return (
          <section
            key={kind}
            aria-label={`${KIND_TITLES[kind]} changes`}
            className="border-slate-100 border-b py-1"
          >
            <h3 className="px-3 py-1 font-semibold text-[11px] text-slate-600 uppercase tracking-wide">
              {KIND_TITLES[kind]} ({group.length})
            </h3>
            <ul>
              {group.map((c) => (
                <ChangeEntry key={`${c.kind}:${c.id}`} change={c} onGhost={revealGhost} />
              ))}
            </ul>
          </section>
        );
      })}
      {comparison.changes.length === 0 ? (
        <p className="px-3 py-4 text-center text-slate-500 text-xs">No changes to the architecture.</p>
      ) : null}
      {(['introduced', 'resolved'] as const).map((which) =>
        comparison.findings[which].length ? (
          <section key={which} aria-label={`Findings ${which}`} className="border-slate-100 border-b py-1">
            <h3 className="px-3 py-1 font-semibold text-[11px] text-slate-600 uppercase tracking-wide">
              Findings {which} ({comparison.findings[which].length})
            </h3>
            <ul>
              {comparison.findings[which].map((f) => (
                <li key={f.key} className="px-3 py-1 text-xs" data-finding={f.key}>
                  <span className="font-semibold">{f.finding.severity}</span>
                  {f.status === 'accepted' ? <span className="text-slate-500"> (accepted)</span> : null} —{' '}
                  {f.finding.message}
                </li>
              ))}
            </ul>
          </section>
        ) : null,
      )}
      <ChangeRecordList />
    </div>
  );
}

export function ComparePanel() {
  const base = useCompare((s) => s.base);
  const open = useDrawerOpen('compare');
  const model = useEditor((s) => s.model);
  const today = useMemo(() => (model ? isoDay(new Date()) : ''), [model]);
  const comparison = useMemo(
    () =>
      open && base
        ? compareModels(base.model, model, { today, afterEvaluation: evaluationFor(model) })
        : undefined,
    [open, base, model, today],
  );
  if (!open || !base || !comparison) return null;
  return (
    <>
      <CompareMarks changes={comparison.changes} />
      <RemovedGhosts base={base.model} changes={comparison.changes} />
      <section
        aria-label="Compare"
        className="otz-side-panel fixed top-12 right-0 bottom-0 z-30 flex w-[440px] flex-col border-slate-200 border-l bg-white dark:bg-(--otz-surface) shadow-[-8px_0_24px_rgb(15_23_42/0.08)]"
      >
        <div className="flex h-11 shrink-0 items-center gap-2 border-slate-200 border-b px-3">
          <h2 className="font-semibold text-[15px] text-slate-900">Compare</h2>
          <span className="truncate text-[12px] text-slate-500" title={base.label}>
            with {base.label}
          </span>
          <div className="flex-1" />
          <button
            type="button"
            aria-label="Close comparison"
            className="rounded px-2 py-1 text-slate-500 hover:bg-slate-100"
            onClick={() => useCompare.getState().close()}
          >
            ✕
          </button>
        </div>
        <Body base={base} comparison={comparison} today={today} />
      </section>
    </>
  );
}
