/**
 * The findings list (region "Findings"): live, grouped by severity, filterable by rule and text.
 * Each item's message names its elements as the user named them; the line below gives the subject's
 * kind and id and the rule. A click selects the element and asks the canvas to pan to it.
 * Expanding an item shows the IEC 62443 reference, the fix and why the rule exists, and lets the
 * user disable or re-grade the rule (written to model.policy, one undo step).
 */
import { memo, useDeferredValue, useMemo, useState } from 'react';
import { type FindingWithStatus, isoDay, reviewAcceptances } from '../../domain/diff/acceptance';
import { findingKey as stableKey } from '../../domain/diff/finding-key';
import { revokeAcceptance } from '../../domain/edit/acceptances';
import { setRulePolicy } from '../../domain/edit/update';
import type { Severity } from '../../domain/model/schema';
import { ruleById } from '../../domain/rules';
import type { Finding } from '../../domain/rules/rule';
import { agree, plural } from '../../domain/text/plural';
import { isLargeModel } from '../canvas/detail';
import { useEditor } from '../store/editor-store';
import { useChecking, useEvaluation } from '../store/findings';
import { AcceptanceBadge, AcceptanceDetails, AcceptRiskForm } from './AcceptRisk';
import { countByRule, filterFindings, groupBySeverity, ruleOverrides, subjectNames } from './filter';
import {
  SEVERITIES,
  SEVERITY_CHIP,
  SEVERITY_LABEL,
  SEVERITY_SINGULAR,
  SeverityIcon,
  severityCount,
} from './severity';

/** Items rendered per group before "show more": keeps huge models responsive. */
const PAGE = 200;

const control =
  'rounded border border-slate-300 bg-white dark:bg-(--otz-surface) px-2 py-1 text-xs text-slate-800 focus:border-sky-500 focus:outline-none focus:ring-2 focus:ring-sky-200';
const linkButton =
  'rounded px-1.5 py-0.5 text-xs font-medium text-sky-700 dark:text-sky-300 hover:bg-sky-50 dark:hover:bg-sky-500/20 focus:outline-none focus:ring-2 focus:ring-sky-200';

function setPolicy(label: string, rule: string, patch: Parameters<typeof setRulePolicy>[2]) {
  useEditor.getState().applyEdit(label, (m) => setRulePolicy(m, rule, patch));
}

function findingKey(f: Finding): string {
  return `${f.rule}\u0000${f.subject.id}\u0000${f.message}`;
}

