/** "Group into subsystem" (inspector, zones selected): groups the selected zones into a new subsystem (one undo step). */
import { addSubsystem } from '../../domain/edit/subsystems';
import { commitEdit } from '../inspector/commit';
import { useEditor } from '../store/editor-store';

export function GroupButton() {
  const zones = useEditor((s) => s.selection.filter((id) => s.model.zones.some((z) => z.id === id)).length);
  return (
    <button
      type="button"
      data-testid="group-subsystem"
      disabled={zones === 0}
      className="flex h-7 items-center gap-1.5 self-start rounded border border-slate-300 px-2 text-[12px] font-medium text-slate-700 hover:bg-slate-50 disabled:opacity-40"
      title="Group the selected zones into a subsystem (an area or line; no security meaning)"
      onClick={() =>
        commitEdit('Group into subsystem', (m) => addSubsystem(m, useEditor.getState().selection).model)
      }
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
        <path d="M3 5h18v14H3z" strokeDasharray="3 2" />
        <path d="M6 9h5v6H6zM13 9h5v6h-5z" />
      </svg>
      <span>Group into subsystem</span>
    </button>
  );
}
