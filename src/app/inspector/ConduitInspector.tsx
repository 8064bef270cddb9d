import { useState } from 'react';
import { CONTROLS, isKnownControl } from '../../domain/catalog/controls';
import { type ConduitPatch, flowsLostByZoneChange, updateConduit } from '../../domain/edit/update';
import { isOneWay } from '../../domain/model/derive';
import type { Conduit, ConduitType, DeviceEnds, Direction, Model } from '../../domain/model/schema';
import { formatSl } from '../../domain/security-level';
import { plural } from '../../domain/text/plural';
import { CharacteristicsSection } from '../risk/CharacteristicsSection';
import { RiskSection } from '../risk/RiskSection';
import { indexFor } from '../store/derived';
import { useSubjectFindings } from '../store/findings';
import { deviceChoices } from '../tables/registers';
import { ColourField } from './ColourField';
import { commitEdit } from './commit';
import { FlowsTable } from './FlowsTable';
import { CheckField, InfoRow, Section, SelectField, TextField } from './fields';
import { conduitGap, conduitTargetInfo, shortMap } from './gap';
import { ElementFindings, GapNote, optionLabel } from './parts';
import { SecurityLevelField } from './SecurityLevelField';
import { longTextError, nameError } from './validate';

const TYPE_CHOICES: { value: ConduitType; label: string }[] = [
  { value: 'filtering', label: 'Filtering (firewall, ACL)' },
  { value: 'gateway', label: 'Gateway (proxy, broker)' },
  { value: 'unidirectional', label: 'Unidirectional (data diode)' },
];

const smallButton =
  'rounded px-1.5 py-0.5 text-[11px] font-medium focus:outline-none focus:ring-2 focus:ring-sky-200 disabled:cursor-not-allowed disabled:opacity-40';

