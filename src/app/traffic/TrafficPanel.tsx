/**
 * The Traffic drawer: flow files read (with their bad lines), the verdicts of observed traffic
 * against the conduits — violations by zone pair, each flow with its reason and "Document this
 * flow" — conduits and flows drafted from traffic to accept or discard one by one, unexercised
 * documented flows, unclassified addresses. Text from files is rendered as React text.
 */

import { useMemo, useState } from 'react';
import { agree, plural } from '../../domain/text/plural';
import type { FlowComparison, FlowVerdict } from '../../domain/traffic/compare';
import { portText } from '../../domain/traffic/compare';
import {
  type CsvFlowMapping,
  FLOW_FIELD_LABELS,
  FLOW_FIELDS,
  missingFields,
} from '../../domain/traffic/csv-flows';
import {
  applyProposals,
  type DraftFlow,
  draftFromTraffic,
  type Proposal,
  proposalForFlow,
} from '../../domain/traffic/draft';
import { problemText } from '../../domain/traffic/flow-log';
import { comparisonMarkdown, reasonWithReference, summaryLine } from '../../domain/traffic/report';
import { trafficOverlay } from '../../domain/traffic/zone-pairs';
import { downloadText, fileNameFor } from '../persistence/download';
import { useDrawerOpen } from '../shell/panels';
import { useEditor } from '../store/editor-store';
import { FileInput } from '../ui/FileInput';
import { type LoadedFile, useTraffic } from './traffic-store';
import { useTrafficComparison } from './use-comparison';

const BUTTON =
  'rounded border border-slate-300 bg-white dark:bg-(--otz-surface) px-2 py-0.5 font-medium text-[11.5px] text-slate-700 hover:bg-slate-100';
const PRIMARY = 'rounded bg-sky-600 px-2 py-0.5 font-medium text-[11.5px] text-white hover:bg-sky-700';

function useZoneName() {
  const zones = useEditor((s) => s.model.zones);
  return useMemo(() => {
    const names = new Map(zones.map((z) => [z.id, z.name.trim() || z.id]));
    return (id: string | null) => (id === null ? 'no zone' : (names.get(id) ?? id));
  }, [zones]);
}

function Section({
  title,
  count,
  children,
  label,
}: {
  title: string;
  count: number;
  children: React.ReactNode;
  label: string;
}) {
  return (
    <section aria-label={label} className="border-slate-100 border-b py-1.5">
      <h3 className="px-3 py-1 font-semibold text-[11px] text-slate-600 uppercase tracking-wide">
        {title} ({count})
      </h3>
      {children}
    </section>
  );
}

function Reading() {
  const reading = useTraffic((s) => s.reading);
  if (!reading) return null;
  const pct = reading.total ? Math.round((reading.done / reading.total) * 100) : 0;
  return (
    <div
      className="flex items-center gap-2 border-slate-200 border-b px-3 py-2 text-xs"
      data-testid="traffic-progress"
    >
      <span className="truncate text-slate-700">Reading {reading.name}</span>
      <progress className="h-2 flex-1" max={100} value={pct} aria-label={`Reading ${reading.name}`} />
      <span className="w-9 text-right text-slate-500 tabular-nums">{pct}%</span>
      <button type="button" className={BUTTON} onClick={reading.cancel}>
        Cancel
      </button>
    </div>
  );
}

function MappingForm({ loaded }: { loaded: LoadedFile }) {
  const header = loaded.summary.csvHeader ?? [];
  const [mapping, setMapping] = useState<CsvFlowMapping>(loaded.summary.csvMapping ?? {});
  const missing = missingFields(mapping);
  return (
    <div
      className="mt-1 space-y-1 rounded border border-amber-200 dark:border-amber-900 bg-amber-50 dark:bg-amber-500/20 p-2"
      data-testid="traffic-mapping"
    >
      <p className="text-[11px] text-amber-900 dark:text-amber-300">Map the columns of {loaded.name}:</p>
      {FLOW_FIELDS.map((field) => (
        <label key={field} className="flex items-center gap-2 text-[11px]">
          <span className="w-36 text-slate-700">{FLOW_FIELD_LABELS[field]}</span>
          <select
            className="flex-1 rounded border border-slate-300 bg-white dark:bg-(--otz-surface) px-1 py-0.5"
            value={mapping[field] ?? ''}
            onChange={(e) => {
              const next = { ...mapping };
              if (e.target.value) next[field] = e.target.value;
              else delete next[field];
              setMapping(next);
            }}
          >
            <option value="">(none)</option>
            {header.map((h) => (
              <option key={h} value={h}>
                {h}
              </option>
            ))}
          </select>
        </label>
      ))}
      <button
        type="button"
        className={PRIMARY}
        disabled={missing.length > 0}
        onClick={() => void useTraffic.getState().load([loaded.file], mapping)}
      >
        Read again with this mapping
      </button>
    </div>
  );
}

