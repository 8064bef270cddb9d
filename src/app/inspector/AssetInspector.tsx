import {
  ASSET_CLASS_LABEL,
  ASSET_TYPES,
  assetType,
  isKnownAssetType,
} from '../../domain/catalog/asset-types';
import { type AssetPatch, updateAsset } from '../../domain/edit/update';
import type { Asset, Model } from '../../domain/model/schema';
import { indexFor } from '../store/derived';
import { useSubjectFindings } from '../store/findings';
import { ColourField } from './ColourField';
import { commitEdit } from './commit';
import { FlagField, InfoRow, Section, SelectField, TextField } from './fields';
import { assetGap, shortMap } from './gap';
import { moveAssetIntoZone } from './move-into-zone';
import { ElementFindings, GapNote, optionLabel } from './parts';
import { SecurityLevelField } from './SecurityLevelField';
import { longTextError, nameError, parseAddresses, shortTextError } from './validate';

const FLAGS = [
  { key: 'safetyRelated', label: 'Safety-related' },
  { key: 'wireless', label: 'Wireless' },
  { key: 'transient', label: 'Transient (laptop, USB, portable)' },
  { key: 'externalNetwork', label: 'Connects to an external network' },
] as const;

export function AssetInspector({ asset, model }: { asset: Asset; model: Model }) {
  const findings = useSubjectFindings(asset.id);
  const index = indexFor(model);
  const type = assetType(asset.type);
  const gap = assetGap(asset, index);
  const zone = index.zone.get(asset.zoneId);
  const id = asset.id;
  const edit = (label: string, patch: AssetPatch) => commitEdit(label, (m) => updateAsset(m, id, patch));

  const typeChoices = [
    ...(isKnownAssetType(asset.type)
      ? []
      : [{ value: asset.type, label: `${asset.type} (not in the catalog)`, group: 'Unknown' }]),
    ...ASSET_TYPES.map((t) => ({ value: t.id, label: t.label, group: ASSET_CLASS_LABEL[t.class] })),
  ];

  return (
    <>
      <Section title="Findings">
        <ElementFindings findings={findings} />
      </Section>
      <Section title="Asset">
        <TextField
          label="Name"
          value={asset.name}
          validate={nameError}
          onCommit={(v) => edit('Rename asset', { name: v.trim() })}
        />
        <SelectField
          label="Type"
          value={asset.type}
          choices={typeChoices}
          note={type.description}
          onChange={(v) => edit('Change asset type', { type: v })}
        />
        <SelectField
          label="Zone"
          value={asset.zoneId}
          choices={model.zones.map((z) => ({ value: z.id, label: optionLabel(z) }))}
          onChange={(zoneId) => commitEdit('Move asset', moveAssetIntoZone(id, zoneId))}
        />
      </Section>
      <Section title="Security level">
        <SecurityLevelField
          label="Capability (SL-C)"
          value={asset.slCapability}
          unsetLabel="Not stated"
          short={gap.kind === 'short' ? shortMap(gap.shortfalls) : undefined}
          onChange={(v) => edit('Change asset SL-C', { slCapability: v })}
        />
        <GapNote gap={gap} against={`the target of zone “${zone ? optionLabel(zone, 40) : asset.zoneId}”`} />
      </Section>
      <Section title="Flags">
        {FLAGS.map(({ key, label }) => (
          <FlagField
            key={key}
            label={label}
            value={asset[key]}
            catalogDefault={type[key] ?? false}
            onChange={(v) => edit(`Change ${label.toLowerCase()}`, { [key]: v })}
          />
        ))}
      </Section>
      <Section title="Details">
        <ColourField id={asset.id} />
        <div className="grid grid-cols-2 gap-2">
          <TextField
            label="Vendor"
            value={asset.vendor ?? ''}
            validate={shortTextError}
            onCommit={(v) => edit('Change vendor', { vendor: v.trim() || undefined })}
          />
          <TextField
            label="Model"
            value={asset.model ?? ''}
            validate={shortTextError}
            onCommit={(v) => edit('Change model', { model: v.trim() || undefined })}
          />
        </div>
        <TextField
          label="Addresses"
          note="one per line"
          multiline
          value={(asset.addresses ?? []).join('\n')}
          validate={(t) => {
            const r = parseAddresses(t);
            return r.ok ? null : r.error;
          }}
          onCommit={(t) => {
            const r = parseAddresses(t);
            if (!r.ok) return r.error;
            return edit('Change addresses', { addresses: r.value.length ? r.value : undefined });
          }}
        />
        <TextField
          label="Description"
          multiline
          value={asset.description ?? ''}
          validate={longTextError}
          onCommit={(v) => edit('Change asset description', { description: v.trim() ? v : undefined })}
        />
        <InfoRow label="Id">{asset.id}</InfoRow>
      </Section>
    </>
  );
}
