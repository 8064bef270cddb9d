import { useId } from 'react';
import type { Model } from '../../domain/model/schema';
import { useEditor } from '../store/editor-store';

const byName = (a: { name: string; id: string }, b: { name: string; id: string }) =>
  (a.name || a.id).localeCompare(b.name || b.id);

/**
 * A labelled select of zones (and optionally assets), with "use selection" to take the element
 * selected on the canvas. Names are text, never markup.
 */
export function ZonePicker({
  label,
  value,
  onChange,
  model,
  assets = false,
  featured = [],
  featuredLabel = 'Suggested',
}: {
  label: string;
  value: string | null;
  onChange(id: string | null): void;
  model: Model;
  assets?: boolean;
  /** Zone ids listed first in their own group (e.g. critical zones). */
  featured?: readonly string[];
  featuredLabel?: string;
}) {
  const id = useId();
  const selection = useEditor((s) => s.selection);
  const picked = selection.find(
    (s) => model.zones.some((z) => z.id === s) || (assets && model.assets.some((a) => a.id === s)),
  );
  const zones = [...model.zones].sort(byName);
  const feature = new Set(featured);
  return (
    <div className="flex items-end gap-2">
      <label
        htmlFor={id}
        className="flex min-w-0 flex-1 flex-col gap-1 text-[12px] font-medium text-slate-600"
      >
        {label}
        <select
          id={id}
          value={value ?? ''}
          onChange={(e) => onChange(e.target.value || null)}
          className="h-9 w-full rounded-md border border-slate-300 bg-white dark:bg-(--otz-surface) px-2 text-[14px] text-slate-900 focus:border-blue-600 focus:outline-none"
        >
          <option value="">Choose…</option>
          {featured.length > 0 && (
            <optgroup label={featuredLabel}>
              {zones
                .filter((z) => feature.has(z.id))
                .map((z) => (
                  <option key={z.id} value={z.id}>
                    {z.name || z.id}
                  </option>
                ))}
            </optgroup>
          )}
          <optgroup label={featured.length ? 'Other zones' : 'Zones'}>
            {zones
              .filter((z) => !feature.has(z.id))
              .map((z) => (
                <option key={z.id} value={z.id}>
                  {z.name || z.id}
                </option>
              ))}
          </optgroup>
          {assets && model.assets.length > 0 && (
            <optgroup label="Assets">
              {[...model.assets].sort(byName).map((a) => (
                <option key={a.id} value={a.id}>
                  {a.name || a.id}
                </option>
              ))}
            </optgroup>
          )}
        </select>
      </label>
      <button
        type="button"
        disabled={!picked || picked === value}
        onClick={() => picked && onChange(picked)}
        title="Use the element selected on the canvas"
        className="h-9 shrink-0 rounded-md border border-slate-300 px-2.5 text-[12.5px] text-slate-700 hover:bg-slate-100 disabled:cursor-default disabled:text-slate-400 disabled:hover:bg-transparent"
      >
        Use selection
      </button>
    </div>
  );
}
