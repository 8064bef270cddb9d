/** Risk layers at the app root (listed in shell/app-layers.tsx): the compliance matrix and the risk workshop. */
import { ComplianceDialog } from './ComplianceDialog';
import { RiskWorkshop } from './RiskWorkshop';

export function RiskLayers() {
  return (
    <>
      <ComplianceDialog />
      <RiskWorkshop />
    </>
  );
}
