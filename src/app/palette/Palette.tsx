import { memo, useDeferredValue, useState } from 'react';
import {
  ASSET_CLASS_LABEL,
  ASSET_TYPES,
  type AssetClass,
  type AssetTypeInfo,
} from '../../domain/catalog/asset-types';
import { ZONE_KIND_ICON } from '../../domain/catalog/icons';
import { ZONE_KIND_COLOR } from '../../domain/catalog/zone-colours';
import { ZONE_KIND_INFO, ZONE_KINDS, type ZoneKind } from '../../domain/catalog/zone-kinds';
import { addAssetToSelectedZone, addZoneByKeyboard } from '../canvas/commands';
import { Icon } from '../ui/Icon';
import { UI_ICONS } from '../ui/ui-icons';
import { type PalettePayload, writePayload } from './payload';

const CLASS_ORDER: readonly AssetClass[] = ['iacs', 'infrastructure', 'business'];

function matches(query: string, ...texts: string[]): boolean {
  if (!query) return true;
  return texts.some((t) => t.toLowerCase().includes(query));
}

/** How well a label answers the filter: typing "PLC" means the PLC, not a zone whose description mentions PLCs. */
function labelScore(query: string, label: string, id: string): number {
  if (!query) return 0;
  const l = label.toLowerCase();
  if (l === query || id === query) return 3;
  if (l.startsWith(query)) return 2;
  return l.includes(query) ? 1 : 0;
}

interface ItemProps {
  payload: PalettePayload;
  /** The palette's one tab stop (roving tabindex): Tab leaves the list in one press. */
  tabStop: boolean;
  onFocusItem(key: string): void;
  label: string;
  detail: string;
  icon: string;
  iconColor?: string;
  testId: string;
  onActivate(): void;
}

const PaletteItem = memo(function PaletteItem({
  payload,
  tabStop,
  onFocusItem,
  label,
  detail,
  icon,
  iconColor,
  testId,
  onActivate,
}: ItemProps) {
  return (
    <li>
      <button
        type="button"
        draggable
        tabIndex={tabStop ? 0 : -1}
        onFocus={() => onFocusItem(itemKey(payload))}
        data-testid={testId}
        data-palette-kind={payload.kind}
        data-palette-id={payload.kind === 'asset' ? payload.type : payload.zoneKind}
        title={`${detail}\nDrag onto the canvas, or press Enter to add it to the selected zone.`}
        onDragStart={(e) => writePayload(e.dataTransfer, payload)}
        onClick={onActivate}
        className="group flex w-full cursor-grab items-center gap-2 rounded-md px-2 py-1 text-left text-[12.5px] text-slate-700 hover:bg-slate-100 focus-visible:bg-blue-50 focus-visible:outline-2 focus-visible:outline-blue-600 active:cursor-grabbing"
      >
        <span
          className="flex h-6 w-6 shrink-0 items-center justify-center rounded border border-slate-200 bg-white dark:bg-(--otz-surface) text-slate-600 group-hover:border-slate-300"
          style={iconColor ? { color: iconColor } : undefined}
        >
          <Icon name={icon} size={15} />
        </span>
        <span className="truncate">{label}</span>
      </button>
    </li>
  );
});

const itemKey = (p: PalettePayload) => (p.kind === 'asset' ? `asset:${p.type}` : `zone:${p.zoneKind}`);

function Section({ title, count, children }: { title: string; count: number; children: React.ReactNode }) {
  if (count === 0) return null;
  return (
    <section className="px-2 pb-2">
      <h3 className="px-2 pt-2 pb-1 text-[10.5px] font-semibold tracking-wider text-slate-500 uppercase">
        {title}
      </h3>
      <ul className="space-y-px">{children}</ul>
    </section>
  );
}

/** Arrow keys move between palette items (Tab leaves the list). */
function moveFocus(event: React.KeyboardEvent<HTMLElement>) {
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
  const items = Array.from(event.currentTarget.querySelectorAll<HTMLElement>('[data-palette-kind]'));
  const index = items.indexOf(document.activeElement as HTMLElement);
  if (index < 0) return;
  event.preventDefault();
  items[Math.max(0, Math.min(items.length - 1, index + (event.key === 'ArrowDown' ? 1 : -1)))]?.focus();
}

