import { useReactFlow } from '@xyflow/react';
import { type ReactNode, useState } from 'react';
import { agree } from '../../domain/text/plural';
import { useFitDiagram } from '../canvas/fit-view';
import { redo, undo, useCanRedo, useCanUndo, useEditor } from '../store/editor-store';
import { useChecking, useEvaluation } from '../store/findings';
import { Icon } from '../ui/Icon';
import { UI_ICONS } from '../ui/ui-icons';
import { HeaderItems } from './header-items';
import { runAutoLayout } from './run-auto-layout';

function ToolButton({
  label,
  shortcut,
  icon,
  onClick,
  disabled,
  busy,
  children,
}: {
  label: string;
  shortcut?: string;
  icon: keyof typeof UI_ICONS;
  onClick(): void;
  disabled?: boolean;
  busy?: boolean;
  children?: ReactNode;
}) {
  return (
    <button
      type="button"
      onClick={onClick}
      disabled={disabled || busy}
      aria-label={label}
      title={shortcut ? `${label} (${shortcut})` : label}
      className="flex h-8 items-center gap-1.5 rounded-md px-2 text-[12.5px] text-slate-700 hover:bg-slate-100 disabled:cursor-default disabled:text-slate-300 disabled:hover:bg-transparent"
    >
      <Icon name={UI_ICONS[icon]} size={17} className={busy ? 'animate-pulse' : undefined} />
      {children}
    </button>
  );
}

function Divider() {
  return <span aria-hidden="true" className="mx-1 h-5 w-px bg-slate-200" />;
}

/** Error/warning/info counts of the live check. */
function FindingCounts() {
  const { counts, suppressed } = useEvaluation();
  const checking = useChecking();
  const items = [
    {
      key: 'error',
      n: counts.error,
      label: agree(counts.error, 'error', 'errors'),
      icon: UI_ICONS.errorCircle,
      tone: 'bg-red-50 dark:bg-red-500/20 text-red-700 dark:text-red-300 ring-red-200 dark:ring-red-900',
    },
    {
      key: 'warning',
      n: counts.warning,
      label: agree(counts.warning, 'warning', 'warnings'),
      icon: UI_ICONS.alert,
      tone: 'bg-amber-50 dark:bg-amber-500/20 text-amber-800 dark:text-amber-300 ring-amber-200 dark:ring-amber-900',
    },
    {
      key: 'info',
      n: counts.info,
      label: 'info',
      icon: UI_ICONS.info,
      tone: 'bg-sky-50 dark:bg-sky-500/20 text-sky-800 dark:text-sky-300 ring-sky-200 dark:ring-sky-900',
    },
  ] as const;
  const summary = checking ? 'checking the diagram' : items.map((i) => `${i.n} ${i.label}`).join(', ');
  return (
    <div
      role="status"
      aria-label={`Findings: ${summary}`}
      data-testid="finding-counts"
      data-checking={checking || undefined}
      className={`flex shrink-0 items-center gap-1 ${checking ? 'opacity-50' : ''}`}
      title={`${summary}${suppressed ? `; ${suppressed} hidden by the policy` : ''}`}
    >
      {items.map((i) => (
        <span
          key={i.key}
          data-testid={`count-${i.key}`}
          data-count={checking ? undefined : i.n}
          className={`flex h-6 items-center gap-1 rounded-full px-2 text-[12px] font-semibold tabular-nums ring-1 ${
            i.n ? i.tone : 'bg-slate-50 text-slate-400 ring-slate-200'
          }`}
        >
          <Icon name={i.icon} size={13} strokeWidth={2.25} />
          {checking ? '…' : i.n}
          <span className="sr-only"> {i.label}</span>
        </span>
      ))}
    </div>
  );
}

export function Toolbar() {
  const name = useEditor((s) => s.model.meta.name);
  const site = useEditor((s) => s.model.meta.site);
  const canUndo = useCanUndo();
  const canRedo = useCanRedo();
  const { zoomIn, zoomOut } = useReactFlow();
  const fitDiagram = useFitDiagram();
  const [layingOut, setLayingOut] = useState(false);
  return (
    <header className="flex h-12 shrink-0 items-center gap-2 border-b border-slate-200 bg-white dark:bg-(--otz-surface) px-3">
      <div className="flex shrink-0 items-center gap-2 pr-1">
        <span className="flex h-7 w-7 items-center justify-center rounded-md bg-blue-600 text-white">
          <Icon name={UI_ICONS.logo} size={17} strokeWidth={2} />
        </span>
        <span className="whitespace-nowrap text-[14px] font-semibold tracking-tight text-slate-900">
          ot-zones
        </span>
      </div>
      <Divider />
      <div className="flex min-w-[8rem] max-w-[18rem] flex-col leading-tight">
        {/* The page's one level-one heading: the document being edited. */}
        <h1
          data-testid="document-name"
          className="truncate text-[13px] font-medium text-slate-800"
          title={name}
        >
          {name || 'Untitled diagram'}
        </h1>
        {site && <span className="truncate text-[11px] text-slate-500">{site}</span>}
      </div>
      <FindingCounts />
      <div className="flex-1" />
      <nav aria-label="Edit" className="flex shrink-0 items-center">
        <ToolButton label="Undo" shortcut="Ctrl+Z" icon="undo" onClick={undo} disabled={!canUndo} />
        <ToolButton label="Redo" shortcut="Ctrl+Shift+Z" icon="redo" onClick={redo} disabled={!canRedo} />
        <Divider />
        <ToolButton label="Zoom out" icon="zoomOut" onClick={() => void zoomOut({ duration: 150 })} />
        <ToolButton label="Zoom in" icon="zoomIn" onClick={() => void zoomIn({ duration: 150 })} />
        <ToolButton label="Fit to view" icon="fit" onClick={() => void fitDiagram()} />
        <ToolButton
          label="Auto-layout"
          icon="layout"
          busy={layingOut}
          onClick={() => {
            setLayingOut(true);
            void runAutoLayout(() => fitDiagram()).finally(() => setLayingOut(false));
          }}
        >
          {/* Icon only below 1440 px (the title names it), so Documents and the save state stay on screen. */}
          <span className="sr-only min-[1600px]:not-sr-only">Layout</span>
        </ToolButton>
      </nav>
      <div className="flex min-w-0 shrink-0 items-center gap-0.5" data-testid="toolbar-slots">
        <HeaderItems />
      </div>
    </header>
  );
}
