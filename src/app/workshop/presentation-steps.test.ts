import { describe, expect, it } from 'vitest';
import type { Model } from '../../domain/model/schema';
import { computeLayout } from '../canvas/geometry';
import { presentationSteps } from './presentation-steps';

describe('presentationSteps', () => {
  it('walks zones top to bottom, left to right, then conduits, framing all zones of a conduit', () => {
    const model: Model = {
      format: 'ot-zones',
      version: 1,
      meta: { name: 't' },
      zones: [
        { id: 'ctl', name: 'Control', kind: 'control' },
        { id: 'ent', name: 'Enterprise', kind: 'enterprise' },
        { id: 'dmz', name: 'DMZ', kind: 'dmz' },
        { id: 'ops', name: 'Ops', kind: 'operations' },
      ],
      assets: [],
      conduits: [
        { id: 'low', name: 'ops-ctl', zoneIds: ['ops', 'ctl'], type: 'filtering' },
        { id: 'high', name: 'ent-dmz-ops', zoneIds: ['ent', 'dmz', 'ops'], type: 'filtering' },
      ],
      diagram: {
        positions: {
          ent: { x: 0, y: 0, width: 300, height: 150 },
          dmz: { x: 400, y: 250, width: 300, height: 150 },
          ops: { x: 0, y: 250, width: 300, height: 150 },
          ctl: { x: 0, y: 500, width: 300, height: 150 },
        },
      },
    };
    const steps = presentationSteps(model, computeLayout(model));
    expect(steps.map((s) => `${s.kind}:${s.id}`)).toEqual([
      'zone:ent',
      'zone:ops',
      'zone:dmz',
      'zone:ctl',
      'conduit:high',
      'conduit:low',
    ]);
    expect(steps[4]!.box).toEqual({ x: 0, y: 0, width: 700, height: 400 });
  });
});
