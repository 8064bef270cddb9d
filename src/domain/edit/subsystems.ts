/** Subsystems (diagram.subsystems): group zones, rename, ungroup; drop removed zones. */
import type { Model, Subsystem } from '../model/schema';
import { SubsystemSchema } from '../model/schema';
import { idAllocator } from './ids';
import { EditError } from './update';

function withSubsystems(model: Model, list: readonly Subsystem[]): Model {
  const { subsystems: _old, ...rest } = model.diagram ?? { positions: {} };
  return { ...model, diagram: list.length ? { ...rest, subsystems: [...list] } : rest };
}

/** A new subsystem holding the given zones (which leave any other subsystem). */
export function addSubsystem(
  model: Model,
  zoneIds: readonly string[],
  name?: string,
): { model: Model; id: string } {
  const zones = zoneIds.filter((id) => model.zones.some((z) => z.id === id));
  if (zones.length === 0) throw new EditError('select at least one zone to group into a subsystem');
  const existing = model.diagram?.subsystems ?? [];
  const id = idAllocator(model)('subsystem');
  const subsystem: Subsystem = { id, name: name ?? `Subsystem ${existing.length + 1}`, zoneIds: zones };
  const others = existing
    .map((s) => ({ ...s, zoneIds: s.zoneIds.filter((z) => !zones.includes(z)) }))
    .filter((s) => s.zoneIds.length > 0);
  return { model: withSubsystems(model, [...others, subsystem]), id };
}

export function renameSubsystem(model: Model, id: string, name: string): Model {
  const list = model.diagram?.subsystems ?? [];
  const index = list.findIndex((s) => s.id === id);
  if (index < 0) throw new EditError(`no subsystem with id ${JSON.stringify(id)}`);
  if (list[index]!.name === name) return model;
  const next = { ...list[index]!, name };
  const parsed = SubsystemSchema.safeParse(next);
  if (!parsed.success) throw new EditError(`subsystem name: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
  return withSubsystems(
    model,
    list.map((s, i) => (i === index ? next : s)),
  );
}

/** Ungroups: the zones stay where they are. */
export function removeSubsystem(model: Model, id: string): Model {
  const list = model.diagram?.subsystems ?? [];
  if (!list.some((s) => s.id === id)) return model;
  return withSubsystems(
    model,
    list.filter((s) => s.id !== id),
  );
}

/** Drops deleted zones from every subsystem (and subsystems left empty). */
export function pruneSubsystems(model: Model, removedZoneIds: ReadonlySet<string>): Model {
  const list = model.diagram?.subsystems;
  if (!list?.some((s) => s.zoneIds.some((z) => removedZoneIds.has(z)))) return model;
  return withSubsystems(
    model,
    list
      .map((s) => ({ ...s, zoneIds: s.zoneIds.filter((z) => !removedZoneIds.has(z)) }))
      .filter((s) => s.zoneIds.length > 0),
  );
}
