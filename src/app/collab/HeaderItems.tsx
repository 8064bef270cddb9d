/**
 * Collaboration controls in the header (listed in shell/header-items.tsx).
 * A local document gets one button, Share. A shared document shows its connection, the
 * participants, a view-only mark for view links, and History.
 */

import { GLYPHS, Glyph } from '../ui/Glyph';
import { ConnectionBadge } from './ConnectionBadge';
import { useCollab } from './collab-store';
import { hashFor } from './link';
import { Participants } from './Participants';

/** The live diagram opens in place of the version: the route decides at start-up, so reload. */
const reloadSoon = () => setTimeout(() => window.location.reload(), 0);

const BUTTON =
  'flex h-8 items-center gap-1.5 rounded-md px-2 text-[12.5px] font-medium text-slate-700 hover:bg-slate-100 focus:outline-none focus:ring-2 focus:ring-sky-300';

export function CollabHeaderItems() {
  const shared = useCollab((s) => s.shared);
  const version = useCollab((s) => s.version);
  if (version && shared)
    return (
      <div className="flex items-center gap-1.5 pr-1" data-testid="collab-toolbar">
        <span
          data-testid="version-view"
          title="A saved version, read-only"
          className="flex h-6 max-w-[16rem] items-center gap-1 truncate rounded-full bg-violet-50 dark:bg-violet-500/20 px-2 text-[11.5px] font-medium text-violet-900 dark:text-violet-300 ring-1 ring-violet-200 dark:ring-violet-900"
        >
          <Glyph d={GLYPHS.history} size={14} />
          <span className="truncate">Version: {version.name || '…'} (read-only)</span>
        </span>
        <a className={BUTTON} href={hashFor({ id: shared.id, token: shared.token })} onClick={reloadSoon}>
          Open the live diagram
        </a>
      </div>
    );
  if (!shared)
    return (
      <button
        type="button"
        className={BUTTON}
        aria-label="Share"
        title="Share: put this diagram on the team server and get edit and view links"
        onClick={() => useCollab.setState({ dialog: 'share' })}
      >
        <Glyph d={GLYPHS.share} />
        <span className="hidden min-[2400px]:inline">Share</span>
      </button>
    );
  return (
    <div className="flex items-center gap-1.5 pr-1" data-testid="collab-toolbar">
      {shared.role === 'view' ? (
        <span
          data-testid="view-only"
          title="Opened with a view link: you can look, select and export, but not change anything"
          className="flex h-6 items-center gap-1 rounded-full bg-slate-100 px-2 text-[11.5px] font-medium text-slate-700 ring-1 ring-slate-300"
        >
          <Glyph d={GLYPHS.eye} size={14} />
          View only
        </span>
      ) : null}
      <ConnectionBadge />
      <Participants />
      {shared.role === 'edit' ? (
        <button
          type="button"
          className={BUTTON}
          aria-label="Links"
          title="Links: edit and view links to hand out, or revoke them"
          onClick={() => useCollab.setState({ dialog: 'share' })}
        >
          <Glyph d={GLYPHS.link} />
        </button>
      ) : null}
      <button
        type="button"
        className={BUTTON}
        aria-label="History"
        title="History: versions and checkpoints of this shared diagram"
        onClick={() => useCollab.setState({ dialog: 'history' })}
      >
        <Glyph d={GLYPHS.history} />
        <span className="hidden min-[2400px]:inline">History</span>
      </button>
    </div>
  );
}
