import { memo } from 'react';
import type { Finding } from '../../../domain/rules/rule';
import { findingSummary } from '../format';
import { worstStatus } from '../view-model';

const TONE = {
  error: 'bg-red-600 text-white',
  warning: 'bg-amber-500 text-white',
  ok: 'bg-sky-600 text-white',
} as const;

/** Count of an element's findings, coloured by the worst severity (info-only shows blue). */
export const FindingBadge = memo(function FindingBadge({
  findings,
  className = '',
}: {
  findings: readonly Finding[];
  className?: string;
}) {
  if (findings.length === 0) return null;
  const status = worstStatus(findings);
  const summary = findingSummary(findings);
  return (
    <span
      data-testid="finding-badge"
      data-severity={status === 'ok' ? 'info' : status}
      title={`${summary}:\n${findings.map((f) => `• ${f.message}`).join('\n')}`}
      role="img"
      aria-label={summary}
      className={`inline-flex h-[18px] min-w-[18px] shrink-0 items-center justify-center rounded-full px-1 text-[11px] leading-none font-semibold tabular-nums shadow-sm ring-2 ring-white dark:ring-(--otz-surface) ${TONE[status]} ${className}`}
    >
      {findings.length}
    </span>
  );
});
