import { useEffect } from 'react';
import { plural } from '../../domain/text/plural';
import { useEditor } from '../store/editor-store';
import { useAnalysis } from './analysis-store';
import { conduitName, zoneName } from './names';
import { criticalFor, pathFor } from './results';
import { barrierColor } from './tones';
import { ZonePicker } from './ZonePicker';

/** Attack path: from any IT-side zone to a chosen zone, the route crossing the fewest barriers. */
export function PathTab() {
  const model = useEditor((s) => s.model);
  const target = useAnalysis((s) => s.target);
  const setTarget = useAnalysis((s) => s.setTarget);
  const critical = criticalFor(model);
  // Start on the first critical zone: that is the question the defense-in-depth rule asks.
  useEffect(() => {
    if (target === null && critical[0]) setTarget(critical[0]);
  }, [target, critical, setTarget]);
  const r = target ? pathFor(model, target) : null;
  const p = r?.ok ? r.path : null;
  return (
    <div className="flex flex-col gap-3">
      <ZonePicker
        label="Zone to defend"
        value={target}
        onChange={setTarget}
        model={model}
        featured={critical}
        featuredLabel="Critical zones (SL-T 3+ or safety)"
      />
      {r && !r.ok && <p className="text-[13px] text-red-700 dark:text-red-300">{r.message}</p>}
      {r?.ok && !p && (
        <p data-testid="path-summary" className="text-[14px] text-emerald-800 dark:text-emerald-300">
          {r.itZones.length
            ? 'No IT-side zone reaches this zone along the conduits.'
            : 'The model has no IT-side zone (enterprise, external, or Purdue level 4–5).'}
        </p>
      )}
      {p && (
        <>
          <p data-testid="path-summary" className="text-[14px] text-slate-800">
            Weakest route from <strong>{zoneName(model, p.entry)}</strong>:{' '}
            <strong style={{ color: barrierColor(p.barriers) }}>
              {plural(p.barriers, 'filtering barrier')}
            </strong>
            .
          </p>
          {p.barriers < 2 && (critical.includes(p.target) || p.barriers === 0) && (
            <p className="rounded-md bg-amber-50 dark:bg-amber-500/20 px-2.5 py-1.5 text-[12.5px] text-amber-900 dark:text-amber-300 ring-1 ring-amber-200 dark:ring-amber-900">
              Fewer than two independent barriers: one failure or misconfiguration opens this zone to the IT
              side.
            </p>
          )}
          <ol data-testid="path-steps" className="flex flex-col gap-0 text-[13px]">
            <li className="flex items-center gap-2 font-medium text-slate-900">
              <span className="h-2.5 w-2.5 rounded-full bg-red-700" /> {zoneName(model, p.entry)}
              <span className="text-[11.5px] font-normal text-slate-500">IT side</span>
            </li>
            {p.steps.map((s, i) => (
              <li key={`${s.from}>${s.to}`} className="ml-[4px] border-l-2 border-violet-500 py-1 pl-3">
                <div className="text-[12px] text-slate-600">
                  {s.conduit ? conduitName(model, s.conduit) : 'shared nesting boundary'}{' '}
                  {s.barrier ? (
                    <span className="rounded bg-slate-800 dark:bg-ink-700 px-1 text-[10.5px] font-semibold text-white">
                      barrier
                    </span>
                  ) : (
                    <span
                      className="rounded bg-red-100 dark:bg-red-500/20 px-1 text-[10.5px] font-semibold text-red-800 dark:text-red-300"
                      data-open-flow={s.openFlow ? true : undefined}
                    >
                      {s.openFlow ? 'no barrier: a flow allows any protocol or port' : 'no barrier'}
                    </span>
                  )}
                </div>
                <div className="font-medium text-slate-900">
                  {i + 1}. {zoneName(model, s.to)}
                </div>
              </li>
            ))}
          </ol>
        </>
      )}
    </div>
  );
}
