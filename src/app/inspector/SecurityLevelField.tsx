/**
 * Edits a security level as one value for all seven FRs or as seven per-FR values
 * (IAC, UC, SI, DC, RDF, TRE, RA), or leaves it unset ("not assessed" / "not stated").
 * FRs that fall short of the level they are compared with are highlighted.
 */
import { useId, useState } from 'react';
import {
  FR_IDS,
  FR_NAMES,
  type FrId,
  isUniform,
  MAX_SL,
  type SecurityLevel,
  toVector,
} from '../../domain/security-level';
import { FieldError, inputClass } from './fields';

const LEVELS = Array.from({ length: MAX_SL + 1 }, (_, i) => i);
const PER_FR = 'per-fr';
const UNSET = 'unset';

export interface SecurityLevelFieldProps {
  label: string;
  value: SecurityLevel | null | undefined;
  /** Wording of the empty value: "Not assessed" for targets, "Not stated" for capabilities. */
  unsetLabel: string;
  /** FRs to highlight as falling short (with the gap), computed by the caller. */
  short?: ReadonlyMap<FrId, number>;
  /** A level as the model stores it: one number or seven. */
  onChange: (value: number | number[] | undefined) => string | null;
}

export function SecurityLevelField({ label, value, unsetLabel, short, onChange }: SecurityLevelFieldProps) {
  const id = useId();
  const [error, setError] = useState<string | null>(null);
  const isSet = value !== null && value !== undefined;
  const [perFrChosen, setPerFrChosen] = useState(false);
  const perFr = isSet && (perFrChosen || !isUniform(value));
  const vector = isSet ? toVector(value) : undefined;

  const write = (next: number | number[] | undefined) => setError(onChange(next));

  const mode = !isSet ? UNSET : perFr ? PER_FR : String(vector![0]);

  return (
    <div className="min-w-0">
      <div className="mb-0.5 flex items-baseline justify-between gap-2">
        <label htmlFor={id} className="font-medium text-slate-700 text-xs">
          {label}
        </label>
      </div>
      <select
        id={id}
        className={inputClass}
        value={mode}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(e) => {
          const v = e.target.value;
          if (v === UNSET) {
            setPerFrChosen(false);
            write(undefined);
          } else if (v === PER_FR) {
            setPerFrChosen(true);
            if (!isSet) write(0);
          } else {
            setPerFrChosen(false);
            write(Number(v));
          }
        }}
      >
        <option value={UNSET}>{unsetLabel}</option>
        {LEVELS.map((l) => (
          <option key={l} value={String(l)}>
            SL {l} (all FRs)
          </option>
        ))}
        <option value={PER_FR}>Per FR (IAC … RA)</option>
      </select>
      {perFr && vector ? (
        <fieldset className="mt-1.5 grid grid-cols-7 gap-1">
          <legend className="sr-only">{label} per FR</legend>
          {FR_IDS.map((fr, i) => {
            const gap = short?.get(fr);
            return (
              <div key={fr} className="flex min-w-0 flex-col items-stretch">
                <label
                  htmlFor={`${id}-${fr}`}
                  title={FR_NAMES[fr]}
                  className={`text-center font-medium text-[10px] ${gap ? 'text-red-700 dark:text-red-300' : 'text-slate-500'}`}
                >
                  {fr}
                </label>
                <select
                  id={`${id}-${fr}`}
                  aria-label={`${label}: ${fr} (${FR_NAMES[fr]})`}
                  title={gap ? `${FR_NAMES[fr]}: short by ${gap}` : FR_NAMES[fr]}
                  value={String(vector[i])}
                  className={`w-full appearance-none rounded border px-0 py-0.5 text-center text-sm ${
                    gap
                      ? 'border-red-500 bg-red-50 dark:bg-red-500/20 font-semibold text-red-800 dark:text-red-300'
                      : 'border-slate-300 bg-white dark:bg-(--otz-surface)'
                  } focus:outline-none focus:ring-2 focus:ring-sky-200`}
                  onChange={(e) => {
                    const next = [...vector];
                    next[i] = Number(e.target.value);
                    write(next);
                  }}
                >
                  {LEVELS.map((l) => (
                    <option key={l} value={String(l)}>
                      {l}
                    </option>
                  ))}
                </select>
              </div>
            );
          })}
        </fieldset>
      ) : null}
      <FieldError id={`${id}-error`} message={error} />
    </div>
  );
}
