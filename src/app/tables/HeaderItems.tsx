/** The Tables button in the header (listed in shell/header-items.tsx): opens the registers drawer. */
import { useTablesUi } from './tables-store';

export function TablesHeaderItems() {
  const open = useTablesUi((s) => s.open);
  return (
    <button
      type="button"
      aria-pressed={open}
      data-testid="tables-toggle"
      className={`flex h-8 items-center gap-1.5 rounded-md px-2.5 text-[12.5px] font-medium hover:bg-slate-100 ${
        open ? 'bg-slate-100 text-slate-900' : 'text-slate-700'
      }`}
      title="Tables: asset, zone, conduit and flow registers — sort, filter, edit in place, download CSV"
      onClick={() => useTablesUi.getState().toggle()}
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
        <path d="M3 5h18v14H3zM3 10h18M3 15h18M9 5v14" />
      </svg>
      <span className="sr-only min-[2400px]:not-sr-only">Tables</span>
    </button>
  );
}
