/**
 * "Connect to…": a conduit from this zone to another without a mouse drag (keyboard users, touch
 * screens). Picking a zone adds a filtering conduit (one undo step) and selects it, so its
 * inspector opens with the type, direction and flows to fill in.
 */
import type { Model, Zone } from '../../domain/model/schema';
import { connectZones } from '../canvas/commands';
import { SelectField } from './fields';
import { optionLabel } from './parts';

export function ConnectTo({ zone, model }: { zone: Zone; model: Model }) {
  const others = model.zones.filter((z) => z.id !== zone.id);
  if (others.length === 0)
    return <p className="text-slate-500 text-xs">Add another zone to connect this one to.</p>;
  const joined = new Set(model.conduits.filter((c) => c.zoneIds.includes(zone.id)).flatMap((c) => c.zoneIds));
  return (
    <SelectField
      label="Connect to…"
      value=""
      note="adds a conduit"
      choices={[
        { value: '', label: 'Choose a zone…' },
        ...others.map((z) => ({
          value: z.id,
          label: `${optionLabel(z, 40)}${joined.has(z.id) ? ' (already connected)' : ''}`,
        })),
      ]}
      onChange={(v) => {
        if (v) connectZones(zone.id, v);
        return null;
      }}
    />
  );
}
