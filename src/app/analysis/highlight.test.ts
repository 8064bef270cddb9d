import { describe, expect, it } from 'vitest';
import { attackPath } from '../../domain/analysis/attack-path';
import { containment } from '../../domain/analysis/containment';
import { blastRadius } from '../../domain/analysis/reachability';
import type { Model } from '../../domain/model/schema';
import { containHighlight, pathHighlight, reachHighlight } from './highlight';

const model: Model = {
  format: 'ot-zones',
  version: 1,
  meta: { name: 't' },
  zones: [
    { id: 'ent', name: 'Enterprise', kind: 'enterprise' },
    { id: 'dmz', name: 'DMZ', kind: 'dmz' },
    { id: 'ctl', name: 'Control', kind: 'control' },
    { id: 'cell', name: 'Cell', kind: 'control', parentId: 'ctl' },
    { id: 'sis', name: 'SIS', kind: 'safety' },
  ],
  assets: [],
  conduits: [
    { id: 'c1', name: 'ent-dmz', zoneIds: ['ent', 'dmz'], type: 'filtering' },
    {
      id: 'c2',
      name: 'dmz-ctl',
      zoneIds: ['dmz', 'ctl'],
      type: 'gateway',
      flows: [{ from: 'ctl', to: 'dmz', protocol: 'OPC UA', port: 4840 }],
    },
    { id: 'c3', name: 'sis-ctl', zoneIds: ['sis', 'ctl'], type: 'unidirectional' },
  ],
};

const tones = (h: ReturnType<typeof reachHighlight>) =>
  Object.fromEntries([...h.zones].map(([id, m]) => [id, m.tone]));

describe('canvas highlight', () => {
  it('blast radius: source, reached zones with barrier badges, the rest faded, one arrow per reached zone', () => {
    const h = reachHighlight(model, blastRadius(model, 'dmz'));
    expect(tones(h)).toEqual({
      dmz: 'source',
      ent: 'reached',
      ctl: 'reached',
      cell: 'reached',
      sis: 'dimmed',
    });
    expect(h.zones.get('ent')).toEqual({ tone: 'reached', badge: '1 barrier', barriers: 1 });
    expect(h.zones.get('cell')?.badge).toBe('0 barriers');
    expect(h.steps.map((s) => `${s.from}>${s.to}`).sort()).toEqual(['ctl>cell', 'dmz>ctl', 'dmz>ent']);
  });

  it('attack path: entry, path and target with the barriers crossed so far', () => {
    const h = pathHighlight(model, attackPath(model, 'cell'));
    expect(tones(h)).toEqual({ ent: 'source', dmz: 'path', ctl: 'path', cell: 'target', sis: 'dimmed' });
    expect(h.zones.get('dmz')?.badge).toBe('1 barrier');
    expect(h.zones.get('cell')?.badge).toBe('1 barrier');
    expect(h.steps).toHaveLength(3);
  });

  it('attack path without a route marks the IT-side zones only', () => {
    const h = pathHighlight(model, attackPath(model, 'sis'));
    expect(h.zones.get('ent')).toEqual({ tone: 'source', badge: 'IT side' });
    expect(h.steps).toEqual([]);
  });

  it('containment: the isolated scope, dependents and the cuts between them', () => {
    const h = containHighlight(model, containment(model, 'ctl'));
    expect(tones(h)).toEqual({
      ctl: 'source',
      cell: 'isolated',
      dmz: 'dependent',
      sis: 'dependent',
      ent: 'dimmed',
    });
    expect(h.zones.get('dmz')?.badge).toBe('loses data');
    expect(h.zones.get('sis')?.badge).toBe('link cut');
    expect(h.cuts).toEqual([
      { conduit: 'c2', inside: ['ctl'], outside: ['dmz'] },
      { conduit: 'c3', inside: ['ctl'], outside: ['sis'] },
    ]);
  });

  it('containment: zones further downstream are marked with their depth', () => {
    const chain: Model = {
      ...model,
      conduits: [
        ...model.conduits,
        {
          id: 'c4',
          name: 'dmz-ent',
          zoneIds: ['dmz', 'ent'],
          type: 'filtering',
          flows: [{ from: 'dmz', to: 'ent', protocol: 'HTTPS', port: 443 }],
        },
      ],
    };
    const h = containHighlight(chain, containment(chain, 'ctl'));
    expect(h.zones.get('dmz')).toEqual({ tone: 'dependent', badge: 'loses data' });
    expect(h.zones.get('ent')).toEqual({ tone: 'dependent', badge: 'loses data (depth 2)' });
    // Without that flow the enterprise zone is not involved (first containment case above).
    expect(containHighlight(model, containment(model, 'ctl')).zones.get('ent')?.tone).toBe('dimmed');
  });

  it('draws nothing for an unknown subject', () => {
    expect(reachHighlight(model, blastRadius(model, 'zz')).zones.size).toBe(0);
  });
});
