import { isControlSide, isItSide } from '../catalog/zone-kinds';
import type { Zone } from '../model/schema';
import { label, labelList } from './format';
import type { ConduitRule } from './rule';

export const itToControlWithoutDmz: ConduitRule = {
  id: 'it-to-control-without-dmz',
  title: 'IT joined directly to control',
  severity: 'error',
  reference: 'IEC 62443-3-2 ZCR 3.2; IEC 62443-3-3 SR 5.1',
  fix: 'Route the traffic through an industrial DMZ: one conduit from IT to the DMZ, another from the DMZ to the control side, with no flow crossing both.',
  rationale:
    'A direct path from business IT or outside networks to supervisory and control zones lets an IT compromise reach the process in one step.',
  scope: 'conduit',
  check(conduit, index) {
    const it: Zone[] = [];
    const control: Zone[] = [];
    for (const id of conduit.zoneIds) {
      const z = index.zone.get(id);
      if (!z) continue;
      if (isItSide(z)) it.push(z);
      if (isControlSide(z)) control.push(z);
    }
    if (it.length === 0 || control.length === 0) return [];
    // A zone placed on both sides (e.g. kind control at Purdue 4) does not join anything by itself.
    if (it.length === 1 && control.length === 1 && it[0] === control[0]) return [];
    return [
      {
        subject: { kind: 'conduit', id: conduit.id },
        message: `Conduit ${label(conduit)} joins IT-side ${labelList(it)} directly to control-side ${labelList(control)}.`,
      },
    ];
  },
};