const FindingItem = memo(function FindingItem(props: {
  finding: Finding;
  selected: boolean;
  expanded: boolean;
  onToggle: (key: string) => void;
  status: FindingWithStatus | undefined;
  today: string;
}) {
  const { finding: f, selected, expanded, onToggle, status, today } = props;
  const accepted = status?.status === 'accepted';
  const rule = ruleById(f.rule);
  const key = findingKey(f);
  const detailsId = `finding-${encodeURIComponent(key)}`;
  return (
    <li
      className={`border-slate-100 border-b last:border-b-0 ${selected ? 'bg-sky-50 dark:bg-sky-500/20' : 'bg-white dark:bg-(--otz-surface)'} ${accepted ? 'opacity-70' : ''}`}
      data-rule={f.rule}
      data-subject={f.subject.id}
      data-status={accepted ? 'accepted' : 'open'}
    >
      <div className="flex items-start">
        <button
          type="button"
          className="flex min-w-0 flex-1 gap-2 px-3 py-2 text-left hover:bg-slate-50 focus:outline-none focus-visible:ring-2 focus-visible:ring-sky-300 focus-visible:ring-inset"
          title="Select and show on the canvas"
          onClick={() => useEditor.getState().reveal(f.subject.id)}
        >
          <SeverityIcon severity={f.severity} className="mt-0.5" />
          <span className="min-w-0 flex-1">
            <span
              className="block break-words text-slate-900 text-xs leading-snug"
              data-testid="finding-message"
            >
              {f.message}
            </span>
            <span
              className="mt-0.5 block truncate text-[11px] text-slate-500"
              data-testid="finding-ref"
              title={`${f.subject.kind} ${f.subject.id} · ${f.rule}`}
            >
              {f.subject.kind} {f.subject.id} · {f.rule}
            </span>
            {status?.acceptance ? (
              <AcceptanceBadge acceptance={status.acceptance} expired={status.expired === true} />
            ) : null}
          </span>
        </button>
        <button
          type="button"
          className="mt-1.5 mr-1.5 flex size-6 shrink-0 items-center justify-center rounded text-slate-500 hover:bg-slate-100 focus:outline-none focus:ring-2 focus:ring-sky-200"
          aria-expanded={expanded}
          aria-controls={detailsId}
          aria-label={expanded ? 'Hide details' : 'Show details'}
          onClick={() => onToggle(key)}
        >
          <svg
            viewBox="0 0 16 16"
            className={`size-3 transition-transform ${expanded ? 'rotate-90' : ''}`}
            aria-hidden="true"
          >
            <path
              d="M6 3.5L10.5 8 6 12.5"
              fill="none"
              stroke="currentColor"
              strokeWidth="1.8"
              strokeLinecap="round"
            />
          </svg>
        </button>
      </div>
      {expanded ? (
        <div id={detailsId} className="space-y-1.5 px-3 pb-3 pl-8 text-xs leading-snug">
          {rule ? <p className="font-semibold text-slate-800">{rule.title}</p> : null}
          <p>
            <span className="text-slate-500">Reference: </span>
            <span className="text-slate-800">{f.reference}</span>
          </p>
          <p>
            <span className="text-slate-500">How to fix: </span>
            <span className="text-slate-800">{f.fix}</span>
          </p>
          {rule ? (
            <p>
              <span className="text-slate-500">Why: </span>
              <span className="text-slate-700">{rule.rationale}</span>
            </p>
          ) : null}
          {status?.acceptance ? (
            <AcceptanceDetails findingKey={stableKey(f)} acceptance={status.acceptance} />
          ) : null}
          <div className="flex flex-wrap items-center gap-2 pt-1">
            {accepted ? null : <AcceptRiskForm findingKey={stableKey(f)} today={today} />}
            <label className="flex items-center gap-1 text-slate-600">
              Severity
              <select
                className={control}
                value={f.severity}
                aria-label={`Severity of rule ${f.rule}`}
                onChange={(e) => {
                  const severity = e.target.value as Severity;
                  setPolicy(`Re-grade rule ${f.rule}`, f.rule, {
                    severity: rule && severity === rule.severity ? undefined : severity,
                  });
                }}
              >
                {SEVERITIES.map((s) => (
                  <option key={s} value={s}>
                    {SEVERITY_SINGULAR[s]}
                    {rule?.severity === s ? ' (default)' : ''}
                  </option>
                ))}
              </select>
            </label>
            <button
              type="button"
              className="rounded border border-slate-300 bg-white dark:bg-(--otz-surface) px-2 py-1 font-medium text-slate-700 text-xs hover:border-red-300 hover:bg-red-50 dark:hover:bg-red-500/20 hover:text-red-800 dark:hover:text-red-300 focus:outline-none focus:ring-2 focus:ring-sky-200"
              onClick={() => setPolicy(`Disable rule ${f.rule}`, f.rule, { enabled: false })}
            >
              Disable rule
            </button>
          </div>
        </div>
      ) : null}
    </li>
  );
});

