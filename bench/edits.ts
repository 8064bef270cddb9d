/**
 * Random single edits of the kinds users make in the editor, built with the editor's own pure edit
 * operations (so object identity is kept exactly as in the app). Seeded, so runs are comparable.
 */
import { CONTROLS } from '../src/domain/catalog/controls';
import { moveElements } from '../src/domain/edit/positions';
import { reparentAsset } from '../src/domain/edit/reparent';
import { updateAsset, updateConduit, updateFlow, updateZone } from '../src/domain/edit/update';
import type { Random } from '../src/domain/generate/prng';
import type { Model } from '../src/domain/model/schema';

export type EditKind =
  | 'move-box'
  | 'rename-asset'
  | 'asset-to-other-zone'
  | 'asset-capability'
  | 'asset-type'
  | 'zone-target'
  | 'rename-zone'
  | 'conduit-capability'
  | 'conduit-control'
  | 'flow-port';

/** How often each edit happens, roughly as users work: mostly dragging and asset edits. */
const WEIGHTS: ReadonlyArray<readonly [EditKind, number]> = [
  ['move-box', 25],
  ['rename-asset', 10],
  ['asset-to-other-zone', 10],
  ['asset-capability', 8],
  ['asset-type', 7],
  ['zone-target', 8],
  ['rename-zone', 7],
  ['conduit-capability', 10],
  ['conduit-control', 10],
  ['flow-port', 5],
];

const ASSET_TYPES = [
  'plc',
  'hmi',
  'historian',
  'drive',
  'io-module',
  'switch',
  'office-workstation',
  'maintenance-laptop',
];
const LEVEL = (rng: Random) =>
  rng.chance(0.7) ? rng.int(0, 4) : [0, 1, 2, 3, 4, 5, 6].map(() => rng.int(0, 4));
const PORTS = [502, 4840, 44818, 102, 20000, 443, 'any'] as const;

function pickKind(rng: Random): EditKind {
  const total = WEIGHTS.reduce((s, [, w]) => s + w, 0);
  let r = rng.next() * total;
  for (const [kind, w] of WEIGHTS) {
    r -= w;
    if (r < 0) return kind;
  }
  return 'move-box';
}

/** One random edit of `model`; returns the new model (never the same one) and what was done. */
export function randomEdit(model: Model, rng: Random, serial: number): { model: Model; kind: EditKind } {
  for (;;) {
    const kind = pickKind(rng);
    const next = apply(kind, model, rng, serial);
    if (next && next !== model) return { model: next, kind };
  }
}

function apply(kind: EditKind, model: Model, rng: Random, serial: number): Model | undefined {
  const asset = rng.pick(model.assets);
  const zone = rng.pick(model.zones);
  const conduit = rng.pick(model.conduits);
  switch (kind) {
    case 'move-box': {
      const id = rng.chance(0.8) ? asset.id : zone.id;
      const p = model.diagram?.positions[id] ?? { x: 0, y: 0 };
      return moveElements(model, { [id]: { x: p.x + rng.int(-40, 40), y: p.y + rng.int(-40, 40) } });
    }
    case 'rename-asset':
      return updateAsset(model, asset.id, {
        name: `${asset.name.replace(/ \(edit \d+\)$/, '')} (edit ${serial})`,
      });
    case 'asset-to-other-zone':
      return zone.id === asset.zoneId ? undefined : reparentAsset(model, asset.id, zone.id, { x: 20, y: 40 });
    case 'asset-capability':
      return updateAsset(model, asset.id, { slCapability: LEVEL(rng) });
    case 'asset-type':
      return updateAsset(model, asset.id, { type: rng.pick(ASSET_TYPES) });
    case 'zone-target':
      return updateZone(model, zone.id, { slTarget: rng.chance(0.1) ? undefined : LEVEL(rng) });
    case 'rename-zone':
      return updateZone(model, zone.id, {
        name: `${zone.name.replace(/ \(edit \d+\)$/, '')} (edit ${serial})`,
      });
    case 'conduit-capability':
      return updateConduit(model, conduit.id, { slCapability: LEVEL(rng) });
    case 'conduit-control': {
      const control = rng.pick(CONTROLS).id;
      const controls = conduit.controls ?? [];
      return updateConduit(model, conduit.id, {
        controls: controls.includes(control) ? controls.filter((c) => c !== control) : [...controls, control],
      });
    }
    case 'flow-port': {
      const flows = conduit.flows ?? [];
      if (flows.length === 0) return undefined;
      return updateFlow(model, conduit.id, rng.int(0, flows.length - 1), { port: rng.pick(PORTS) });
    }
  }
}
