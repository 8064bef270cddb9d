/**
 * Security device ends (conduit.deviceAt): where a conduit's firewall, diode or gateway sits, at
 * the end of its first zone, its second zone, or both (a device on each side, as in a layered
 * DMZ). Drawn as a device mark at that end on the canvas and in exports.
 */
import type { Conduit, DeviceEnds } from './schema';

/** The zone ids at whose end a device is drawn (none when not recorded). */
export function deviceZoneIds(conduit: Conduit): readonly string[] {
  const [a, b] = conduit.zoneIds;
  switch (conduit.deviceAt) {
    case 'first':
      return a === undefined ? [] : [a];
    case 'second':
      return b === undefined ? [] : [b];
    case 'both':
      return [a, b].filter((x): x is string => x !== undefined);
    default:
      return [];
  }
}

export function deviceEndsText(
  ends: DeviceEnds | undefined,
  zoneName: (id: string) => string,
  conduit: Conduit,
): string {
  if (ends === undefined) return '';
  if (ends === 'both') return 'Both ends';
  const id = conduit.zoneIds[ends === 'first' ? 0 : 1];
  return id === undefined ? '' : `At ${zoneName(id)}`;
}
