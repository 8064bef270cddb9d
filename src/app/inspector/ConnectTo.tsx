/**
 * "Connect to…": a conduit from this zone to another without a mouse drag (keyboard users, touch
 * screens). Picking a zone adds a filtering conduit (one undo step) and selects it, so its
 * inspector opens with the type, direction and flows to fill in. The C key on a selected or
 * focused zone jumps here (shell/shortcuts.ts).
 */
import type { Model, Zone } from '../../domain/model/schema';
import { connectZones } from '../canvas/commands';
import { useEditor } from '../store/editor-store';
import { SelectField } from './fields';
import { optionLabel } from './parts';

export function ConnectTo({ zone, model }: { zone: Zone; model: Model }) {
  const others = model.zones.filter((z) => z.id !== zone.id);
  if (others.length === 0)
    return <p className="text-slate-500 text-xs">Add another zone to connect this one to.</p>;
  const joined = new Set(model.conduits.filter((c) => c.zoneIds.includes(zone.id)).flatMap((c) => c.zoneIds));
  return (
    <div data-connect-to={zone.id}>
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
    </div>
  );
}

/**
 * The C key: selects the zone (the focused one, else the one selected) and puts the focus on its
 * "Connect to…" picker. False when no single zone is at hand.
 */
export function focusConnectTo(zoneId: string | undefined): boolean {
  if (zoneId === undefined) return false;
  const { model, selection, select } = useEditor.getState();
  if (!model.zones.some((z) => z.id === zoneId)) return false;
  if (selection.length !== 1 || selection[0] !== zoneId) select([zoneId]);
  // The inspector renders the zone on the next frame.
  requestAnimationFrame(() =>
    document.querySelector<HTMLSelectElement>(`[data-connect-to="${CSS.escape(zoneId)}"] select`)?.focus(),
  );
  return true;
}