function Files() {
  const files = useTraffic((s) => s.files);
  return (
    <ul className="border-slate-200 border-b px-3 py-1.5 text-xs" aria-label="Flow files">
      {files.map((f) => (
        <li key={f.name} className="py-0.5" data-file={f.name}>
          <div className="flex items-center gap-2">
            <span className="truncate font-medium text-slate-800">{f.name}</span>
            <span className="text-slate-500">
              {f.summary.format ?? '?'} · {f.summary.records.toLocaleString('en')}{' '}
              {agree(f.summary.records, 'record', 'records')}
              {f.summary.badLines ? ` · ${f.summary.badLines.toLocaleString('en')} bad lines` : ''}
            </span>
            <div className="flex-1" />
            <button
              type="button"
              aria-label={`Remove ${f.name}`}
              className="rounded px-1 text-slate-400 hover:bg-slate-100"
              onClick={() => useTraffic.getState().remove(f.name)}
            >
              ✕
            </button>
          </div>
          {f.summary.fatal ? (
            <p className="text-red-700 dark:text-red-300">Cannot use it: {problemText(f.summary.fatal)}</p>
          ) : null}
          {f.summary.problems.length ? (
            <details className="text-[11px] text-slate-600">
              <summary className="cursor-pointer">Bad lines (skipped)</summary>
              <ul className="max-h-32 overflow-y-auto" data-testid="traffic-problems">
                {f.summary.problems.map((p) => (
                  <li key={p.line}>{problemText(p)}</li>
                ))}
                {f.summary.badLines > f.summary.problems.length ? (
                  <li>… and {(f.summary.badLines - f.summary.problems.length).toLocaleString('en')} more</li>
                ) : null}
              </ul>
            </details>
          ) : null}
          {f.summary.fatal && f.summary.format === 'csv' && f.summary.csvHeader ? (
            <MappingForm loaded={f} />
          ) : null}
        </li>
      ))}
    </ul>
  );
}

function FlowRow({ f, document }: { f: FlowVerdict; document?: boolean }) {
  const zone = useZoneName();
  return (
    <li
      className="px-3 py-1 text-xs"
      data-flow={`${f.src}>${f.dst}:${f.port}/${f.transport}`}
      data-verdict={f.verdict}
    >
      <span className="font-mono text-slate-900">
        {f.src} → {f.dst}
      </span>{' '}
      <span className="text-slate-600">{portText(f.port, f.transport)}</span>{' '}
      <span className="text-slate-500">×{f.count.toLocaleString('en')}</span>
      <span className="block text-[11px] text-slate-500">
        {zone(f.srcZone)} → {zone(f.dstZone)}
      </span>
      <span className="block text-[11px] text-slate-700">{reasonWithReference(f)}</span>
      {document ? (
        <button
          type="button"
          className={`${BUTTON} mt-0.5`}
          onClick={() =>
            useEditor.getState().applyEdit('Document observed flow', (m) => {
              const p = proposalForFlow(m, f);
              return p ? applyProposals(m, [p]) : m;
            })
          }
        >
          Document this flow
        </button>
      ) : null}
    </li>
  );
}