/** Acceptances whose finding no longer occurs: nothing to accept any more, so offer to remove them. */
function StaleAcceptances({ keys }: { keys: readonly string[] }) {
  return (
    <div
      className="border-slate-200 border-t bg-slate-50 px-3 py-1.5 text-xs"
      data-testid="stale-acceptances"
    >
      <p className="font-semibold text-slate-700">
        {plural(keys.length, 'stale acceptance')} (finding no longer occurs)
      </p>
      <ul>
        {keys.map((key) => (
          <li key={key} className="flex items-center justify-between gap-2 py-0.5">
            <span className="truncate text-slate-600">{key}</span>
            <button
              type="button"
              className={linkButton}
              onClick={() =>
                useEditor.getState().applyEdit('Remove stale acceptance', (m) => revokeAcceptance(m, key))
              }
            >
              Remove
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}

function PolicyOverrides({ open, onToggle }: { open: boolean; onToggle: () => void }) {
  const model = useEditor((s) => s.model);
  const overrides = useMemo(() => ruleOverrides(model), [model]);
  if (overrides.length === 0) return null;
  const disabled = overrides.filter((o) => !o.enabled).length;
  const regraded = overrides.length - disabled;
  const summary = [disabled ? `${disabled} disabled` : '', regraded ? `${regraded} re-graded` : '']
    .filter(Boolean)
    .join(', ');
  return (
    <div className="border-slate-200 border-t bg-slate-50">
      <button
        type="button"
        className="flex w-full items-center justify-between px-3 py-1.5 text-left text-slate-700 text-xs hover:bg-slate-100 focus:outline-none focus-visible:ring-2 focus-visible:ring-sky-300"
        aria-expanded={open}
        onClick={onToggle}
      >
        <span>
          <span className="font-semibold">Rule policy</span> · {summary}
        </span>
        <span aria-hidden="true">{open ? '▾' : '▸'}</span>
      </button>
      {open ? (
        <ul className="max-h-48 overflow-y-auto px-3 pb-2" aria-label="Rule overrides">
          {overrides.map((o) => {
            const rule = ruleById(o.rule);
            return (
              <li key={o.rule} className="flex items-center justify-between gap-2 py-1 text-xs">
                <span className="min-w-0">
                  <span className="block truncate text-slate-800" title={rule?.title ?? o.rule}>
                    {rule?.title ?? o.rule}
                  </span>
                  <span className="block text-[11px] text-slate-500">
                    {o.rule} ·{' '}
                    {!o.enabled
                      ? 'disabled'
                      : `${SEVERITY_SINGULAR[o.severity!].toLowerCase()} instead of ${
                          rule ? SEVERITY_SINGULAR[rule.severity].toLowerCase() : 'default'
                        }`}
                  </span>
                </span>
                <button
                  type="button"
                  className={linkButton}
                  onClick={() =>
                    o.enabled
                      ? setPolicy(`Reset rule ${o.rule}`, o.rule, { severity: undefined })
                      : setPolicy(`Enable rule ${o.rule}`, o.rule, { enabled: undefined })
                  }
                >
                  {o.enabled ? 'Reset' : 'Enable'}
                </button>
              </li>
            );
          })}
        </ul>
      ) : null}
    </div>
  );
}

export function FindingsPanel() {
  const liveEvaluation = useEvaluation();
  const liveModel = useEditor((s) => s.model);
  const opened = useEditor((s) => s.lastEdit?.label === 'Open');
  const live = useMemo(() => ({ evaluation: liveEvaluation, model: liveModel }), [liveEvaluation, liveModel]);
  // On a large plant the list (up to 200 rows per severity, thousands of elements) renders in the
  // background after the canvas: opening a plant paints the diagram first, and an edit's urgent
  // render is the canvas, inspector and counts. The counts above the list are always the live ones.
  // Small diagrams render the list at once: its render is short, and deferring it only added a
  // second render before the same frame.
  const background = useDeferredValue(live);
  const deferred = isLargeModel(liveModel) ? background : live;
  const { evaluation, model } = deferred;
  // Another diagram was opened and its list is not rendered yet: not the previous diagram's rows.
  // A large plant just opened is checked after its first paint (store/derived.ts).
  const firstCheck = useChecking();
  const checking = firstCheck || (deferred !== live && opened);
  const selection = useEditor((s) => s.selection);
  const [text, setText] = useState('');
  const [rule, setRule] = useState('');
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const [policyOpen, setPolicyOpen] = useState(false);
  const [shown, setShown] = useState<Record<Severity, number>>({ error: PAGE, warning: PAGE, info: PAGE });

  const names = useMemo(() => subjectNames(model), [model]);
  // Today at the edge (the domain never reads a clock); a panel open past midnight catches up on the next edit.
  const today = useMemo(() => (model ? isoDay(new Date()) : ''), [model]);
  const review = useMemo(
    () => reviewAcceptances(model, evaluation.findings, today),
    [model, evaluation.findings, today],
  );
  const statusOf = useMemo(() => new Map(review.findings.map((s) => [s.finding, s])), [review]);
  const byRule = useMemo(() => countByRule(evaluation.findings), [evaluation.findings]);
  const visible = useMemo(
    () => filterFindings(evaluation.findings, { rule, text }, names),
    [evaluation.findings, rule, text, names],
  );
  const groups = useMemo(() => groupBySeverity(visible), [visible]);
  const selected = useMemo(() => new Set(selection), [selection]);
  const toggle = useMemo(
    () => (key: string) =>
      setExpanded((prev) => {
        const next = new Set(prev);
        if (next.has(key)) next.delete(key);
        else next.add(key);
        return next;
      }),
    [],
  );
  const filtering = rule !== '' || text.trim() !== '';
  const ruleChoices = [...byRule.keys()].sort();
  if (rule && !byRule.has(rule)) ruleChoices.unshift(rule);

  return (
    <div className="flex h-full min-h-0 flex-col bg-white dark:bg-(--otz-surface)">
      <div className="flex flex-wrap items-center gap-1.5 border-slate-200 border-b px-3 py-2">
        <h2 className="mr-1 font-semibold text-slate-900 text-sm">Findings</h2>
        {SEVERITIES.map((s) => (
          <span
            key={s}
            className={`inline-flex items-center gap-1 rounded-full px-1.5 py-0.5 font-semibold text-[11px] tabular-nums ring-1 ${
              liveEvaluation.counts[s] ? SEVERITY_CHIP[s] : 'bg-slate-50 text-slate-400 ring-slate-200'
            }`}
            title={severityCount(s, liveEvaluation.counts[s])}
            data-count={s}
          >
            <SeverityIcon severity={s} />
            {firstCheck ? '…' : liveEvaluation.counts[s]}
            <span className="sr-only">
              {agree(liveEvaluation.counts[s], SEVERITY_SINGULAR[s], SEVERITY_LABEL[s]).toLowerCase()}
            </span>
          </span>
        ))}
        {review.accepted.length > 0 ? (
          <span
            className="inline-flex items-center rounded-full bg-slate-100 px-1.5 py-0.5 font-semibold text-[11px] text-slate-600 ring-1 ring-slate-200"
            data-count="accepted"
            title="Findings accepted as risks (policy.acceptances)"
          >
            {review.accepted.length} accepted
          </span>
        ) : null}
        {liveEvaluation.suppressed > 0 ? (
          <button
            type="button"
            className={`${linkButton} ml-auto`}
            onClick={() => setPolicyOpen(true)}
            title="Findings of rules disabled in this diagram's policy"
          >
            {liveEvaluation.suppressed} hidden by policy
          </button>
        ) : null}
      </div>
      <div className="flex gap-1.5 border-slate-200 border-b px-3 py-2">
        <input
          type="search"
          className={`${control} min-w-0 flex-1`}
          placeholder="Filter by text…"
          aria-label="Filter findings by text"
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
        <select
          className={`${control} w-40 min-w-0`}
          aria-label="Filter findings by rule"
          value={rule}
          onChange={(e) => setRule(e.target.value)}
        >
          <option value="">All rules</option>
          {ruleChoices.map((r) => (
            <option key={r} value={r}>
              {r} ({byRule.get(r) ?? 0})
            </option>
          ))}
        </select>
      </div>
      <div className="min-h-0 flex-1 overflow-y-auto" aria-live="polite">
        {checking ? (
          <p className="px-3 py-6 text-center text-slate-500 text-sm" aria-busy="true">
            Checking the diagram…
          </p>
        ) : evaluation.findings.length === 0 ? (
          <p className="px-3 py-6 text-center text-emerald-700 dark:text-emerald-300 text-sm">
            ✓ No findings: the diagram meets every enabled rule.
          </p>
        ) : visible.length === 0 ? (
          <p className="px-3 py-6 text-center text-slate-500 text-sm">
            No findings match the filter.{' '}
            <button
              type="button"
              className={linkButton}
              onClick={() => {
                setText('');
                setRule('');
              }}
            >
              Clear filter
            </button>
          </p>
        ) : (
          SEVERITIES.map((s) =>
            groups[s].length ? (
              <section key={s} aria-label={SEVERITY_LABEL[s]}>
                <h3 className="sticky top-0 z-10 flex items-center gap-1.5 border-slate-200 border-b bg-slate-50 px-3 py-1 font-semibold text-[11px] text-slate-600 uppercase tracking-wide">
                  <SeverityIcon severity={s} />
                  {SEVERITY_LABEL[s]} ({groups[s].length}
                  {filtering ? ` of ${evaluation.counts[s]}` : ''})
                </h3>
                <ul>
                  {groups[s].slice(0, shown[s]).map((f) => (
                    <FindingItem
                      key={findingKey(f)}
                      finding={f}
                      selected={selected.has(f.subject.id)}
                      expanded={expanded.has(findingKey(f))}
                      onToggle={toggle}
                      status={statusOf.get(f)}
                      today={today}
                    />
                  ))}
                </ul>
                {groups[s].length > shown[s] ? (
                  <button
                    type="button"
                    className={`${linkButton} m-2`}
                    onClick={() => setShown((prev) => ({ ...prev, [s]: prev[s] + PAGE }))}
                  >
                    Show {Math.min(PAGE, groups[s].length - shown[s])} more
                  </button>
                ) : null}
              </section>
            ) : null,
          )
        )}
      </div>
      {review.stale.length > 0 ? <StaleAcceptances keys={review.stale.map((a) => a.finding)} /> : null}
      <PolicyOverrides open={policyOpen} onToggle={() => setPolicyOpen((o) => !o)} />
    </div>
  );
}
