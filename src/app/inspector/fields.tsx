/**
 * Inspector form controls. Text fields keep a local draft while the user types and commit once,
 * on blur or Enter (Escape reverts): one undo step per field edit, never one per keystroke.
 * Errors are shown next to the field and the draft stays for correction; nothing invalid is
 * committed. Every value is rendered as text.
 */
import { type ReactNode, useId, useState } from 'react';

export const inputClass =
  'w-full min-w-0 rounded border border-slate-300 bg-white dark:bg-(--otz-surface) px-2 py-1 text-sm text-slate-900 ' +
  'focus:border-sky-500 focus:outline-none focus:ring-2 focus:ring-sky-200 disabled:bg-slate-100';
const invalidClass = ' border-red-500 bg-red-50 dark:bg-red-500/20 focus:border-red-500 focus:ring-red-200';

export function Section({
  title,
  children,
  aside,
}: {
  title: string;
  children: ReactNode;
  aside?: ReactNode;
}) {
  return (
    <section className="border-slate-200 border-t px-3 py-3 first:border-t-0">
      <div className="mb-2 flex items-baseline justify-between gap-2">
        <h3 className="font-semibold text-[11px] text-slate-500 uppercase tracking-wide">{title}</h3>
        {aside}
      </div>
      <div className="flex flex-col gap-2.5">{children}</div>
    </section>
  );
}

export function FieldError({ id, message }: { id: string; message: string | null }) {
  if (!message) return null;
  return (
    <p id={id} className="mt-1 text-red-700 dark:text-red-300 text-xs" role="alert">
      {message}
    </p>
  );
}

interface LabelProps {
  htmlFor: string;
  label: string;
  note?: ReactNode;
}

function FieldLabel({ htmlFor, label, note }: LabelProps) {
  return (
    <div className="mb-0.5 flex items-baseline justify-between gap-2">
      <label htmlFor={htmlFor} className="font-medium text-slate-700 text-xs">
        {label}
      </label>
      {note ? <span className="truncate text-[11px] text-slate-500">{note}</span> : null}
    </div>
  );
}

export interface TextFieldProps {
  label: string;
  value: string;
  /** Returns an error for a draft, or null. Runs as the user types. */
  validate?: (text: string) => string | null;
  /** Writes the value; returns the reason when the model refused it. */
  onCommit: (text: string) => string | null;
  multiline?: boolean;
  placeholder?: string;
  note?: ReactNode;
  /** Accessible name when the visible label is shared (table cells). */
  ariaLabel?: string;
  hideLabel?: boolean;
}

export function TextField(props: TextFieldProps) {
  const { label, value, validate, onCommit, multiline, placeholder, note, ariaLabel, hideLabel } = props;
  const id = useId();
  const errorId = `${id}-error`;
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const shown = draft ?? value;

  const change = (text: string) => {
    setDraft(text);
    setError(validate?.(text) ?? null);
  };
  const commit = () => {
    if (draft === null) return;
    const invalid = validate?.(draft) ?? null;
    if (invalid) {
      setError(invalid);
      return;
    }
    const refused = draft === value ? null : onCommit(draft);
    setError(refused);
    if (!refused) setDraft(null);
  };
  const revert = () => {
    setDraft(null);
    setError(null);
  };
  const common = {
    id,
    value: shown,
    placeholder,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': error ? errorId : undefined,
    'aria-label': ariaLabel,
    className: inputClass + (error ? invalidClass : ''),
    onBlur: commit,
  } as const;

  return (
    <div className="min-w-0">
      {hideLabel ? null : <FieldLabel htmlFor={id} label={label} note={note} />}
      {multiline ? (
        <textarea
          {...common}
          rows={3}
          className={`${common.className} resize-y`}
          onChange={(e) => change(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Escape') revert();
            else if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) commit();
          }}
        />
      ) : (
        <input
          {...common}
          type="text"
          spellCheck={false}
          onChange={(e) => change(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') commit();
            else if (e.key === 'Escape') revert();
          }}
        />
      )}
      <FieldError id={errorId} message={error} />
    </div>
  );
}

