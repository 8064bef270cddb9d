import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { ModelProjection } from '../../domain/collab/read';
import { writeModel } from '../../domain/collab/write';
import type { Model } from '../../domain/model/schema';
import { emptyModel, redo, undo, useEditor } from '../store/editor-store';
import { StoreBinding } from './binding';
import { codec } from './codec';

const zone = (id: string) => ({ id, name: id, kind: 'control' as const });
const asset = (id: string, zoneId: string) => ({ id, name: id, type: 'plc', zoneId });

function withZone(m: Model, id: string): Model {
  return { ...m, zones: [...m.zones, zone(id)] };
}

/** Two replicas that exchange updates only when asked (a network that can be cut). */
function replicas() {
  const mine = new Y.Doc();
  const theirs = new Y.Doc();
  const queued: { to: Y.Doc; update: Uint8Array }[] = [];
  let online = true;
  const relay = (from: Y.Doc, to: Y.Doc) =>
    from.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin === 'relay') return;
      if (online) Y.applyUpdate(to, update, 'relay');
      else queued.push({ to, update });
    });
  relay(mine, theirs);
  relay(theirs, mine);
  const other = new ModelProjection(theirs);
  return {
    mine,
    theirs,
    /** The other participant's current model. */
    read: () => other.read().model,
    /** The other participant edits. */
    edit(change: (m: Model) => Model) {
      const before = other.read().model;
      writeModel(theirs, change(before), { previous: before, origin: 'them' });
    },
    offline() {
      online = false;
    },
    online() {
      online = true;
      for (const { to, update } of queued.splice(0)) Y.applyUpdate(to, update, 'relay');
    },
  };
}

let binding: StoreBinding | null = null;

function bind(doc: Y.Doc, onRepairs?: (r: readonly string[]) => void): StoreBinding {
  binding = new StoreBinding(doc, { codec, documentId: 'shared:t', ...(onRepairs ? { onRepairs } : {}) });
  return binding;
}

describe('the store as a projection of a shared Y.Doc', () => {
  beforeEach(() => {
    useEditor.getState().replaceModel(emptyModel('local'), { documentId: null });
    useEditor.getState().setReadOnly(false);
  });
  afterEach(() => {
    binding?.destroy();
    binding = null;
  });

  it('opens only once the doc has content, then shows it', () => {
    const net = replicas();
    const b = bind(net.mine);
    expect(b.open()).toBe(false);
    net.edit(() => ({ ...withZone(emptyModel('shared'), 'z1') }));
    // The first remote content opens the binding by itself.
    expect(b.isOpen).toBe(true);
    expect(useEditor.getState().model.meta.name).toBe('shared');
    expect(useEditor.getState().model.zones.map((z) => z.id)).toEqual(['z1']);
  });

  it('writes local edits into the doc, and shows remote edits without entering zundo history', () => {
    const net = replicas();
    net.edit(() => withZone(emptyModel('shared'), 'z1'));
    bind(net.mine).open();
    useEditor.getState().applyEdit('Add z2', (m) => withZone(m, 'z2'));
    expect(net.read().zones.map((z) => z.id)).toEqual(['z1', 'z2']);

    const z1 = useEditor.getState().model.zones[0];
    net.edit((m) => withZone(m, 'z3'));
    const model = useEditor.getState().model;
    expect(model.zones.map((z) => z.id)).toEqual(['z1', 'z2', 'z3']);
    expect(useEditor.getState().lastEdit?.label).toBe('Remote change');
    expect(useEditor.temporal.getState().pastStates).toHaveLength(0);
    // an element nobody touched keeps its object: the canvas and the findings engine skip it
    expect(model.zones[0]).toBe(z1);
  });

  it('undo undoes only my own change, and redo brings it back', () => {
    const net = replicas();
    net.edit(() => withZone(emptyModel('shared'), 'z1'));
    bind(net.mine).open();
    expect(useEditor.getState().sharedHistory).toEqual({ canUndo: false, canRedo: false });
    useEditor.getState().applyEdit('Add mine', (m) => withZone(m, 'mine'));
    net.edit((m) => withZone(m, 'theirs'));
    expect(useEditor.getState().sharedHistory?.canUndo).toBe(true);

    undo();
    expect(useEditor.getState().model.zones.map((z) => z.id)).toEqual(['z1', 'theirs']);
    expect(net.read().zones.map((z) => z.id)).toEqual(['z1', 'theirs']);
    expect(useEditor.getState().sharedHistory).toEqual({ canUndo: false, canRedo: true });
    // nothing of theirs is mine to undo
    undo();
    expect(useEditor.getState().model.zones.map((z) => z.id)).toEqual(['z1', 'theirs']);

    redo();
    expect(
      net
        .read()
        .zones.map((z) => z.id)
        .sort(),
    ).toEqual(['mine', 'theirs', 'z1']);
  });

  it('a view-only document refuses edits and writes nothing', () => {
    const net = replicas();
    net.edit(() => withZone(emptyModel('shared'), 'z1'));
    bind(net.mine).open();
    useEditor.getState().setReadOnly(true);
    useEditor.getState().applyEdit('Add z2', (m) => withZone(m, 'z2'));
    expect(useEditor.getState().model.zones).toHaveLength(1);
    expect(net.read().zones).toHaveLength(1);
  });

  it('merges edits made offline, and reports the repair when my asset lost its zone', () => {
    const net = replicas();
    net.edit(() => ({ ...emptyModel('shared'), zones: [zone('z1'), zone('z2')] }));
    const repairs: string[] = [];
    bind(net.mine, (r) => repairs.push(...r)).open();
    net.offline();
    useEditor.getState().applyEdit('Add asset', (m) => ({ ...m, assets: [asset('plc-1', 'z1')] }));
    net.edit((m) => ({ ...m, zones: m.zones.filter((z) => z.id !== 'z1') }));
    net.online();
    const model = useEditor.getState().model;
    expect(model.zones.map((z) => z.id)).toEqual(['z2']);
    // nothing I added is lost: the asset moved to a surviving zone, and I am told so
    expect(model.assets.map((a) => [a.id, a.zoneId])).toEqual([['plc-1', 'z2']]);
    expect(repairs.join(' ')).toMatch(/plc-1/);
  });

  it('gives undo back to zundo when the binding ends', () => {
    const net = replicas();
    net.edit(() => withZone(emptyModel('shared'), 'z1'));
    bind(net.mine).open();
    binding?.destroy();
    binding = null;
    expect(useEditor.getState().sharedHistory).toBeNull();
    useEditor.getState().applyEdit('Add z2', (m) => withZone(m, 'z2'));
    expect(useEditor.temporal.getState().pastStates).toHaveLength(1);
  });
});

describe('opening a file or template into a shared document', () => {
  afterEach(() => {
    binding?.destroy();
    binding = null;
  });

  it('writes the new content as one change of mine, and zundo stays out of it', () => {
    const net = replicas();
    net.edit(() => withZone(emptyModel('shared'), 'z1'));
    bind(net.mine).open();
    useEditor.getState().replaceModel(withZone(emptyModel('imported'), 'z9'), { documentId: null });
    expect(net.read().zones.map((z) => z.id)).toEqual(['z9']);
    useEditor.getState().applyEdit('Add z2', (m) => withZone(m, 'z2'));
    expect(useEditor.temporal.getState().pastStates).toHaveLength(0);
    undo();
    undo();
    expect(net.read().zones.map((z) => z.id)).toEqual(['z1']);
  });
});
