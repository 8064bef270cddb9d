/** The Purdue bands switch in the header (listed in shell/header-items.tsx). */
import { setPurdueBands } from '../../domain/edit/bands';
import { initialBandEdges } from '../../domain/layout/purdue-bands';
import { layoutFor } from '../store/derived';
import { useEditor } from '../store/editor-store';

function toggle() {
  useEditor.getState().applyEdit('Show or hide Purdue bands', (m) => {
    if (m.diagram?.purdueBands) return setPurdueBands(m, undefined);
    const layout = layoutFor(m);
    return setPurdueBands(m, initialBandEdges(layout.zones, layout.bounds));
  });
}

export function BandsHeaderItems() {
  const shown = useEditor((s) => s.model.diagram?.purdueBands !== undefined);
  return (
    <div className="flex items-center gap-1">
      <button
        type="button"
        aria-pressed={shown}
        data-testid="bands-toggle"
        className={`flex h-8 items-center gap-1.5 rounded-md px-2.5 text-[12.5px] font-medium hover:bg-slate-100 ${
          shown ? 'bg-slate-100 text-slate-900' : 'text-slate-700'
        }`}
        title="Purdue bands: horizontal bands for Levels 5–4, 3.5, 3, 2 and 1–0 behind the diagram; drag a divider to resize"
        onClick={toggle}
      >
        <svg
          width="17"
          height="17"
          viewBox="0 0 24 24"
          fill="none"
          stroke="currentColor"
          strokeWidth="1.9"
          aria-hidden="true"
        >
          <path d="M3 4h18M3 9h18M3 14h18M3 19h18" strokeDasharray="3 2" />
        </svg>
        <span className="sr-only min-[2400px]:not-sr-only">Purdue bands</span>
      </button>
    </div>
  );
}
