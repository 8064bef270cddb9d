/** Risk buttons in the header (listed in shell/header-items.tsx): the compliance matrix and the risk workshop. */
import { HeaderButton } from '../ui/HeaderButton';
import { useRiskUi } from './risk-store';

export function RiskHeaderItems() {
  return (
    <div className="flex items-center gap-1">
      <HeaderButton
        label="Compliance"
        title="Compliance matrix: SL-A against SL-T per zone, conduit and FR, with IEC 62443-3-3 requirement statuses"
        glyph={['M4 4h16v16H4zM4 10h16M4 15h16M10 4v16']}
        onClick={() => useRiskUi.getState().openCompliance()}
      />
      <HeaderButton
        label="Risk workshop"
        title="Risk workshop: step through zones and conduits, record risks, heat map by residual risk"
        glyph={['M12 3l9 16H3z M12 10v4 M12 17h.01']}
        onClick={() => useRiskUi.getState().startWorkshop()}
      />
    </div>
  );
}
