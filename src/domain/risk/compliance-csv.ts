/**
 * The compliance matrix as CSV: one row per zone or conduit and requirement that applies at its
 * SL-T (or has a recorded status), with SL-T and SL-A of the requirement's FR. Same RFC 4180
 * writer and formula-injection guard as the registers.
 */
import { type CsvOptions, csvTable } from '../export/csv';
import type { Model } from '../model/schema';
import { FR_IDS } from '../security-level';
import { complianceMatrix, STATUS_LABEL } from './compliance';

export const COMPLIANCE_COLUMNS = [
  'Kind',
  'Id',
  'Name',
  'FR',
  'SL-T',
  'SL-A',
  'Requirement',
  'Summary (our words, not the standard text)',
  'Applies from SL',
  'Required at SL-T',
  'Status',
  'Evidence',
];

export function exportComplianceCsv(model: Model, options: CsvOptions = {}): string {
  const rows = complianceMatrix(model).flatMap((e) =>
    e.frs.flatMap((f) =>
      f.rows.map((r) => [
        e.kind,
        e.id,
        e.name,
        `FR${FR_IDS.indexOf(f.fr) + 1} ${f.fr}`,
        f.target,
        f.achieved,
        r.requirement.id,
        r.requirement.title,
        r.requirement.fromSl,
        r.required,
        r.status ? STATUS_LABEL[r.status.status] : 'Not assessed',
        r.status?.evidence,
      ]),
    ),
  );
  return csvTable(COMPLIANCE_COLUMNS, rows, options);
}
