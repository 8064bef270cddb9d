/** The Tables button in the header (listed in shell/header-items.tsx): opens the registers drawer. */

import { usePanels } from '../shell/panels';
import { HeaderButton } from '../ui/HeaderButton';
import { useTablesUi } from './tables-store';

export function TablesHeaderItems() {
  const open = usePanels((s) => s.tables);
  return (
    <HeaderButton
      label="Tables"
      title="Tables: asset, zone, conduit and flow registers — sort, filter, edit in place, download CSV"
      glyph={['M3 5h18v14H3zM3 10h18M3 15h18M9 5v14']}
      pressed={open}
      testId="tables-toggle"
      onClick={() => useTablesUi.getState().toggle()}
    />
  );
}
