/**
 * The risk register of one zone or conduit (IEC 62443-3-2 ZCR 5): its risks with unmitigated and
 * residual level, and a form for fast keyboard entry — type the title, Tab through likelihood,
 * consequence and residual values (digits pick them), Enter adds the risk and returns to the
 * title for the next one. Details of each risk open below it.
 */
import { useId, useRef, useState } from 'react';
import { CONTROLS } from '../../domain/catalog/controls';
import { CONSEQUENCE_CATEGORIES, type Model, RISK_STATUSES, type Risk } from '../../domain/model/schema';
import { addRisk, removeRisk, updateRisk } from '../../domain/risk/edit';
import type { Matrix } from '../../domain/risk/matrix';
import { riskAssessmentOf, type ScoredRisk } from '../../domain/risk/scoring';
import { commitEdit } from '../inspector/commit';
import { FieldError, inputClass, Section, SelectField, TextField } from '../inspector/fields';
import { longTextError, nameError, shortTextError } from '../inspector/validate';
import { levelTone } from './level-style';

function LevelPill({ s, residual, matrix }: { s: ScoredRisk; residual?: boolean; matrix: Matrix }) {
  const count = matrix.data.levels.length;
  const level = residual ? s.residualLevel : s.level;
  const score = residual ? s.residualScore : s.score;
  return (
    <span
      data-level={level?.id}
      className={`inline-block whitespace-nowrap rounded border px-1.5 font-semibold text-[11px] ${levelTone(level ? matrix.rank(level.id) : -1, count)}`}
    >
      {level?.label ?? '?'} {score}
    </span>
  );
}

const scaleChoices = (labels: readonly string[]) =>
  labels.map((label, i) => ({ value: String(i + 1), label: `${i + 1} ${label}` }));

function ScaleSelect(props: {
  label: string;
  labels: readonly string[];
  value: string;
  onChange: (v: string) => void;
  optional?: boolean;
}) {
  return (
    <label className="flex min-w-0 flex-col text-[11px] text-slate-600">
      {props.label}
      <select
        aria-label={props.label}
        className={`${inputClass} px-1`}
        value={props.value}
        onChange={(e) => props.onChange(e.target.value)}
      >
        {props.optional ? <option value="">same</option> : null}
        {scaleChoices(props.labels).map((c) => (
          <option key={c.value} value={c.value}>
            {c.label}
          </option>
        ))}
      </select>
    </label>
  );
}

function AddRiskForm({ subjectId, model }: { subjectId: string; model: Model }) {
  const { matrix } = riskAssessmentOf(model);
  const titleRef = useRef<HTMLInputElement>(null);
  const errorId = useId();
  const [title, setTitle] = useState('');
  const [l, setL] = useState('3');
  const [c, setC] = useState('3');
  const [rl, setRl] = useState('');
  const [rc, setRc] = useState('');
  const [error, setError] = useState<string | null>(null);
  const submit = () => {
    const text = title.trim();
    if (!text) {
      setError('Give the risk a title (the threat in a few words).');
      titleRef.current?.focus();
      return;
    }
    const draft: Omit<Risk, 'id'> = {
      subjectId,
      title: text,
      likelihood: Number(l),
      consequence: Number(c),
      status: 'open',
    };
    if (rl) draft.residualLikelihood = Number(rl);
    if (rc) draft.residualConsequence = Number(rc);
    const refused = commitEdit('Add risk', (m) => addRisk(m, draft).model);
    setError(refused);
    if (!refused) {
      setTitle('');
      setRl('');
      setRc('');
      titleRef.current?.focus();
    }
  };
  return (
    <form
      aria-label="Add a risk"
      className="flex flex-col gap-1.5 rounded border border-sky-200 dark:border-sky-900 bg-sky-50/60 p-2"
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
      onKeyDown={(e) => {
        // Enter in a select submits too, so the whole entry needs no mouse.
        if (e.key === 'Enter' && (e.target as HTMLElement).tagName === 'SELECT') {
          e.preventDefault();
          submit();
        }
      }}
    >
      <input
        ref={titleRef}
        aria-label="New risk title"
        aria-describedby={error ? errorId : undefined}
        placeholder="New risk: threat in a few words, Enter to add"
        className={inputClass}
        value={title}
        maxLength={5000}
        onChange={(e) => setTitle(e.target.value)}
      />
      <div className="grid grid-cols-4 gap-1">
        <ScaleSelect label="Likelihood" labels={matrix.data.likelihood} value={l} onChange={setL} />
        <ScaleSelect label="Consequence" labels={matrix.data.consequence} value={c} onChange={setC} />
        <ScaleSelect
          label="Residual L"
          labels={matrix.data.likelihood}
          value={rl}
          onChange={setRl}
          optional
        />
        <ScaleSelect
          label="Residual C"
          labels={matrix.data.consequence}
          value={rc}
          onChange={setRc}
          optional
        />
      </div>
      <div className="flex items-center justify-between gap-2">
        <FieldError id={errorId} message={error} />
        <button
          type="submit"
          className="ml-auto rounded bg-sky-700 px-2 py-0.5 font-medium text-white text-xs hover:bg-sky-800"
        >
          Add risk
        </button>
      </div>
    </form>
  );
}