function Violations({ comparison }: { comparison: FlowComparison }) {
  const zone = useZoneName();
  const selected = useTraffic((s) => s.selectedPair);
  const { violations } = useMemo(() => trafficOverlay(comparison), [comparison]);
  const loose = comparison.flows.filter(
    (f) => f.verdict === 'violation' && (f.srcZone === null || f.dstZone === null),
  );
  if (violations.length === 0 && loose.length === 0) return null;
  return (
    <Section title="Violations" count={comparison.summary.violation} label="Violations">
      <ul>
        {violations.map((v) => (
          <li key={v.key} data-pair={v.key}>
            <button
              type="button"
              aria-expanded={selected === v.key}
              className={`block w-full px-3 py-1 text-left text-xs hover:bg-red-50 dark:hover:bg-red-500/20 ${selected === v.key ? 'bg-red-50 dark:bg-red-500/20' : ''}`}
              onClick={() => useTraffic.getState().select(selected === v.key ? null : v.key)}
            >
              <span className="font-medium text-red-800 dark:text-red-300">
                {zone(v.from)} → {zone(v.to)}
              </span>{' '}
              <span className="text-slate-600">
                {plural(v.flows.length, 'flow', 'flows')}, {v.count.toLocaleString('en')}{' '}
                {agree(v.count, 'connection', 'connections')}
              </span>
            </button>
            {selected === v.key ? (
              <ul className="border-red-100 dark:border-red-900 border-l-2 bg-red-50/40 ml-3">
                {v.flows.map((f) => (
                  <FlowRow key={`${f.src}>${f.dst}:${f.port}/${f.transport}`} f={f} document />
                ))}
              </ul>
            ) : null}
          </li>
        ))}
      </ul>
    </Section>
  );
}

/** "Modbus/TCP 502/tcp"; just "TCP 4446" for a port the catalog does not name. */
function draftFlowText(f: DraftFlow): string {
  return f.protocol === `${f.transport.toUpperCase()} ${f.port}`
    ? f.protocol
    : `${f.protocol} ${f.port}/${f.transport}`;
}

function proposalText(p: Proposal, zone: (id: string) => string): string {
  const [a, b] = p.zoneIds;
  if (p.kind === 'add-flows') return `Add to conduit ${p.conduitId}`;
  return `New conduit ${zone(a)} ${p.direction === 'forward' ? '→' : '↔'} ${zone(b)}`;
}

function Draft({ comparison }: { comparison: FlowComparison }) {
  const model = useEditor((s) => s.model);
  const discarded = useTraffic((s) => s.discarded);
  const zone = useZoneName();
  const proposals = useMemo(
    () => draftFromTraffic(model, comparison).filter((p) => !discarded.has(p.key)),
    [model, comparison, discarded],
  );
  if (proposals.length === 0) return null;
  return (
    <Section title="Draft from traffic" count={proposals.length} label="Draft from traffic">
      <p className="px-3 pb-1 text-[11px] text-slate-500">
        Conduits and flows that would document the violations. Review each: traffic seen is not traffic
        wanted.
      </p>
      <ul>
        {proposals.map((p) => (
          <li key={p.key} className="px-3 py-1 text-xs" data-proposal={p.key}>
            <span className="font-medium text-slate-900">{proposalText(p, zone)}</span>
            <ul className="text-[11px] text-slate-600">
              {p.flows.map((f) => (
                <li key={`${f.from}>${f.to}:${f.port}/${f.transport}`}>
                  {draftFlowText(f)}: {zone(f.from)} → {zone(f.to)} (×{f.count.toLocaleString('en')})
                </li>
              ))}
            </ul>
            <div className="mt-0.5 flex gap-1.5">
              <button
                type="button"
                className={PRIMARY}
                onClick={() =>
                  useEditor
                    .getState()
                    .applyEdit(`Accept drafted ${p.kind === 'new-conduit' ? 'conduit' : 'flows'}`, (m) =>
                      applyProposals(m, [p]),
                    )
                }
              >
                Accept
              </button>
              <button type="button" className={BUTTON} onClick={() => useTraffic.getState().discard(p.key)}>
                Discard
              </button>
            </div>
          </li>
        ))}
      </ul>
    </Section>
  );
}

