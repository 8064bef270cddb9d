import { useState } from 'react';
import type { ImpactedZone, ImpactStep } from '../../domain/analysis/containment-impact';
import { containmentMarkdown } from '../../domain/analysis/containment-markdown';
import type { Model } from '../../domain/model/schema';
import { agree, plural } from '../../domain/text/plural';
import { downloadText, fileNameFor } from '../persistence/download';
import { useEditor } from '../store/editor-store';
import { useAnalysis } from './analysis-store';
import { conduitName, zoneName } from './names';
import { containFor } from './results';
import { ZonePicker } from './ZonePicker';

const Yes = ({ on, label }: { on: boolean; label: string }) => (
  <span
    title={`${label}: ${on ? 'yes' : 'no'}`}
    className={`rounded px-1.5 text-[11.5px] font-semibold ${on ? 'bg-emerald-100 dark:bg-emerald-500/20 text-emerald-800 dark:text-emerald-300' : 'bg-red-100 dark:bg-red-500/20 text-red-800 dark:text-red-300'}`}
  >
    {on ? 'yes' : 'no'}
  </span>
);

/**
 * Every zone that loses data, direct neighbours first (depth 1), each with the chain of zones the
 * loss travels through; the conduits and flows of each hop are in the row's tooltip.
 */
function DownstreamList({ impact, model }: { impact: readonly ImpactedZone[]; model: Model }) {
  const hop = (step: ImpactStep) =>
    step.conduit === null
      ? `${zoneName(model, step.to)} is nested in ${zoneName(model, step.from)} and shares its boundary`
      : `${conduitName(model, step.conduit)}: ${step.protocol ?? ''}${step.port === undefined ? '' : `/${step.port}`}`;
  return (
    <details className="text-[12.5px]" open={impact.length <= 8}>
      <summary className="cursor-pointer font-medium text-slate-700">
        Zones that lose data ({impact.length})
      </summary>
      <ul data-testid="contain-impact" className="mt-1 flex flex-col gap-1">
        {impact.map((z) => (
          <li key={z.zone} data-zone-id={z.zone} data-depth={z.depth} title={z.path.map(hop).join('\n')}>
            <span
              className={`mr-1.5 rounded px-1.5 text-[11px] font-semibold ${z.depth === 1 ? 'bg-amber-100 dark:bg-amber-500/20 text-amber-900 dark:text-amber-300' : 'bg-slate-100 text-slate-700'}`}
            >
              {z.depth === 1 ? 'direct' : `depth ${z.depth}`}
            </span>
            <span className="font-medium text-slate-900">{zoneName(model, z.zone)}</span>
            {z.depth > 1 && (
              <span className="text-slate-600">
                {' '}
                via{' '}
                {z.path
                  .slice(0, -1)
                  .map((step) => zoneName(model, step.to))
                  .join(' → ')}
              </span>
            )}
          </li>
        ))}
      </ul>
    </details>
  );
}

