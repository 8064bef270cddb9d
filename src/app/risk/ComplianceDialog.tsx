/**
 * The compliance matrix: zones and conduits × FR1–FR7, SL-A against SL-T in each cell (red when
 * short). A cell drills down to the IEC 62443-3-3 SRs and REs of that FR with their status and
 * evidence, editable. Requirement titles are ot-zones' own summaries, not the standard's text.
 */
import { REQUIREMENT_STATUSES, type RequirementStatus } from '../../domain/model/schema';
import { complianceMatrix, type ElementCompliance, STATUS_LABEL } from '../../domain/risk/compliance';
import { setRequirementStatus } from '../../domain/risk/edit';
import { FR_IDS, FR_NAMES } from '../../domain/security-level';
import { commitEdit } from '../inspector/commit';
import { inputClass, TextField } from '../inspector/fields';
import { longTextError } from '../inspector/validate';
import { useEditor } from '../store/editor-store';
import { Modal } from '../ui/Modal';
import { MatrixView } from './MatrixView';
import { useRiskUi } from './risk-store';

function cellClass(target: number | undefined, achieved: number): string {
  if (target === undefined) return 'bg-slate-50 text-slate-400';
  if (achieved >= target)
    return 'bg-emerald-100 dark:bg-emerald-500/20 text-emerald-900 dark:text-emerald-300';
  return target - achieved >= 2
    ? 'bg-red-200 dark:bg-red-500/20 text-red-950 dark:text-red-300'
    : 'bg-orange-100 dark:bg-orange-500/20 text-orange-950 dark:text-orange-300';
}

function Drill({ element, fr }: { element: ElementCompliance; fr: number }) {
  const f = element.frs[fr]!;
  const frId = FR_IDS[fr]!;
  const set = (reqId: string, status: RequirementStatus | undefined) =>
    commitEdit('Change requirement status', (m) => setRequirementStatus(m, element.id, reqId, status));
  return (
    <section
      aria-label="Requirements"
      className="mt-3 rounded border border-slate-200 p-2"
      data-testid="drill"
    >
      <h3 className="font-semibold text-sm">
        {element.name || element.id} — FR{fr + 1} {frId} {FR_NAMES[frId]}: SL-T {f.target ?? 'not set'}, SL-A{' '}
        {f.achieved}
      </h3>
      <p className="text-slate-500 text-xs">
        Requirements needed at the SL-T (and any with a recorded status). Summaries are ot-zones’ own words,
        not the text of IEC 62443-3-3: read the standard for the requirement itself.
      </p>
      {f.rows.length === 0 ? (
        <p className="mt-2 text-slate-500 text-sm italic">
          No requirement applies: set an SL-T on this FR first.
        </p>
      ) : (
        <table className="mt-2 w-full text-sm">
          <thead>
            <tr className="text-left text-slate-500 text-xs">
              <th className="w-24">Requirement</th>
              <th>Summary (our words)</th>
              <th className="w-12 text-center">From SL</th>
              <th className="w-36">Status</th>
              <th className="w-72">Evidence</th>
            </tr>
          </thead>
          <tbody>
            {f.rows.map((r) => (
              <tr
                key={r.requirement.id}
                data-requirement={r.requirement.id}
                className="border-slate-100 border-t align-top"
              >
                <td className="py-1 font-medium">{r.requirement.id}</td>
                <td className="py-1">{r.requirement.title}</td>
                <td className="py-1 text-center">{r.requirement.fromSl}</td>
                <td className="py-1 pr-1">
                  <select
                    aria-label={`Status of ${r.requirement.id}`}
                    className={inputClass}
                    value={r.status?.status ?? ''}
                    onChange={(e) =>
                      set(
                        r.requirement.id,
                        e.target.value
                          ? {
                              status: e.target.value as RequirementStatus['status'],
                              ...(r.status?.evidence ? { evidence: r.status.evidence } : {}),
                            }
                          : undefined,
                      )
                    }
                  >
                    <option value="">Not assessed</option>
                    {REQUIREMENT_STATUSES.map((s) => (
                      <option key={s} value={s}>
                        {STATUS_LABEL[s]}
                      </option>
                    ))}
                  </select>
                </td>
                <td className="py-1">
                  <TextField
                    label={`Evidence for ${r.requirement.id}`}
                    hideLabel
                    ariaLabel={`Evidence for ${r.requirement.id}`}
                    value={r.status?.evidence ?? ''}
                    validate={longTextError}
                    onCommit={(v) =>
                      r.status
                        ? set(r.requirement.id, {
                            status: r.status.status,
                            ...(v.trim() ? { evidence: v } : {}),
                          })
                        : v.trim()
                          ? set(r.requirement.id, { status: 'partly', evidence: v })
                          : null
                    }
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

export function ComplianceDialog() {
  const open = useRiskUi((s) => s.complianceOpen);
  const drill = useRiskUi((s) => s.drill);
  const model = useEditor((s) => s.model);
  const rows = open ? complianceMatrix(model) : [];
  const drilled = drill && rows.find((r) => r.id === drill.id);
  return (
    <Modal
      open={open}
      title="Compliance matrix — SL-A against SL-T"
      subtitle="Each cell: SL-A / SL-T on that FR. SL-A is the highest level whose IEC 62443-3-3 requirements are all met (“not applicable” counts as met). Click a cell for its requirements."
      onClose={() => useRiskUi.getState().closeCompliance()}
      width="w-[72rem]"
    >
      <table className="w-full border-separate border-spacing-0.5 text-sm" data-testid="compliance-matrix">
        <thead>
          <tr className="text-slate-600 text-xs">
            <th className="text-left">Zone / conduit</th>
            {FR_IDS.map((fr, i) => (
              <th key={fr} title={FR_NAMES[fr]}>
                FR{i + 1} {fr}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((e) => (
            <tr key={`${e.kind}:${e.id}`} data-element={e.id}>
              <th className="max-w-56 truncate text-left font-medium" title={e.name}>
                {e.name || e.id} <span className="font-normal text-slate-400 text-xs">{e.kind}</span>
              </th>
              {e.frs.map((f, i) => (
                <td key={f.fr} className="p-0">
                  <button
                    type="button"
                    data-fr={f.fr}
                    aria-label={`${e.name || e.id} FR${i + 1}: SL-A ${f.achieved} of SL-T ${f.target ?? 'not set'}`}
                    aria-pressed={drill?.id === e.id && drill.fr === i}
                    className={`w-full rounded px-1 py-1 text-center tabular-nums ${cellClass(f.target, f.achieved)} ${drill?.id === e.id && drill.fr === i ? 'ring-2 ring-sky-500' : ''}`}
                    onClick={() => useRiskUi.getState().setDrill({ id: e.id, fr: i })}
                  >
                    {f.achieved} / {f.target ?? '–'}
                  </button>
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {drilled && drill ? <Drill element={drilled} fr={drill.fr} /> : null}
      <details className="mt-3">
        <summary className="cursor-pointer font-medium text-sm">Risk matrix</summary>
        <div className="mt-2">
          <MatrixView model={model} />
        </div>
      </details>
    </Modal>
  );
}
