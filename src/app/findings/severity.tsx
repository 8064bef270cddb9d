/** How each severity looks, shared by the findings panel and the inspector. */
import type { Severity } from '../../domain/model/schema';
import { plural } from '../../domain/text/plural';

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

export const SEVERITY_LABEL: Record<Severity, string> = {
  error: 'Errors',
  warning: 'Warnings',
  info: 'Notes',
};

export const SEVERITY_SINGULAR: Record<Severity, string> = {
  error: 'Error',
  warning: 'Warning',
  info: 'Note',
};

/** "1 error", "2 warnings", "1 note": a count with the severity's word. */
export function severityCount(severity: Severity, count: number): string {
  return plural(count, SEVERITY_SINGULAR[severity].toLowerCase(), SEVERITY_LABEL[severity].toLowerCase());
}

export const SEVERITY_TEXT: Record<Severity, string> = {
  error: 'text-red-700 dark:text-red-300',
  warning: 'text-amber-700 dark:text-amber-300',
  info: 'text-sky-700 dark:text-sky-300',
};

export const SEVERITY_CHIP: Record<Severity, string> = {
  error: 'bg-red-100 dark:bg-red-500/20 text-red-800 dark:text-red-300 ring-red-200 dark:ring-red-900',
  warning:
    'bg-amber-100 dark:bg-amber-500/20 text-amber-900 dark:text-amber-300 ring-amber-200 dark:ring-amber-900',
  info: 'bg-sky-100 dark:bg-sky-500/20 text-sky-800 dark:text-sky-300 ring-sky-200 dark:ring-sky-900',
};

/** A small shape per severity, so colour is never the only cue. */
export function SeverityIcon({ severity, className = '' }: { severity: Severity; className?: string }) {
  const common = `inline-block size-3.5 shrink-0 ${SEVERITY_TEXT[severity]} ${className}`;
  return (
    <svg viewBox="0 0 16 16" className={common} aria-hidden="true">
      {severity === 'error' ? (
        <>
          <circle cx="8" cy="8" r="7" fill="currentColor" />
          <path d="M5.5 5.5l5 5m0-5l-5 5" stroke="white" strokeWidth="1.6" strokeLinecap="round" />
        </>
      ) : severity === 'warning' ? (
        <>
          <path d="M8 1.5l7 12.5H1z" fill="currentColor" strokeLinejoin="round" />
          <path d="M8 6v4" stroke="white" strokeWidth="1.6" strokeLinecap="round" />
          <circle cx="8" cy="12" r="0.9" fill="white" />
        </>
      ) : (
        <>
          <circle cx="8" cy="8" r="7" fill="currentColor" />
          <path d="M8 7.2v4.3" stroke="white" strokeWidth="1.6" strokeLinecap="round" />
          <circle cx="8" cy="4.8" r="0.9" fill="white" />
        </>
      )}
    </svg>
  );
}