function Body({ comparison }: { comparison: FlowComparison }) {
  const zone = useZoneName();
  const model = useEditor((s) => s.model);
  const files = useTraffic((s) => s.files);
  const unclassified = comparison.flows.filter((f) => f.verdict === 'unclassified');
  const allowed = comparison.flows.filter((f) => f.verdict === 'allowed');
  return (
    <>
      <p
        className="border-slate-200 border-b px-3 py-2 font-medium text-slate-800 text-xs"
        data-testid="traffic-summary"
      >
        {summaryLine(comparison)}
      </p>
      <div className="flex gap-1.5 border-slate-200 border-b px-3 py-1.5">
        <button
          type="button"
          className={BUTTON}
          onClick={() =>
            downloadText(
              comparisonMarkdown(
                model,
                comparison,
                files.map((f) => f.name),
              ),
              `${fileNameFor(`${model.meta.name || 'diagram'} traffic`, '')}.md`,
              'text/markdown',
            )
          }
        >
          Export Markdown
        </button>
      </div>
      <Violations comparison={comparison} />
      <Draft comparison={comparison} />
      {comparison.unexercised.length ? (
        <Section
          title="Unexercised documented flows"
          count={comparison.unexercised.length}
          label="Unexercised flows"
        >
          <p className="px-3 pb-1 text-[11px] text-slate-500">
            Never observed: candidates for removal (IEC 62443-3-3 SR 7.7).
          </p>
          <ul>
            {comparison.unexercised.map((u) => (
              <li
                key={`${u.conduit}/${u.index}`}
                className="px-3 py-0.5 text-xs text-slate-600"
                data-unexercised={`${u.conduit}/${u.index}`}
              >
                <button
                  type="button"
                  className="text-left hover:underline"
                  onClick={() => useEditor.getState().reveal(u.conduit)}
                >
                  {u.conduit}: {u.protocol}
                  {u.port === null ? '' : ` ${u.port}`} {zone(u.from)} → {zone(u.to)}
                </button>
              </li>
            ))}
          </ul>
        </Section>
      ) : null}
      {unclassified.length ? (
        <Section title="Unclassified" count={unclassified.length} label="Unclassified flows">
          <ul>
            {unclassified.map((f) => (
              <FlowRow key={`${f.src}>${f.dst}:${f.port}/${f.transport}`} f={f} />
            ))}
          </ul>
        </Section>
      ) : null}
      {allowed.length ? (
        <Section title="Allowed" count={allowed.length} label="Allowed flows">
          <details className="px-3 text-xs">
            <summary className="cursor-pointer text-slate-600">Show allowed flows</summary>
            <ul>
              {allowed.map((f) => (
                <FlowRow key={`${f.src}>${f.dst}:${f.port}/${f.transport}`} f={f} />
              ))}
            </ul>
          </details>
        </Section>
      ) : null}
    </>
  );
}

export function TrafficPanel() {
  const open = useDrawerOpen('traffic');
  const comparison = useTrafficComparison();
  const hasFiles = useTraffic((s) => s.files.length > 0);
  if (!open) return null;
  return (
    <section
      aria-label="Traffic"
      className="otz-side-panel fixed top-12 right-0 bottom-0 z-30 flex w-[440px] flex-col border-slate-200 border-l bg-white dark:bg-(--otz-surface) shadow-[-8px_0_24px_rgb(15_23_42/0.08)]"
    >
      <div className="flex h-11 shrink-0 items-center gap-2 border-slate-200 border-b px-3">
        <h2 className="font-semibold text-[15px] text-slate-900">Traffic</h2>
        <span className="text-[12px] text-slate-500">observed flows against the conduits</span>
        <div className="flex-1" />
        <label className={`${BUTTON} cursor-pointer`}>
          Load files…
          <FileInput
            multiple
            className="sr-only"
            data-testid="traffic-file-more"
            onFiles={(files) => void useTraffic.getState().load(files)}
          />
        </label>
        <button
          type="button"
          aria-label="Close traffic"
          className="rounded px-2 py-1 text-slate-500 hover:bg-slate-100"
          onClick={() => useTraffic.getState().setOpen(false)}
        >
          ✕
        </button>
      </div>
      <div className="min-h-0 flex-1 overflow-y-auto">
        <Reading />
        {hasFiles ? <Files /> : null}
        {comparison ? <Body comparison={comparison} /> : null}
        {!hasFiles && !useTraffic.getState().reading ? (
          <p className="px-3 py-4 text-center text-slate-500 text-xs">
            Load a Zeek conn.log (TSV or JSON lines) or a flow CSV. Give zones their address ranges (Networks
            in the zone inspector) or assets their addresses to map traffic to zones.
          </p>
        ) : null}
      </div>
    </section>
  );
}
