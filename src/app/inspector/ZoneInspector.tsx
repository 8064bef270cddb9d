import {
  PURDUE_LEVELS,
  type PurdueLevel,
  ZONE_KIND_INFO,
  ZONE_KINDS,
  type ZoneKind,
} from '../../domain/catalog/zone-kinds';
import { parentCandidates, updateZone } from '../../domain/edit/update';
import type { Model, Zone } from '../../domain/model/schema';
import { formatSl } from '../../domain/security-level';
import { plural } from '../../domain/text/plural';
import { GroupButton } from '../bands/GroupButton';
import { CharacteristicsSection } from '../risk/CharacteristicsSection';
import { RiskSection } from '../risk/RiskSection';
import { indexFor } from '../store/derived';
import { useSubjectFindings } from '../store/findings';
import { ColourField } from './ColourField';
import { ConnectTo } from './ConnectTo';
import { commitEdit } from './commit';
import { InfoRow, Section, SelectField, TextField } from './fields';
import { shortfallText, zoneAssetGaps } from './gap';
import { moveZoneIntoParent } from './move-into-zone';
import { parseNetworks } from './networks';
import { ElementFindings, optionLabel } from './parts';
import { SecurityLevelField } from './SecurityLevelField';
import { longTextError, nameError, shortTextError } from './validate';

const TOP_LEVEL = '';

export function purdueLabel(level: PurdueLevel): string {
  return level === 3.5 ? 'Level 3.5 (DMZ)' : `Level ${level}`;
}

export function ZoneInspector({ zone, model }: { zone: Zone; model: Model }) {
  const findings = useSubjectFindings(zone.id);
  const index = indexFor(model);
  const gaps = zoneAssetGaps(zone, index);
  const id = zone.id;
  const edit = (label: string, patch: Parameters<typeof updateZone>[2]) =>
    commitEdit(label, (m) => updateZone(m, id, patch));
  const kindDefault = ZONE_KIND_INFO[zone.kind].defaultPurdueLevel;
  const candidates = parentCandidates(model, id);
  const children = index.childZones.get(id)?.length ?? 0;
  const conduits = index.conduitsByZone.get(id)?.length ?? 0;

  return (
    <>
      <Section title="Findings">
        <ElementFindings findings={findings} />
      </Section>
      <Section title="Zone">
        <TextField
          label="Name"
          value={zone.name}
          validate={nameError}
          onCommit={(v) => edit('Rename zone', { name: v.trim() })}
        />
        <SelectField<ZoneKind>
          label="Kind"
          value={zone.kind}
          choices={ZONE_KINDS.map((k) => ({ value: k, label: ZONE_KIND_INFO[k].label }))}
          note={ZONE_KIND_INFO[zone.kind].description}
          onChange={(kind) => edit('Change zone kind', { kind })}
        />
        <SelectField
          label="Purdue level"
          value={zone.purdueLevel === undefined ? 'default' : String(zone.purdueLevel)}
          choices={[
            { value: 'default', label: `Kind default (${purdueLabel(kindDefault)})` },
            ...PURDUE_LEVELS.map((l) => ({ value: String(l), label: purdueLabel(l) })),
          ]}
          onChange={(v) =>
            edit('Change Purdue level', {
              purdueLevel: v === 'default' ? undefined : (Number(v) as PurdueLevel),
            })
          }
        />
        <SelectField
          label="Inside zone"
          value={zone.parentId ?? TOP_LEVEL}
          choices={[
            { value: TOP_LEVEL, label: '(top level)' },
            ...candidates.map((z) => ({ value: z.id, label: optionLabel(z) })),
          ]}
          note={children ? `${plural(children, 'nested zone')} inside` : null}
          onChange={(v) => {
            const parentId = v === TOP_LEVEL ? undefined : v;
            return commitEdit('Move zone', moveZoneIntoParent(id, parentId));
          }}
        />
      </Section>
      <Section title={`Conduits (${conduits})`}>
        <ConnectTo zone={zone} model={model} />
      </Section>
      <Section title="Security level">
        <SecurityLevelField
          label="Target (SL-T)"
          value={zone.slTarget}
          unsetLabel="Not assessed"
          onChange={(v) => edit('Change zone SL-T', { slTarget: v })}
        />
        <div className="text-xs" aria-live="polite">
          {gaps.total === 0 ? (
            <p className="text-slate-500">No assets in this zone yet.</p>
          ) : !gaps.target ? (
            <p className="text-slate-500">Set a target to compare the {gaps.total} assets against it.</p>
          ) : gaps.below.length === 0 ? (
            gaps.unstated > 0 ? (
              <p className="text-slate-700">
                Every asset with a stated capability meets {formatSl(gaps.target)}; the others are unknown,
                not compliant.
              </p>
            ) : (
              <p className="text-emerald-700 dark:text-emerald-300">
                ✓ Every asset meets {formatSl(gaps.target)}.
              </p>
            )
          ) : (
            <div className="text-red-700 dark:text-red-300">
              <p>
                {gaps.below.length === 1 ? '1 asset falls' : `${gaps.below.length} assets fall`} short of the
                target:
              </p>
              <ul className="mt-1 list-disc pl-4">
                {gaps.below.slice(0, 8).map((b) => (
                  <li key={b.asset.id} className="break-words">
                    {optionLabel(b.asset, 40)}: {shortfallText(b.shortfalls)}
                  </li>
                ))}
                {gaps.below.length > 8 ? <li>and {gaps.below.length - 8} more</li> : null}
              </ul>
            </div>
          )}
          {gaps.unstated > 0 && gaps.target ? (
            <p className="mt-1 text-slate-500">
              {gaps.unstated === 1 ? '1 asset states' : `${gaps.unstated} assets state`} no capability (SL-C).
            </p>
          ) : null}
        </div>
      </Section>
      <RiskSection subjectId={zone.id} model={model} />
      <CharacteristicsSection id={zone.id} value={zone.characteristics} />
      <Section title="Details">
        <ColourField id={zone.id} />
        <GroupButton />
        <TextField
          label="Networks"
          note="CIDR ranges, one per line"
          multiline
          value={(zone.networks ?? []).join('\n')}
          validate={(t) => {
            const r = parseNetworks(t);
            return r.ok ? null : r.error;
          }}
          onCommit={(t) => {
            const r = parseNetworks(t);
            if (!r.ok) return r.error;
            return edit('Change zone networks', { networks: r.value.length ? r.value : undefined });
          }}
        />
        <TextField
          label="Owner"
          value={zone.owner ?? ''}
          validate={shortTextError}
          onCommit={(v) => edit('Change zone owner', { owner: v.trim() || undefined })}
        />
        <TextField
          label="Description"
          multiline
          value={zone.description ?? ''}
          validate={longTextError}
          onCommit={(v) => edit('Change zone description', { description: v.trim() ? v : undefined })}
        />
        <InfoRow label="Id">{zone.id}</InfoRow>
        <InfoRow label="Contents">
          {plural(gaps.total, 'asset')}, {plural(conduits, 'conduit')}
        </InfoRow>
      </Section>
    </>
  );
}
