/** Risk buttons in the header (listed in shell/header-items.tsx): the compliance matrix and the risk workshop. */
import { useRiskUi } from './risk-store';

const BUTTON =
  'flex h-8 items-center gap-1.5 rounded-md px-2.5 text-[12.5px] font-medium text-slate-700 hover:bg-slate-100';

export function RiskHeaderItems() {
  return (
    <div className="flex items-center gap-1">
      <button
        type="button"
        className={BUTTON}
        title="Compliance matrix: SL-A against SL-T per zone, conduit and FR, with IEC 62443-3-3 requirement statuses"
        onClick={() => useRiskUi.getState().openCompliance()}
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
          <path d="M4 4h16v16H4zM4 10h16M4 15h16M10 4v16" />
        </svg>
        <span className="sr-only min-[2400px]:not-sr-only">Compliance</span>
      </button>
      <button
        type="button"
        className={BUTTON}
        title="Risk workshop: step through zones and conduits, record risks, heat map by residual risk"
        onClick={() => useRiskUi.getState().startWorkshop()}
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
          <path d="M12 3l9 16H3z M12 10v4 M12 17h.01" />
        </svg>
        <span className="sr-only min-[2400px]:not-sr-only">Risk workshop</span>
      </button>
    </div>
  );
}