function ConduitZones({ conduit, model }: { conduit: Conduit; model: Model }) {
  const [pendingRemoval, setPendingRemoval] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const oneWay = isOneWay(conduit);
  const zoneName = (zid: string) => {
    const zone = model.zones.find((z) => z.id === zid);
    return zone ? optionLabel(zone, 40) : zid;
  };
  const setZones = (label: string, zoneIds: string[]) => {
    setPendingRemoval(null);
    setError(commitEdit(label, (m) => updateConduit(m, conduit.id, { zoneIds })));
  };
  const remove = (zid: string) =>
    setZones(
      'Remove zone from conduit',
      conduit.zoneIds.filter((z) => z !== zid),
    );
  const addable = model.zones.filter((z) => !conduit.zoneIds.includes(z.id));
  const lost = pendingRemoval
    ? flowsLostByZoneChange(
        conduit,
        conduit.zoneIds.filter((z) => z !== pendingRemoval),
      ).length
    : 0;

  return (
    <div>
      <p className="mb-1 font-medium text-slate-700 text-xs">Zones joined</p>
      <ul className="flex flex-col gap-1" aria-label="Zones joined by this conduit">
        {conduit.zoneIds.map((zid, i) => (
          <li
            key={zid}
            className="flex items-center gap-1.5 rounded border border-slate-200 bg-slate-50 px-2 py-1 text-sm"
          >
            <span className="min-w-0 flex-1 truncate" title={zoneName(zid)}>
              {zoneName(zid)}
            </span>
            {oneWay && i === 0 ? (
              <span className="rounded bg-sky-100 dark:bg-sky-500/20 px-1.5 py-0.5 text-[10px] text-sky-800 dark:text-sky-300">
                source
              </span>
            ) : null}
            {oneWay && i > 0 ? (
              <button
                type="button"
                className={`${smallButton} text-sky-700 dark:text-sky-300 hover:bg-sky-50 dark:hover:bg-sky-500/20`}
                aria-label={`Make ${zoneName(zid)} the source`}
                onClick={() =>
                  setZones('Change conduit source', [zid, ...conduit.zoneIds.filter((z) => z !== zid)])
                }
              >
                make source
              </button>
            ) : null}
            <button
              type="button"
              className={`${smallButton} text-slate-500 hover:bg-red-50 dark:hover:bg-red-500/20 hover:text-red-700 dark:hover:text-red-300`}
              aria-label={`Remove zone ${zoneName(zid)} from this conduit`}
              title={conduit.zoneIds.length <= 2 ? 'A conduit joins at least two zones' : 'Remove this zone'}
              disabled={conduit.zoneIds.length <= 2}
              onClick={() => {
                const orphaned = flowsLostByZoneChange(
                  conduit,
                  conduit.zoneIds.filter((z) => z !== zid),
                );
                if (orphaned.length) setPendingRemoval(zid);
                else remove(zid);
              }}
            >
              ✕
            </button>
          </li>
        ))}
      </ul>
      {pendingRemoval ? (
        <div
          className="mt-1.5 rounded border border-amber-300 dark:border-amber-900 bg-amber-50 dark:bg-amber-500/20 p-2 text-amber-900 dark:text-amber-300 text-xs"
          role="alert"
        >
          Removing “{zoneName(pendingRemoval)}” also removes {plural(lost, 'flow')} to or from it.
          <div className="mt-1.5 flex gap-2">
            <button
              type="button"
              className={`${smallButton} bg-red-600 text-white hover:bg-red-700`}
              onClick={() => remove(pendingRemoval)}
            >
              Remove zone and flows
            </button>
            <button
              type="button"
              className={`${smallButton} border border-slate-300 bg-white dark:bg-(--otz-surface) text-slate-700`}
              onClick={() => setPendingRemoval(null)}
            >
              Keep
            </button>
          </div>
        </div>
      ) : null}
      {addable.length ? (
        <div className="mt-1.5">
          <SelectField
            label="Add a zone"
            hideLabel
            ariaLabel="Add a zone to this conduit"
            value=""
            choices={[
              { value: '', label: '+ Add a zone…' },
              ...addable.map((z) => ({ value: z.id, label: optionLabel(z) })),
            ]}
            onChange={(v) => {
              if (v) setZones('Add zone to conduit', [...conduit.zoneIds, v]);
              return null;
            }}
          />
        </div>
      ) : null}
      {error ? (
        <p className="mt-1 text-red-700 dark:text-red-300 text-xs" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}

function Controls({ conduit }: { conduit: Conduit }) {
  const controls = conduit.controls ?? [];
  const unknown = controls.filter((c) => !isKnownControl(c));
  const toggle = (controlId: string, on: boolean) =>
    commitEdit(on ? 'Add control' : 'Remove control', (m) => {
      const current = m.conduits.find((c) => c.id === conduit.id)?.controls ?? [];
      const next = on
        ? [...current.filter((c) => c !== controlId), controlId]
        : current.filter((c) => c !== controlId);
      return updateConduit(m, conduit.id, { controls: next.length ? next : undefined });
    });
  return (
    <div className="grid grid-cols-2 gap-x-2 gap-y-1.5">
      {CONTROLS.map((c) => (
        <div key={c.id} title={c.description}>
          <CheckField label={c.label} checked={controls.includes(c.id)} onChange={(on) => toggle(c.id, on)} />
        </div>
      ))}
      {unknown.map((c) => (
        <div key={c} title="Not in this version's control catalog; kept as written in the file">
          <CheckField label={`${c} (unknown)`} checked onChange={(on) => toggle(c, on)} />
        </div>
      ))}
    </div>
  );
}

export function ConduitInspector({ conduit, model }: { conduit: Conduit; model: Model }) {
  const findings = useSubjectFindings(conduit.id);
  const index = indexFor(model);
  const gap = conduitGap(conduit, index);
  const target = conduitTargetInfo(conduit, index);
  const id = conduit.id;
  const edit = (label: string, patch: ConduitPatch) => commitEdit(label, (m) => updateConduit(m, id, patch));
  const forwardForced = conduit.type === 'unidirectional';

  return (
    <>
      <Section title="Findings">
        <ElementFindings findings={findings} />
      </Section>
      <Section title="Conduit">
        <TextField
          label="Name"
          value={conduit.name}
          validate={nameError}
          onCommit={(v) => edit('Rename conduit', { name: v.trim() })}
        />
        <div className="grid grid-cols-2 gap-2">
          <SelectField<ConduitType>
            label="Type"
            value={conduit.type}
            choices={TYPE_CHOICES}
            onChange={(type) => edit('Change conduit type', { type })}
          />
          <SelectField<Direction>
            label="Direction"
            value={forwardForced ? 'forward' : (conduit.direction ?? 'bidirectional')}
            disabled={forwardForced}
            note={forwardForced ? 'one-way by type' : null}
            choices={[
              { value: 'bidirectional', label: 'Both ways' },
              {
                value: 'forward',
                label: `One way, from ${(() => {
                  const z = model.zones.find((x) => x.id === conduit.zoneIds[0]);
                  return z ? optionLabel(z, 14) : 'source';
                })()}`,
              },
            ]}
            onChange={(v) =>
              edit('Change conduit direction', { direction: v === 'bidirectional' ? undefined : v })
            }
          />
        </div>
        <SelectField
          label="Security device"
          note="where the firewall, diode or gateway sits"
          value={conduit.deviceAt ?? ''}
          choices={deviceChoices(conduit, model)}
          onChange={(v) =>
            edit('Place security device', { deviceAt: v === '' ? undefined : (v as DeviceEnds) })
          }
        />
        <ConduitZones conduit={conduit} model={model} />
        <ColourField id={conduit.id} />
      </Section>
      <Section title="Security level">
        <SecurityLevelField
          label="Target (SL-T)"
          value={conduit.slTarget}
          unsetLabel={
            target.zones ? `From its zones (${formatSl(target.zones)})` : 'From its zones (none set)'
          }
          onChange={(v) => edit('Change conduit SL-T', { slTarget: v })}
        />
        <SecurityLevelField
          label="Capability (SL-C)"
          value={conduit.slCapability}
          unsetLabel="Not stated"
          short={gap.kind === 'short' ? shortMap(gap.shortfalls) : undefined}
          onChange={(v) => edit('Change conduit SL-C', { slCapability: v })}
        />
        <GapNote
          gap={gap}
          against={
            target.source === 'conduit' ? "the conduit's own target" : 'the highest target of its zones'
          }
        />
      </Section>
      <Section title="Controls">
        <Controls conduit={conduit} />
      </Section>
      <Section title="Exposure">
        <CheckField
          label="Crosses an untrusted network"
          hint="internet, leased line, shared WAN"
          checked={conduit.untrustedNetwork ?? false}
          onChange={(v) => edit('Change untrusted network', { untrustedNetwork: v || undefined })}
        />
        <CheckField
          label="Carries remote access"
          hint="people working from outside the zones"
          checked={conduit.remoteAccess ?? false}
          onChange={(v) => edit('Change remote access', { remoteAccess: v || undefined })}
        />
        <CheckField
          label="Used by a service provider"
          hint="vendor, integrator, maintenance contractor"
          checked={conduit.serviceProvider ?? false}
          onChange={(v) => edit('Change service provider', { serviceProvider: v || undefined })}
        />
      </Section>
      <Section title={`Flows (${conduit.flows?.length ?? 0})`}>
        <FlowsTable conduit={conduit} model={model} />
      </Section>
      <RiskSection subjectId={conduit.id} model={model} />
      <CharacteristicsSection id={conduit.id} value={conduit.characteristics} />
      <Section title="Details">
        <TextField
          label="Description"
          multiline
          value={conduit.description ?? ''}
          validate={longTextError}
          onCommit={(v) => edit('Change conduit description', { description: v.trim() ? v : undefined })}
        />
        <InfoRow label="Id">{conduit.id}</InfoRow>
      </Section>
    </>
  );
}
