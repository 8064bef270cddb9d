import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { assetType } from '../../../domain/catalog/asset-types';
import { PALETTE } from '../../../domain/catalog/palette';
import { type AssetTraits, assetTraits } from '../../../domain/model/derive';
import { slText } from '../../../domain/security-level';
import { Icon } from '../../ui/Icon';
import { useTheme } from '../../ui/theme';
import { useCompact } from '../detail';
import { slRange } from '../format';
import type { AssetFlowNode } from '../view-model';
import { FindingBadge } from './FindingBadge';

const FLAGS: ReadonlyArray<{
  key: keyof Omit<AssetTraits, 'class'>;
  icon: string;
  label: string;
  tone: string;
}> = [
  {
    key: 'safetyRelated',
    icon: 'shield',
    label: 'Safety-related',
    tone: 'text-pink-700 dark:text-pink-300 bg-pink-50 dark:bg-pink-500/20 border-pink-200 dark:border-pink-900',
  },
  {
    key: 'wireless',
    icon: 'wireless',
    label: 'Wireless',
    tone: 'text-violet-700 dark:text-violet-300 bg-violet-50 dark:bg-violet-500/20 border-violet-200 dark:border-violet-900',
  },
  {
    key: 'transient',
    icon: 'laptop',
    label: 'Temporarily connected',
    tone: 'text-amber-700 dark:text-amber-300 bg-amber-50 dark:bg-amber-500/20 border-amber-200 dark:border-amber-900',
  },
  {
    key: 'externalNetwork',
    icon: 'globe',
    label: 'Reached over an external network',
    tone: 'text-slate-700 bg-slate-100 border-slate-300',
  },
];

const CLASS_TINT = {
  iacs: 'bg-emerald-50 dark:bg-emerald-500/20 text-emerald-700 dark:text-emerald-300',
  infrastructure: 'bg-slate-100 text-slate-600',
  business: 'bg-blue-50 dark:bg-blue-500/20 text-blue-700 dark:text-blue-300',
} as const;

/** An asset card: catalog icon, name, type, SL-C and flags (a plain tile when zoomed far out). */
export const AssetNode = memo(function AssetNode({ data, selected }: NodeProps<AssetFlowNode>) {
  const { asset, findings } = data;
  const compact = useCompact();
  const theme = useTheme((s) => s.theme);
  const traits = assetTraits(asset);
  if (compact)
    return (
      <div
        data-testid="asset-node"
        data-asset-id={asset.id}
        data-zone-id={asset.zoneId}
        data-detail="compact"
        title={asset.name}
        className={`relative flex h-full w-full items-center rounded-lg border bg-white dark:bg-(--otz-surface) pl-1.5 ${
          selected ? 'border-blue-600 ring-2 ring-blue-600/25' : 'border-slate-300'
        }`}
      >
        <span className={`h-9 w-9 rounded-md ${CLASS_TINT[traits.class]}`} />
        <FindingBadge findings={findings} className="absolute -top-2 -right-2" />
      </div>
    );
  const type = assetType(asset.type);
  const flags = FLAGS.filter((f) => traits[f.key]);
  return (
    <div
      data-testid="asset-node"
      data-asset-id={asset.id}
      data-zone-id={asset.zoneId}
      data-colour={data.colour}
      style={data.colour ? { borderLeft: `4px solid ${PALETTE[data.colour][theme]}` } : undefined}
      className={`relative flex h-full w-full cursor-grab items-center gap-2 rounded-lg border bg-white dark:bg-(--otz-surface) pr-2 pl-1.5 shadow-[0_1px_2px_rgb(15_23_42/0.08)] active:cursor-grabbing ${
        selected ? 'border-blue-600 ring-2 ring-blue-600/25' : 'border-slate-300 hover:border-slate-400'
      }`}
    >
      {/* The tinted square is the icon's own box (36 px with 8 px padding: a 20 px drawing). */}
      <Icon
        name={type.icon}
        size={36}
        className={`h-9 w-9 shrink-0 rounded-md p-2 ${CLASS_TINT[traits.class]}`}
      />
      <div className="min-w-0 flex-1 leading-tight">
        <div
          data-testid="asset-name"
          className="truncate text-[12.5px] font-medium text-slate-800"
          title={asset.name}
        >
          {asset.name || <em className="font-normal text-slate-400">unnamed</em>}
        </div>
        <div className="truncate text-[10.5px] text-slate-500" title={type.description}>
          {type.label}
        </div>
      </div>
      {asset.slCapability !== undefined && (
        <span
          data-testid="asset-slc"
          className="absolute -bottom-2 left-2 rounded-full border border-slate-300 bg-white dark:bg-(--otz-surface) px-1.5 text-[9.5px] leading-[14px] font-semibold text-slate-600 tabular-nums"
          title={`Capability security level: ${slText(asset.slCapability)}`}
        >
          SL-C {slRange(asset.slCapability)}
        </span>
      )}
      {flags.length > 0 && (
        <div className="absolute -bottom-2 right-1.5 flex gap-0.5">
          {flags.map((f) => (
            <span
              key={f.key}
              data-flag={f.key}
              title={f.label}
              className={`flex h-4 w-4 items-center justify-center rounded-full border ${f.tone}`}
            >
              <Icon name={f.icon} size={10} strokeWidth={2.25} title={f.label} />
            </span>
          ))}
        </div>
      )}
      <FindingBadge findings={findings} className="absolute -top-2 -right-2" />
    </div>
  );
});
