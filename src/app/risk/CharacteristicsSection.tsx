/**
 * Inspector section for a zone's or conduit's IEC 62443-3-2 ZCR 6 characteristics. Each field
 * commits on blur or Enter like every inspector field (one undo step per field).
 */
import { CHARACTERISTIC_FIELDS } from '../../domain/model/characteristics';
import type { Characteristics } from '../../domain/model/schema';
import { setCharacteristic } from '../../domain/risk/edit';
import { commitEdit } from '../inspector/commit';
import { CheckField, Section, TextField } from '../inspector/fields';
import { longTextError } from '../inspector/validate';

/** Fields that take one line; the rest are multi-line. */
const SHORT = new Set(['accountableOrganisation', 'safetyDesignation']);

export function CharacteristicsSection({ id, value }: { id: string; value: Characteristics | undefined }) {
  const c = value ?? {};
  const set = <K extends keyof Characteristics>(key: K, label: string, v: Characteristics[K] | undefined) =>
    commitEdit(`Change ${label.toLowerCase()}`, (m) => setCharacteristic(m, id, key, v));
  const filled = CHARACTERISTIC_FIELDS.filter(([k]) => c[k]).length + (c.noSlTarget ? 1 : 0);
  return (
    <Section
      title="Characteristics (ZCR 6)"
      aside={<span className="text-[11px] text-slate-500">{filled} recorded</span>}
    >
      <details className="group" data-testid="characteristics" open={filled > 0 ? true : undefined}>
        <summary className="cursor-pointer text-slate-600 text-xs">
          Boundaries, access points, policies, threats and SL-T rationale for the CRS
        </summary>
        <div className="mt-2 flex flex-col gap-2.5">
          {CHARACTERISTIC_FIELDS.map(([key, label]) => (
            <TextField
              key={key}
              label={label}
              multiline={!SHORT.has(key)}
              value={c[key] ?? ''}
              validate={longTextError}
              onCommit={(v) => set(key, label, v.trim() ? v : undefined)}
            />
          ))}
          <CheckField
            label="No SL-T (e.g. covered by a code of practice)"
            checked={c.noSlTarget !== undefined}
            onChange={(on) =>
              set('noSlTarget', 'No SL-T', on ? { reason: c.noSlTarget?.reason ?? '' } : undefined)
            }
          />
          {c.noSlTarget ? (
            <TextField
              label="Reason for no SL-T"
              multiline
              value={c.noSlTarget.reason}
              validate={longTextError}
              onCommit={(v) => set('noSlTarget', 'No SL-T reason', { reason: v })}
            />
          ) : null}
        </div>
      </details>
    </Section>
  );
}
