/** Risk layers at the app root (found by shell/slots.tsx): the compliance matrix and the risk workshop. */
import { ComplianceDialog } from './ComplianceDialog';
import { RiskWorkshop } from './RiskWorkshop';

export function OverlaySlot() {
  return (
    <>
      <ComplianceDialog />
      <RiskWorkshop />
    </>
  );
}
