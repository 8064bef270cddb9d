/**
 * The risk matrix (view and editor): click a cell to cycle its level; choose the tolerable level and
 * the SL-T each unmitigated level suggests. The default matrix is
 * an example to adapt, not the standard's; editing it writes the organisation's own into the model.
 */
import type { Model } from '../../domain/model/schema';
import { setRiskMatrix } from '../../domain/risk/edit';
import {
  prepareMatrix,
  riskMatrixOf,
  withCell,
  withSuggestedSl,
  withTolerable,
} from '../../domain/risk/matrix';
import { commitEdit } from '../inspector/commit';
import { levelTone } from './level-style';

export function MatrixView({ model }: { model: Model }) {
  const data = riskMatrixOf(model);
  const m = prepareMatrix(data);
  const count = data.levels.length;
  const columns = data.consequence.map((_, i) => i + 1);
  const cycle = (l: number, c: number) => {
    const current = m.levelAt(l, c);
    const next = data.levels[(m.rank(current?.id ?? '') + 1) % count]!;
    commitEdit('Change risk matrix cell', (mm) => setRiskMatrix(mm, withCell(data, l, c, next.id)));
  };
  return (
    <div data-testid="risk-matrix" className="text-xs">
      <table className="border-separate border-spacing-0.5">
        <thead>
          <tr>
            <th className="pr-2 text-left font-normal text-slate-500">Likelihood ↓ / consequence →</th>
            {data.consequence.map((label, i) => (
              <th key={label} className="px-1 font-medium text-slate-700">
                {i + 1} {label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {data.likelihood
            .map((label, l) => ({ label, l: l + 1 }))
            .reverse()
            .map(({ label, l }) => (
              <tr key={label}>
                <th className="pr-2 text-left font-medium text-slate-700">
                  {l} {label}
                </th>
                {columns.map((c) => {
                  const level = m.levelAt(l, c);
                  return (
                    <td key={c} className="p-0">
                      <button
                        type="button"
                        title="Click to change this cell's level"
                        className={`w-full rounded border px-1.5 py-1 font-semibold ${levelTone(level ? m.rank(level.id) : -1, count)}`}
                        onClick={() => cycle(l, c)}
                      >
                        {level?.label ?? '?'} <span className="font-normal opacity-70">{l * c}</span>
                      </button>
                    </td>
                  );
                })}
              </tr>
            ))}
        </tbody>
      </table>
      <div className="mt-2 flex flex-wrap items-center gap-x-4 gap-y-1 text-slate-700">
        <label className="flex items-center gap-1">
          Tolerable up to
          <select
            className="rounded border border-slate-300 bg-white dark:bg-(--otz-surface) px-1 py-0.5"
            value={data.tolerable}
            onChange={(e) =>
              commitEdit('Change tolerable risk', (mm) =>
                setRiskMatrix(mm, withTolerable(data, e.target.value)),
              )
            }
          >
            {data.levels.map((lv) => (
              <option key={lv.id} value={lv.id}>
                {lv.label}
              </option>
            ))}
          </select>
        </label>
        <fieldset className="flex flex-wrap items-center gap-2">
          <legend className="float-left mr-1">Suggested SL-T per unmitigated level:</legend>
          {data.levels.map((lv) => (
            <label key={lv.id} className="flex items-center gap-1">
              {lv.label} →
              <select
                aria-label={`Suggested SL-T for ${lv.label}`}
                className="rounded border border-slate-300 bg-white dark:bg-(--otz-surface) px-1 py-0.5"
                value={lv.suggestedSl}
                onChange={(e) =>
                  commitEdit('Change suggested SL-T', (mm) =>
                    setRiskMatrix(
                      mm,
                      withSuggestedSl(data, lv.id, Number(e.target.value) as 0 | 1 | 2 | 3 | 4),
                    ),
                  )
                }
              >
                {[0, 1, 2, 3, 4].map((n) => (
                  <option key={n} value={n}>
                    {n}
                  </option>
                ))}
              </select>
            </label>
          ))}
        </fieldset>
      </div>
      <p className="mt-1 text-amber-800 dark:text-amber-300" data-testid="matrix-note">
        {model.riskMatrix
          ? 'This model uses its own risk matrix.'
          : 'This default matrix is an example to adapt to your organisation’s risk criteria; it is not taken from IEC 62443, which leaves the matrix to the asset owner.'}
        {model.riskMatrix ? (
          <button
            type="button"
            className="ml-2 underline"
            onClick={() => commitEdit('Reset risk matrix', (mm) => setRiskMatrix(mm, undefined))}
          >
            Back to the default
          </button>
        ) : null}
      </p>
    </div>
  );
}