function RiskDetails({ s, model }: { s: ScoredRisk; model: Model }) {
  const r = s.risk;
  const { matrix } = riskAssessmentOf(model);
  const edit = (label: string, patch: Partial<Omit<Risk, 'id'>>) =>
    commitEdit(label, (m) => updateRisk(m, r.id, patch));
  const scale = (
    field: 'likelihood' | 'consequence' | 'residualLikelihood' | 'residualConsequence',
    label: string,
  ) => (
    <SelectField
      label={label}
      value={r[field] === undefined ? '' : String(r[field])}
      choices={[
        ...(field.startsWith('residual') ? [{ value: '', label: 'same as unmitigated' }] : []),
        ...scaleChoices(field.endsWith('ikelihood') ? matrix.data.likelihood : matrix.data.consequence),
      ]}
      onChange={(v) =>
        edit(`Change risk ${label.toLowerCase()}`, { [field]: v === '' ? undefined : Number(v) })
      }
    />
  );
  return (
    <div className="mt-1.5 flex flex-col gap-2 border-slate-200 border-l-2 pl-2">
      <TextField
        label="Title"
        value={r.title}
        validate={nameError}
        onCommit={(v) => edit('Rename risk', { title: v.trim() })}
      />
      <div className="grid grid-cols-2 gap-1.5">
        {scale('likelihood', 'Likelihood')}
        {scale('consequence', 'Consequence')}
        {scale('residualLikelihood', 'Residual likelihood')}
        {scale('residualConsequence', 'Residual consequence')}
      </div>
      <TextField
        label="Threat source"
        value={r.threatSource ?? ''}
        validate={longTextError}
        onCommit={(v) => edit('Change threat source', { threatSource: v.trim() || undefined })}
      />
      <TextField
        label="Vector"
        value={r.vector ?? ''}
        validate={longTextError}
        onCommit={(v) => edit('Change threat vector', { vector: v.trim() || undefined })}
      />
      <TextField
        label="Vulnerability"
        value={r.vulnerability ?? ''}
        validate={longTextError}
        onCommit={(v) => edit('Change vulnerability', { vulnerability: v.trim() || undefined })}
      />
      <fieldset className="text-xs">
        <legend className="mb-0.5 font-medium text-slate-700">Consequence categories</legend>
        <div className="flex flex-wrap gap-x-3">
          {CONSEQUENCE_CATEGORIES.map((cat) => {
            const on = r.consequenceCategories?.includes(cat) ?? false;
            return (
              <label key={cat} className="flex items-center gap-1">
                <input
                  type="checkbox"
                  checked={on}
                  className="accent-sky-600"
                  onChange={() => {
                    const next = CONSEQUENCE_CATEGORIES.filter((x) =>
                      x === cat ? !on : r.consequenceCategories?.includes(x),
                    );
                    edit('Change consequence categories', {
                      consequenceCategories: next.length ? next : undefined,
                    });
                  }}
                />
                {cat}
              </label>
            );
          })}
        </div>
      </fieldset>
      <fieldset className="text-xs">
        <legend className="mb-0.5 font-medium text-slate-700">Countermeasures from the catalog</legend>
        <div className="flex flex-wrap gap-x-3">
          {CONTROLS.map((ctl) => {
            const on = r.controls?.includes(ctl.id) ?? false;
            return (
              <label key={ctl.id} className="flex items-center gap-1">
                <input
                  type="checkbox"
                  checked={on}
                  className="accent-sky-600"
                  onChange={() => {
                    const next = on
                      ? (r.controls ?? []).filter((x) => x !== ctl.id)
                      : [...(r.controls ?? []), ctl.id];
                    edit('Change countermeasures', { controls: next.length ? next : undefined });
                  }}
                />
                {ctl.label}
              </label>
            );
          })}
        </div>
      </fieldset>
      <TextField
        label="Other countermeasures"
        multiline
        value={r.countermeasures ?? ''}
        validate={longTextError}
        onCommit={(v) => edit('Change countermeasures', { countermeasures: v.trim() ? v : undefined })}
      />
      <div className="grid grid-cols-2 gap-1.5">
        <TextField
          label="Owner"
          value={r.owner ?? ''}
          validate={shortTextError}
          onCommit={(v) => edit('Change risk owner', { owner: v.trim() || undefined })}
        />
        <SelectField
          label="Status"
          value={r.status ?? 'open'}
          choices={RISK_STATUSES.map((st) => ({ value: st, label: st }))}
          onChange={(v) => edit('Change risk status', { status: v })}
        />
      </div>
      <TextField
        label="Notes"
        multiline
        value={r.notes ?? ''}
        validate={longTextError}
        onCommit={(v) => edit('Change risk notes', { notes: v.trim() ? v : undefined })}
      />
      <button
        type="button"
        className="self-start rounded border border-red-300 dark:border-red-900 px-2 py-0.5 text-red-800 dark:text-red-300 text-xs hover:bg-red-50 dark:hover:bg-red-500/20"
        onClick={() => commitEdit('Delete risk', (m) => removeRisk(m, r.id))}
      >
        Delete risk
      </button>
    </div>
  );
}

