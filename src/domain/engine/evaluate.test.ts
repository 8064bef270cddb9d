import { describe, expect, it } from 'vitest';
import { asset, conduit, model, zone } from '../../../test-support/rule-model';
import { createIncrementalEvaluator, evaluate } from './evaluate';

const base = model({
  zones: [
    zone('dmz', 'dmz', { name: 'DMZ', slTarget: 2 }),
    zone('ctl', 'control', { name: 'Control', slTarget: 2 }),
    zone('spare', 'control', { name: 'Spare' }),
  ],
  assets: [
    asset('plc1', 'plc', 'ctl', { slCapability: 1 }),
    asset('hist', 'historian', 'dmz', { slCapability: 2 }),
  ],
  conduits: [
    conduit('c1', ['dmz', 'ctl'], {
      slCapability: 1,
      flows: [{ from: 'dmz', to: 'ctl', protocol: 'opc-ua', port: 4840 }],
    }),
  ],
});

describe('evaluate', () => {
  it('lists findings sorted by severity, rule, subject and indexes them by subject', () => {
    const ev = evaluate(base);
    const keys = ev.findings.map((f) => `${f.severity} ${f.rule} ${f.subject.id}`);
    expect(keys).toContain('error conduit-capability-below-target c1');
    expect(keys).toContain('warning asset-capability-below-zone-target plc1');
    expect(keys).toContain('info zone-empty spare');
    expect(keys).toContain('info zone-target-missing spare');
    const ranks = ev.findings.map((f) => ['error', 'warning', 'info'].indexOf(f.severity));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(ev.counts.error + ev.counts.warning + ev.counts.info).toBe(ev.findings.length);
    expect(ev.bySubject.get('spare')?.map((f) => f.rule)).toEqual(['zone-empty', 'zone-target-missing']);
    expect(ev.bySubject.get('hist')).toBeUndefined();
    expect(ev.suppressed).toBe(0);
  });

  it('fills in reference and fix from the rule', () => {
    const f = evaluate(base)
      .bySubject.get('c1')
      ?.find((x) => x.rule === 'conduit-capability-below-target');
    expect(f?.reference).toMatch(/^IEC 62443/);
    expect(f?.fix.length).toBeGreaterThan(10);
  });

  it('counts findings of disabled rules as suppressed and re-grades overridden ones', () => {
    const ev = evaluate({
      ...base,
      policy: {
        rules: {
          'zone-empty': { enabled: false },
          'conduit-capability-below-target': { severity: 'warning' },
          'no-such-rule': { enabled: false },
        },
      },
    });
    expect(ev.suppressed).toBe(1);
    expect(ev.findings.some((f) => f.rule === 'zone-empty')).toBe(false);
    const c1 = ev.bySubject.get('c1')?.find((f) => f.rule === 'conduit-capability-below-target');
    expect(c1?.severity).toBe('warning');
    expect(ev.counts.error).toBe(evaluate(base).counts.error - 1);
  });

  it('an entry that only restates enabled: true changes nothing', () => {
    const ev = evaluate({ ...base, policy: { rules: { 'zone-empty': { enabled: true } } } });
    expect(ev.findings).toEqual(evaluate(base).findings);
  });
});

describe('createIncrementalEvaluator', () => {
  it('returns the identical evaluation for the identical model', () => {
    const ev = createIncrementalEvaluator();
    const first = ev.update(base);
    expect(ev.update(base)).toBe(first);
  });
});

describe('policy severity overrides', () => {
  const open = model({
    zones: [zone('a', 'dmz', { slTarget: 1 }), zone('b', 'operations', { slTarget: 1 })],
    assets: [asset('h', 'historian', 'a'), asset('m', 'mes', 'b')],
    conduits: [
      conduit('c1', ['a', 'b'], { slCapability: 1, flows: [{ from: 'a', to: 'b', protocol: 'any' }] }),
    ],
  });

  it('keeps a rule’s case-dependent severity without an override and replaces it with one', () => {
    const flowAny = (ev: ReturnType<typeof evaluate>) =>
      ev.findings.find((f) => f.rule === 'conduit-flow-any');
    expect(flowAny(evaluate(open))?.severity).toBe('warning');
    const regraded = evaluate({ ...open, policy: { rules: { 'conduit-flow-any': { severity: 'info' } } } });
    expect(flowAny(regraded)?.severity).toBe('info');
    expect(regraded.counts.warning).toBe(evaluate(open).counts.warning - 1);
  });
});