export interface Choice<T extends string> {
  value: T;
  label: string;
  group?: string;
}

export function SelectField<T extends string>(props: {
  label: string;
  value: T;
  choices: readonly Choice<T>[];
  onChange: (value: T) => string | null;
  note?: ReactNode;
  ariaLabel?: string;
  hideLabel?: boolean;
  disabled?: boolean;
}) {
  const { label, value, choices, onChange, note, ariaLabel, hideLabel, disabled } = props;
  const id = useId();
  const [error, setError] = useState<string | null>(null);
  // An error belongs to the value it refused: once the value changes (another edit made the
  // pair valid, or undo), it is stale and goes.
  const [shownFor, setShownFor] = useState(value);
  if (shownFor !== value) {
    setShownFor(value);
    if (error) setError(null);
  }
  const groups = [...new Set(choices.map((c) => c.group))];
  const option = (c: Choice<T>) => (
    <option key={c.value} value={c.value}>
      {c.label}
    </option>
  );
  return (
    <div className="min-w-0">
      {hideLabel ? null : <FieldLabel htmlFor={id} label={label} note={note} />}
      <select
        id={id}
        value={value}
        disabled={disabled}
        aria-label={ariaLabel}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        className={inputClass + (error ? invalidClass : '')}
        onChange={(e) => setError(onChange(e.target.value as T))}
      >
        {groups.length <= 1 || groups.every((g) => g === undefined)
          ? choices.map(option)
          : groups.map((g) => (
              <optgroup key={g ?? ''} label={g ?? 'Other'}>
                {choices.filter((c) => c.group === g).map(option)}
              </optgroup>
            ))}
      </select>
      <FieldError id={`${id}-error`} message={error} />
    </div>
  );
}

type TriState = 'default' | 'yes' | 'no';

/**
 * A flag the catalog gives a default for: "default (yes/no)" shows what applies when the file
 * says nothing; "yes"/"no" are explicit overrides written to the file.
 */
export function FlagField(props: {
  label: string;
  value: boolean | undefined;
  catalogDefault: boolean;
  onChange: (value: boolean | undefined) => string | null;
}) {
  const { label, value, catalogDefault, onChange } = props;
  const current: TriState = value === undefined ? 'default' : value ? 'yes' : 'no';
  const overridden = value !== undefined && value !== catalogDefault;
  return (
    <SelectField<TriState>
      label={label}
      value={current}
      note={
        overridden ? (
          <span className="font-medium text-amber-700 dark:text-amber-300">overrides the type's default</span>
        ) : null
      }
      choices={[
        { value: 'default', label: `Type default (${catalogDefault ? 'yes' : 'no'})` },
        { value: 'yes', label: 'Yes' },
        { value: 'no', label: 'No' },
      ]}
      onChange={(v) => onChange(v === 'default' ? undefined : v === 'yes')}
    />
  );
}

/** A plain on/off flag without a catalog default (conduit flags): absent means no. */
export function CheckField(props: {
  label: string;
  hint?: string;
  checked: boolean;
  onChange: (checked: boolean) => string | null;
}) {
  const id = useId();
  const [error, setError] = useState<string | null>(null);
  return (
    <div>
      <div className="flex items-start gap-2">
        <input
          id={id}
          type="checkbox"
          checked={props.checked}
          className="mt-0.5 size-4 shrink-0 accent-sky-600"
          onChange={(e) => setError(props.onChange(e.target.checked))}
        />
        <label htmlFor={id} className="text-slate-800 text-sm leading-tight">
          {props.label}
          {props.hint ? <span className="block text-[11px] text-slate-500">{props.hint}</span> : null}
        </label>
      </div>
      <FieldError id={`${id}-error`} message={error} />
    </div>
  );
}

/** A read-only line: label and value. */
export function InfoRow({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="flex items-baseline justify-between gap-3 text-xs">
      <span className="shrink-0 text-slate-500">{label}</span>
      <span className="min-w-0 truncate text-right text-slate-800">{children}</span>
    </div>
  );
}