/** Zone kinds and catalog asset types to drag onto the canvas (or add with Enter). */
export function Palette() {
  const [filter, setFilter] = useState('');
  const query = useDeferredValue(filter.trim().toLowerCase());
  const kinds = ZONE_KINDS.filter((k) =>
    matches(query, ZONE_KIND_INFO[k].label, k, 'zone', ZONE_KIND_INFO[k].description),
  );
  const byClass = new Map<AssetClass, AssetTypeInfo[]>();
  for (const t of ASSET_TYPES) {
    if (!matches(query, t.label, t.id, t.description, ASSET_CLASS_LABEL[t.class])) continue;
    byClass.set(t.class, [...(byClass.get(t.class) ?? []), t]);
  }
  const total = kinds.length + [...byClass.values()].reduce((s, l) => s + l.length, 0);
  // The tab stop: the item last focused while it is still listed, else the best label match.
  const [focused, setFocused] = useState<string | null>(null);
  const ordered: Array<{ key: string; score: number }> = [
    ...kinds.map((k) => ({ key: `zone:${k}`, score: labelScore(query, ZONE_KIND_INFO[k].label, k) })),
    ...CLASS_ORDER.flatMap((cls) =>
      (byClass.get(cls) ?? []).map((t) => ({
        key: `asset:${t.id}`,
        score: labelScore(query, t.label, t.id),
      })),
    ),
  ];
  const best = ordered.reduce<{ key: string; score: number } | undefined>(
    (b, x) => (!b || x.score > b.score ? x : b),
    undefined,
  );
  const tabStop = focused && ordered.some((x) => x.key === focused) ? focused : best?.key;
  return (
    <aside
      aria-label="Palette"
      className="flex h-full w-56 shrink-0 flex-col border-r border-slate-200 bg-white dark:bg-(--otz-surface)"
    >
      <div className="border-b border-slate-200 p-2">
        <label className="flex items-center gap-1.5 rounded-md border border-slate-300 bg-white dark:bg-(--otz-surface) px-2 py-1 text-slate-400 focus-within:border-blue-600 focus-within:ring-2 focus-within:ring-blue-600/20">
          <Icon name={UI_ICONS.search} size={14} />
          <input
            type="search"
            value={filter}
            onChange={(e) => {
              setFilter(e.target.value);
              setFocused(null);
            }}
            onKeyDown={(e) => {
              // Down arrow from the filter goes to the best match (as Tab does).
              if (e.key !== 'ArrowDown') return;
              e.preventDefault();
              e.currentTarget
                .closest('aside')
                ?.querySelector<HTMLElement>('[data-palette-kind][tabindex="0"]')
                ?.focus();
            }}
            placeholder="Filter zones and assets"
            aria-label="Filter palette"
            className="w-full min-w-0 bg-transparent text-[12.5px] text-slate-800 outline-none placeholder:text-slate-400"
          />
        </label>
      </div>
      <div className="min-h-0 flex-1 overflow-y-auto" onKeyDown={moveFocus}>
        <Section title="Zones" count={kinds.length}>
          {kinds.map((k: ZoneKind) => (
            <PaletteItem
              key={k}
              payload={{ kind: 'zone', zoneKind: k }}
              tabStop={tabStop === `zone:${k}`}
              onFocusItem={setFocused}
              label={ZONE_KIND_INFO[k].label}
              detail={ZONE_KIND_INFO[k].description}
              icon={ZONE_KIND_ICON[k]}
              iconColor={ZONE_KIND_COLOR[k]}
              testId="palette-zone"
              onActivate={() => addZoneByKeyboard(k)}
            />
          ))}
        </Section>
        {CLASS_ORDER.map((cls) => {
          const types = byClass.get(cls) ?? [];
          return (
            <Section key={cls} title={`${ASSET_CLASS_LABEL[cls]} assets`} count={types.length}>
              {types.map((t) => (
                <PaletteItem
                  key={t.id}
                  payload={{ kind: 'asset', type: t.id }}
                  tabStop={tabStop === `asset:${t.id}`}
                  onFocusItem={setFocused}
                  label={t.label}
                  detail={t.description}
                  icon={t.icon}
                  testId="palette-asset"
                  onActivate={() => addAssetToSelectedZone(t.id)}
                />
              ))}
            </Section>
          );
        })}
        {total === 0 && (
          <p className="px-4 py-6 text-center text-[12px] text-slate-500">Nothing matches “{filter}”.</p>
        )}
      </div>
      <p className="border-t border-slate-200 px-3 py-2 text-[11px] leading-snug text-slate-500">
        Drag onto the canvas, or select a zone and press Enter on an item (arrow keys move through the list).
      </p>
    </aside>
  );
}
