import { memo } from 'react';
import { shortfalls, slText } from '../../../domain/security-level';
import { Icon } from '../../ui/Icon';
import { slRange } from '../format';
import { FindingBadge } from '../nodes/FindingBadge';
import { clickSelect } from '../selection';
import type { ConduitView } from '../view-model';
import { STATUS_COLOR } from '../zone-style';

const TYPE_INFO = {
  filtering: { icon: 'firewall', label: 'Filtering conduit' },
  gateway: { icon: 'switch', label: 'Gateway conduit' },
  unidirectional: { icon: 'diode', label: 'Unidirectional conduit' },
} as const;

/** SL-C against the effective SL-T: red when short on any FR, amber when SL-C is unknown. */
function LevelBadge({ view }: { view: ConduitView }) {
  const { conduit, target } = view;
  const c = conduit.slCapability;
  if (target === undefined && c === undefined) return null;
  const short = c !== undefined && target !== undefined && shortfalls(c, target).length > 0;
  const unknown = c === undefined && target !== undefined && target.some((t) => t > 0);
  const tone = short
    ? 'border-red-300 dark:border-red-900 bg-red-50 dark:bg-red-500/20 text-red-700 dark:text-red-300'
    : unknown
      ? 'border-amber-300 dark:border-amber-900 bg-amber-50 dark:bg-amber-500/20 text-amber-700 dark:text-amber-300'
      : 'border-slate-200 bg-slate-50 text-slate-600';
  const title = [
    `Capability (SL-C): ${c === undefined ? 'not set' : slText(c)}`,
    `Target (SL-T${conduit.slTarget === undefined || conduit.slTarget === null ? ', from its zones' : ''}): ${target === undefined ? 'not assessed' : slText(target)}`,
  ].join('\n');
  return (
    <span
      data-testid="conduit-levels"
      title={title}
      className={`shrink-0 rounded border px-1 font-semibold tabular-nums ${tone}`}
    >
      C{c === undefined ? '?' : slRange(c)}
      <span className="px-0.5 font-normal opacity-60">/</span>T{target === undefined ? '–' : slRange(target)}
    </span>
  );
}

/** The conduit's label: type, name, SL-C vs SL-T and findings. Clicking it selects the conduit. */
export const ConduitLabel = memo(function ConduitLabel({
  view,
  selected,
}: {
  view: ConduitView;
  selected: boolean;
}) {
  const { conduit, status, findings } = view;
  const info = TYPE_INFO[conduit.type];
  return (
    <button
      type="button"
      data-testid="conduit-label"
      data-conduit-id={conduit.id}
      data-status={status}
      onClick={(e) => {
        e.stopPropagation();
        clickSelect(conduit.id, e.shiftKey);
      }}
      className={`nodrag nopan flex max-w-[220px] cursor-pointer items-center gap-1 rounded-md border bg-white/95 dark:bg-(--otz-surface)/94 py-0.5 pr-1 pl-1 text-[11px] leading-4 shadow-sm ${
        selected ? 'border-blue-600 ring-2 ring-blue-600/25' : 'border-slate-300 hover:border-slate-400'
      }`}
    >
      <span style={{ color: STATUS_COLOR[status] }} className="shrink-0" title={info.label}>
        <Icon name={info.icon} size={13} title={info.label} />
      </span>
      <span className="truncate font-medium text-slate-700" title={conduit.name}>
        {conduit.name || conduit.id}
      </span>
      <LevelBadge view={view} />
      <FindingBadge findings={findings} />
    </button>
  );
});
