import { useState } from 'react';
import { cellStatus } from '../../domain/analysis/coverage';
import { FR_IDS, FR_NAMES } from '../../domain/security-level';
import { plural } from '../../domain/text/plural';
import { useEditor } from '../store/editor-store';
import { coverageFor } from './results';
import { gapClass, UNKNOWN_CLASS } from './tones';

/** Zone coverage as a heat map: per zone and FR, SL-T against the weakest asset and conduit SL-C. */
export function CoverageTab() {
  const model = useEditor((s) => s.model);
  const reveal = useEditor((s) => s.reveal);
  const [shortOnly, setShortOnly] = useState(false);
  const rows = coverageFor(model).filter((r) => !shortOnly || r.worstGap > 0 || r.unknown);
  const name = (kind: 'asset' | 'conduit', id?: string) =>
    id === undefined
      ? 'unknown'
      : (kind === 'asset'
          ? model.assets.find((a) => a.id === id)?.name
          : model.conduits.find((c) => c.id === id)?.name) || id;
  return (
    <div className="flex flex-col gap-2">
      <p className="text-[12.5px] text-slate-600">
        Each cell: the zone’s target (large) and the weakest capability of its assets · its conduits (small).
      </p>
      <label className="flex items-center gap-2 text-[12.5px] text-slate-700">
        <input type="checkbox" checked={shortOnly} onChange={(e) => setShortOnly(e.target.checked)} />
        Only zones that fall short or are unknown
      </label>
      <table
        data-testid="coverage-table"
        className="w-full table-fixed border-separate border-spacing-[2px] text-[12px]"
      >
        <thead>
          <tr>
            <th className="w-[112px] text-left text-[11px] font-semibold text-slate-500">Zone</th>
            {FR_IDS.map((fr) => (
              <th
                key={fr}
                title={FR_NAMES[fr]}
                className="text-center text-[11px] font-semibold text-slate-500"
              >
                {fr}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.zone} data-zone-id={row.zone}>
              <th
                scope="row"
                onClick={() => reveal(row.zone)}
                className="cursor-pointer truncate pr-1 text-left text-[12px] font-medium text-slate-800 hover:underline"
                title={row.name || row.zone}
              >
                {row.name || row.zone}
              </th>
              {row.cells.map((c) => {
                const gap = Math.max(c.assetGap, c.conduitGap, c.achievedGap);
                const status = cellStatus(c);
                const missing = [
                  c.assetUnknown ? `${plural(row.assetsUnknown, 'asset')}` : '',
                  c.conduitUnknown ? `${plural(row.conduitsUnknown, 'conduit')}` : '',
                ].filter(Boolean);
                return (
                  <td
                    key={c.fr}
                    data-fr={c.fr}
                    data-gap={c.target === undefined ? 'unknown' : gap}
                    data-status={status}
                    title={`${FR_NAMES[c.fr]}\nSL-T ${c.target ?? 'not set'}\nWeakest asset: ${c.asset ?? '–'} (${name('asset', c.weakestAsset)})\nWeakest conduit: ${c.conduit ?? '–'} (${name('conduit', c.weakestConduit)})${c.achieved === undefined ? '' : `\nSL-A (requirements met): ${c.achieved}`}${missing.length ? `\nUnknown: ${missing.join(' and ')} without SL-C` : ''}`}
                    className={`rounded px-0.5 py-1 text-center leading-tight ${status === 'unknown' ? UNKNOWN_CLASS : gapClass(gap, c.target !== undefined)}`}
                  >
                    <div className="text-[14px] font-bold tabular-nums">{c.target ?? '–'}</div>
                    <div className="text-[10px] tabular-nums opacity-80">
                      {c.asset ?? '–'}·{c.conduit ?? '–'}
                      {c.achieved !== undefined && <span data-sl-a>·A{c.achieved}</span>}
                    </div>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      {rows.length === 0 && (
        <p className="text-[13px] text-emerald-800 dark:text-emerald-300">Every zone is covered.</p>
      )}
      <div className="flex flex-wrap items-center gap-2 pt-1 text-[11.5px] text-slate-600">
        <span className={`rounded px-1.5 ${gapClass(0, true)}`}>covered</span>
        <span className={`rounded px-1.5 ${gapClass(1, true)}`}>short by 1</span>
        <span className={`rounded px-1.5 ${gapClass(2, true)}`}>short by 2+</span>
        <span className={`rounded px-1.5 ${UNKNOWN_CLASS}`}>unknown: an SL-C is missing</span>
        <span className={`rounded px-1.5 ${gapClass(0, false)}`}>no SL-T</span>
        <span>– = capability unknown</span>
      </div>
    </div>
  );
}
