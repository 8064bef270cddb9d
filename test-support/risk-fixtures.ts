/**
 * The exporters' test plant with a risk workshop's results: characteristics, risks, requirement
 * statuses. Not used by production code.
 */

import type { Model } from '../src/domain/model/schema';
import { plantModel } from './export-fixtures';

export function workshopModel(): Model {
  const m = plantModel();
  m.zones = m.zones.map((z) =>
    z.id === 'ctl'
      ? {
          ...z,
          characteristics: {
            accountableOrganisation: 'Riverside OT engineering',
            logicalBoundary: 'VLAN 20, 10.20.0.0/24',
            physicalBoundary: 'Filtration building, cabinets F1–F4',
            safetyDesignation: 'Not safety-related (SIS in its own zone)',
            slTargetRationale: 'Workshop 2025-03: ransomware via SCADA is high.',
          },
          requirements: {
            'SR 5.1': { status: 'met', evidence: 'Separate VLAN and firewall' },
            'SR 5.2': { status: 'met', evidence: 'FW-12 rule review' },
            'SR 5.2 RE1': { status: 'partly', evidence: 'Deny-all on FW-12 only' },
            'SR 5.3': { status: 'not-applicable', evidence: 'No messaging on this network' },
            'SR 5.4': { status: 'met' },
          },
        }
      : z.id === 'ent'
        ? {
            ...z,
            characteristics: { noSlTarget: { reason: 'Covered by the corporate IT code of practice' } },
          }
        : z,
  );
  m.risks = [
    {
      id: 'r-ransom',
      subjectId: 'ctl',
      title: 'Ransomware spreads from SCADA',
      likelihood: 4,
      consequence: 4,
      residualLikelihood: 2,
      residualConsequence: 4,
      threatSource: 'Criminal group',
      vector: 'Phished engineering laptop',
      vulnerability: 'Flat SMB access from SCADA',
      consequenceCategories: ['production', 'financial'],
      controls: ['firewall'],
      countermeasures: 'Block SMB between SCADA and control',
      owner: 'OT lead',
      status: 'in-treatment',
    },
    {
      id: 'r-vendor',
      subjectId: 'sup',
      title: 'Vendor remote session misused',
      likelihood: 3,
      consequence: 5,
    },
  ];
  return m;
}