export function RiskList({ subjectId, model }: { subjectId: string; model: Model }) {
  const assessment = riskAssessmentOf(model);
  const risks = assessment.bySubject.get(subjectId) ?? [];
  const suggestion = assessment.suggestions.find((s) => s.subjectId === subjectId);
  return (
    <div className="flex flex-col gap-1.5" data-testid="risk-register">
      {suggestion ? (
        <p className="text-slate-600 text-xs" data-testid="sl-suggestion">
          Worst unmitigated risk suggests <b>SL-T {suggestion.suggested}</b>.
        </p>
      ) : null}
      <ul className="flex flex-col gap-1">
        {risks.map((s) => (
          <li
            key={s.risk.id}
            data-risk-id={s.risk.id}
            className="rounded border border-slate-200 px-1.5 py-1"
          >
            <details>
              <summary className="flex cursor-pointer items-center gap-1.5 text-sm">
                <span className="min-w-0 flex-1 truncate" title={s.risk.title}>
                  {s.risk.title}
                </span>
                <LevelPill s={s} matrix={assessment.matrix} />
                <span aria-hidden="true" className="text-slate-400">
                  →
                </span>
                <LevelPill s={s} residual matrix={assessment.matrix} />
              </summary>
              <RiskDetails s={s} model={model} />
            </details>
          </li>
        ))}
      </ul>
      <AddRiskForm subjectId={subjectId} model={model} />
    </div>
  );
}

export function RiskSection({ subjectId, model }: { subjectId: string; model: Model }) {
  const n = riskAssessmentOf(model).bySubject.get(subjectId)?.length ?? 0;
  return (
    <Section
      title={`Risks (${n})`}
      aside={<span className="text-[11px] text-slate-500">unmitigated → residual</span>}
    >
      <RiskList subjectId={subjectId} model={model} />
    </Section>
  );
}
