/** What a palette item carries when dragged onto the canvas (HTML drag and drop). */
import { isKnownAssetType } from '../../domain/catalog/asset-types';
import { ZONE_KIND_INFO, type ZoneKind } from '../../domain/catalog/zone-kinds';

export const PALETTE_MIME = 'application/reactflow';

export type PalettePayload = { kind: 'asset'; type: string } | { kind: 'zone'; zoneKind: ZoneKind };

export function writePayload(dt: DataTransfer, payload: PalettePayload): void {
  dt.setData(PALETTE_MIME, JSON.stringify(payload));
  dt.effectAllowed = 'copy';
}

/** The payload of a drop, or null when the drag did not come from the palette (or is malformed). */
export function readPayload(dt: DataTransfer | null): PalettePayload | null {
  const raw = dt?.getData(PALETTE_MIME);
  if (!raw) return null;
  try {
    const value = JSON.parse(raw) as Record<string, unknown>;
    if (value.kind === 'asset' && typeof value.type === 'string' && isKnownAssetType(value.type))
      return { kind: 'asset', type: value.type };
    if (value.kind === 'zone' && typeof value.zoneKind === 'string' && value.zoneKind in ZONE_KIND_INFO)
      return { kind: 'zone', zoneKind: value.zoneKind as ZoneKind };
  } catch {
    // not ours
  }
  return null;
}

export function hasPayload(dt: DataTransfer | null): boolean {
  return !!dt && Array.from(dt.types).includes(PALETTE_MIME);
}