/** Containment: "isolate zone X" as a checklist, with a Markdown draft for the playbook. */
export function ContainTab() {
  const model = useEditor((s) => s.model);
  const isolate = useAnalysis((s) => s.isolate);
  const setIsolate = useAnalysis((s) => s.setIsolate);
  const [copied, setCopied] = useState(false);
  const r = isolate ? containFor(model, isolate) : null;
  const further = r?.ok ? r.result.impact.filter((z) => z.depth > 1).length : 0;
  const markdown = () =>
    r?.ok ? containmentMarkdown(r.result, model, { generatedAt: new Date().toLocaleString() }) : '';
  return (
    <div className="flex flex-col gap-3">
      <ZonePicker label="Zone to isolate" value={isolate} onChange={setIsolate} model={model} />
      {!r && (
        <p className="text-[13px] text-slate-500">
          Pick a zone to see the conduits to cut, the flows that stop and who loses data — a draft containment
          step for the incident response playbook.
        </p>
      )}
      {r && !r.ok && <p className="text-[13px] text-red-700 dark:text-red-300">{r.message}</p>}
      {r?.ok && (
        <>
          <p data-testid="contain-summary" className="text-[14px] text-slate-800">
            Cut <strong>{plural(r.result.cut.length, 'conduit')}</strong>;{' '}
            {plural(r.result.flows.length, 'documented flow')} {agree(r.result.flows.length, 'stops', 'stop')}
            ; {plural(r.result.losingData.length, 'zone')}{' '}
            {agree(r.result.losingData.length, 'loses', 'lose')} data
            {further > 0 && <>, {plural(further, 'more zone')} downstream</>}.{' '}
            {r.result.cut.length > 0 &&
              (r.result.islandReady ? (
                <span className="font-medium text-emerald-800 dark:text-emerald-300">
                  Island mode supported on every cut.
                </span>
              ) : (
                <span className="font-medium text-red-800 dark:text-red-300">
                  Island mode missing on {plural(r.result.cut.filter((c) => !c.islandMode).length, 'conduit')}
                  .
                </span>
              ))}
          </p>
          {r.result.scope.length > 1 && (
            <p className="text-[12.5px] text-slate-600">
              Isolated with it (nested):{' '}
              {r.result.scope
                .slice(1)
                .map((id) => zoneName(model, id))
                .join(', ')}
            </p>
          )}
          {r.result.cut.length > 0 && (
            <table data-testid="contain-cuts" className="w-full border-collapse text-left text-[13px]">
              <thead>
                <tr className="border-b border-slate-200 text-[11.5px] text-slate-500 uppercase tracking-wide">
                  <th className="py-1.5 pr-1 font-semibold">#</th>
                  <th className="py-1.5 pr-2 font-semibold">Conduit to cut</th>
                  <th className="py-1.5 pr-1 font-semibold" title="Island mode">
                    Island
                  </th>
                  <th className="py-1.5 font-semibold" title="Fail close">
                    Fail-close
                  </th>
                </tr>
              </thead>
              <tbody>
                {r.result.cut.map((c, i) => (
                  <tr
                    key={c.conduit}
                    data-conduit-id={c.conduit}
                    className="border-b border-slate-100 align-top"
                  >
                    <td className="py-1.5 pr-1 text-slate-500 tabular-nums">{i + 1}</td>
                    <td className="py-1.5 pr-2">
                      <div className="font-medium text-slate-900">{c.name || c.conduit}</div>
                      <div className="text-[12px] text-slate-600">
                        to {c.outside.map((id) => zoneName(model, id)).join(', ')} ·{' '}
                        {plural(c.flowsLost, 'flow')}
                        {c.priority && (
                          <span className="font-semibold text-red-800 dark:text-red-300">
                            {' '}
                            · {c.priority}: cut first
                          </span>
                        )}
                        {c.partial && <span> · block the isolated side only</span>}
                      </div>
                    </td>
                    <td className="py-1.5 pr-1">
                      <Yes on={c.islandMode} label="Island mode" />
                    </td>
                    <td className="py-1.5">
                      <Yes on={c.failClose} label="Fail close" />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {r.result.impact.length > 0 && <DownstreamList impact={r.result.impact} model={model} />}
          {r.result.flows.length > 0 && (
            <details className="text-[12.5px]" open={r.result.flows.length <= 6}>
              <summary className="cursor-pointer font-medium text-slate-700">
                Flows that stop ({r.result.flows.length})
              </summary>
              <ul data-testid="contain-flows" className="mt-1 flex flex-col gap-1">
                {r.result.flows.map((f) => (
                  <li
                    key={`${f.conduit}|${f.from}|${f.to}|${f.protocol}|${f.port ?? ''}`}
                    className="text-slate-700"
                  >
                    <span className="font-medium text-slate-900">{zoneName(model, f.from)}</span> →{' '}
                    <span className="font-medium text-slate-900">{zoneName(model, f.to)}</span> · {f.protocol}
                    {f.port !== undefined && `/${f.port}`}
                    {f.description && <span className="text-slate-500"> — {f.description}</span>}
                  </li>
                ))}
              </ul>
            </details>
          )}
          {r.result.undocumented.length > 0 && (
            <p className="text-[12.5px] text-amber-800 dark:text-amber-300">
              Unknown impact: {plural(r.result.undocumented.length, 'cut conduit')}{' '}
              {agree(r.result.undocumented.length, 'lists', 'list')} no flows.
            </p>
          )}
          <div className="flex gap-2 pt-1">
            <button
              type="button"
              onClick={() =>
                downloadText(
                  markdown(),
                  fileNameFor(`containment-${zoneName(model, r.result.zone)}`, '.md'),
                  'text/markdown',
                )
              }
              className="h-9 rounded-md bg-blue-600 px-3 text-[13px] font-medium text-white hover:bg-blue-700"
            >
              Download Markdown
            </button>
            <button
              type="button"
              onClick={() => {
                void navigator.clipboard?.writeText(markdown()).then(() => {
                  setCopied(true);
                  setTimeout(() => setCopied(false), 1500);
                });
              }}
              className="h-9 rounded-md border border-slate-300 px-3 text-[13px] text-slate-700 hover:bg-slate-100"
            >
              {copied ? 'Copied' : 'Copy'}
            </button>
          </div>
        </>
      )}
    </div>
  );
}
