import { conduitEffectiveTarget, hasControl } from '../model/derive';
import { FR_INDEX } from '../security-level';
import { requiredAt } from '../standard/requirements';
import { label, listText } from './format';
import type { ConduitRule } from './rule';

/** Each fail-safe control with the requirement enhancement that asks for it. */
const FAIL_SAFE = [
  { control: 'island-mode', requirement: 'SR 5.2 RE2' },
  { control: 'fail-close', requirement: 'SR 5.2 RE3' },
] as const;

export const boundaryNotFailSafe: ConduitRule = {
  id: 'boundary-not-fail-safe',
  title: 'Boundary not fail-safe',
  severity: 'info',
  reference: 'IEC 62443-3-3 SR 5.2 RE2, SR 5.2 RE3',
  fix: 'Make the boundary block traffic when it fails ("fail-close") and let the zones keep running when the conduit is cut ("island-mode").',
  rationale:
    'At high RDF targets a failing or disconnected boundary must neither open the zone nor stop the process.',
  scope: 'conduit',
  check(conduit, index) {
    if (FAIL_SAFE.every((f) => hasControl(conduit, f.control))) return [];
    const target = conduitEffectiveTarget(conduit, index);
    if (!target) return [];
    const missing = FAIL_SAFE.filter(
      (f) => requiredAt(f.requirement, target) && !hasControl(conduit, f.control),
    );
    if (missing.length === 0) return [];
    return [
      {
        subject: { kind: 'conduit', id: conduit.id },
        message: `Conduit ${label(conduit)} has an RDF target of ${target[FR_INDEX.RDF]} but lacks ${listText(
          missing.map((m) => `${m.control} (${m.requirement})`),
        )}.`,
      },
    ];
  },
};
