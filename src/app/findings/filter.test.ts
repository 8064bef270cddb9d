import { describe, expect, it } from 'vitest';
import type { Model } from '../../domain/model/schema';
import type { Finding } from '../../domain/rules/rule';
import { countByRule, filterFindings, groupBySeverity, ruleOverrides, subjectNames } from './filter';

const model: Model = {
  format: 'ot-zones',
  version: 1,
  meta: { name: 'Plant' },
  zones: [{ id: 'z1', name: 'Control room', kind: 'control' }],
  assets: [{ id: 'a1', name: 'PLC-7', type: 'plc', zoneId: 'z1' }],
  conduits: [],
  policy: { rules: { 'zone-empty': { enabled: false }, 'b-rule': { severity: 'info' }, 'c-rule': {} } },
};

const finding = (rule: string, severity: Finding['severity'], id: string, message: string): Finding => ({
  rule,
  severity,
  subject: { kind: id.startsWith('z') ? 'zone' : 'asset', id },
  message,
  reference: 'IEC 62443-3-3 SR 1.1',
  fix: 'Fix it.',
});

const findings = [
  finding('r-one', 'error', 'z1', 'Zone has no target'),
  finding('r-two', 'warning', 'a1', 'Asset capability is short'),
  finding('r-two', 'info', 'z1', 'Another thing'),
];

describe('findings filter', () => {
  const names = subjectNames(model);

  it('filters by rule and by words in the message, rule or subject name', () => {
    expect(filterFindings(findings, { rule: 'r-two', text: '' }, names)).toHaveLength(2);
    expect(filterFindings(findings, { rule: '', text: 'plc-7' }, names).map((f) => f.rule)).toEqual([
      'r-two',
    ]);
    expect(filterFindings(findings, { rule: '', text: 'control TARGET' }, names)).toHaveLength(1);
    expect(filterFindings(findings, { rule: 'r-one', text: 'asset' }, names)).toHaveLength(0);
  });

  it('groups by severity in engine order and counts by rule', () => {
    const groups = groupBySeverity(findings);
    expect(groups.error).toHaveLength(1);
    expect(groups.warning).toHaveLength(1);
    expect(groups.info).toHaveLength(1);
    expect([...countByRule(findings)]).toEqual([
      ['r-one', 1],
      ['r-two', 2],
    ]);
  });

  it('lists the effective policy overrides only', () => {
    expect(ruleOverrides(model)).toEqual([
      { rule: 'b-rule', enabled: true, severity: 'info' },
      { rule: 'zone-empty', enabled: false, severity: undefined },
    ]);
  });
});
