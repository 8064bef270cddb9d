/** Read-only pieces of the inspector: the element's findings and the security-level gap. */
import type { Finding } from '../../domain/rules/rule';
import { formatSl, type SlVector } from '../../domain/security-level';
import { SeverityIcon } from '../findings/severity';
import { type Gap, shortfallText } from './gap';

/** An option label for an element: its name, shortened, or its id when unnamed. */
export function optionLabel(element: { id: string; name: string }, max = 48): string {
  const name = element.name.trim() || element.id;
  return name.length > max ? `${name.slice(0, max - 1)}…` : name;
}

export function ElementFindings({ findings }: { findings: readonly Finding[] }) {
  if (findings.length === 0)
    return (
      <p className="flex items-center gap-1.5 text-emerald-700 dark:text-emerald-300 text-xs">
        <span aria-hidden="true">✓</span> No findings for this element.
      </p>
    );
  return (
    <ul className="flex flex-col gap-1.5" aria-label="Findings for this element">
      {findings.map((f) => (
        <li key={`${f.rule}:${f.message}`} className="flex gap-1.5 text-xs leading-snug">
          <SeverityIcon severity={f.severity} className="mt-px" />
          <span className="min-w-0 break-words text-slate-800">
            {f.message} <span className="text-slate-500">({f.rule})</span>
          </span>
        </li>
      ))}
    </ul>
  );
}

export function GapNote({ gap, against }: { gap: Gap; against: string }) {
  if (gap.kind === 'unknown') return <p className="text-slate-500 text-xs">Gap unknown: {gap.reason}.</p>;
  if (gap.kind === 'met')
    return (
      <p className="text-emerald-700 dark:text-emerald-300 text-xs" data-gap="met">
        ✓ Meets {against} ({formatSl(gap.target as SlVector)}).
      </p>
    );
  return (
    <p className="text-red-700 dark:text-red-300 text-xs" data-gap="short">
      Falls short of {against} ({formatSl(gap.target as SlVector)}) on{' '}
      <span className="font-semibold">{shortfallText(gap.shortfalls)}</span>.
    </p>
  );
}
