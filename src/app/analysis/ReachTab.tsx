import { plural } from '../../domain/text/plural';
import { useEditor } from '../store/editor-store';
import { useAnalysis } from './analysis-store';
import { zoneName } from './names';
import { reachFor } from './results';
import { barrierColor } from './tones';
import { ZonePicker } from './ZonePicker';

/** Blast radius: pick what is compromised, list every zone the attacker can go on to reach. */
export function ReachTab() {
  const model = useEditor((s) => s.model);
  const compromised = useAnalysis((s) => s.compromised);
  const setCompromised = useAnalysis((s) => s.setCompromised);
  const reveal = useEditor((s) => s.reveal);
  const r = compromised ? reachFor(model, compromised) : null;
  return (
    <div className="flex flex-col gap-3">
      <ZonePicker
        label="Compromised zone or asset"
        value={compromised}
        onChange={setCompromised}
        model={model}
        assets
      />
      {!r && (
        <p className="text-[13px] text-slate-500">
          Pick the zone or asset an attacker holds. The canvas then shows every zone they can reach along the
          conduits, and how many filtering barriers stand in the way.
        </p>
      )}
      {r && !r.ok && <p className="text-[13px] text-red-700 dark:text-red-300">{r.message}</p>}
      {r?.ok && (
        <>
          <p data-testid="reach-summary" className="text-[14px] text-slate-800">
            From <strong>{zoneName(model, r.result.from)}</strong>
            {r.result.fromAsset && (
              <> (asset {model.assets.find((a) => a.id === r.result.fromAsset)?.name})</>
            )}
            : <strong>{plural(r.result.reachable.length, 'zone')}</strong> reachable,{' '}
            {r.result.unreachable.length} not.
          </p>
          {r.result.reachable.length > 0 && (
            <table data-testid="reach-table" className="w-full border-collapse text-left text-[13px]">
              <thead>
                <tr className="border-b border-slate-200 text-[11.5px] text-slate-500 uppercase tracking-wide">
                  <th className="py-1.5 pr-2 font-semibold">Zone</th>
                  <th className="py-1.5 pr-2 text-right font-semibold">Barriers</th>
                  <th className="py-1.5 font-semibold">Best attacker path</th>
                </tr>
              </thead>
              <tbody>
                {r.result.reachable.map((z) => (
                  <tr
                    key={z.zone}
                    data-zone-id={z.zone}
                    onClick={() => reveal(z.zone)}
                    className="cursor-pointer border-b border-slate-100 align-top hover:bg-slate-50"
                  >
                    <td className="py-1.5 pr-2 font-medium text-slate-900">{zoneName(model, z.zone)}</td>
                    <td className="py-1.5 pr-2 text-right">
                      <span
                        className="inline-block min-w-7 rounded-full px-1.5 text-center text-[12.5px] font-bold text-white tabular-nums"
                        style={{ background: barrierColor(z.barriers) }}
                      >
                        {z.barriers}
                      </span>
                    </td>
                    <td className="py-1.5 text-[12px] text-slate-600">
                      {z.path.map((id) => zoneName(model, id)).join(' → ')}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {r.result.unreachable.length > 0 && (
            <p className="text-[12.5px] text-slate-500">
              <span className="font-medium text-slate-600">Out of reach:</span>{' '}
              {r.result.unreachable.map((id) => zoneName(model, id)).join(', ')}
            </p>
          )}
          <p className="text-[11.5px] text-slate-500">
            Barriers count conduits of type filtering or unidirectional, or with a firewall, data diode or
            deep packet inspection. A nested zone without conduits of its own shares its parent’s boundary.
          </p>
        </>
      )}
    </div>
  );
}
