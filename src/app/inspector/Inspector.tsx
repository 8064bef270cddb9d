/**
 * The inspector (region "Inspector"): edits every field of the selected zone, asset or conduit,
 * the diagram's properties when nothing is selected, and summarises a multi-selection.
 * Each form is keyed by the element id, so a half-typed draft never carries over to another element.
 */

import type { ReactNode } from 'react';
import { updateMeta } from '../../domain/edit/update';
import type { Model } from '../../domain/model/schema';
import { agree } from '../../domain/text/plural';
import { GroupButton } from '../bands/GroupButton';
import {
  SEVERITIES,
  SEVERITY_LABEL,
  SEVERITY_SINGULAR,
  SeverityIcon,
  severityCount,
} from '../findings/severity';
import { useEditor } from '../store/editor-store';
import { useEvaluation } from '../store/findings';
import { AssetInspector } from './AssetInspector';
import { ConduitInspector } from './ConduitInspector';
import { commitEdit } from './commit';
import { InfoRow, Section, TextField } from './fields';
import { optionLabel } from './parts';
import { longTextError, nameError, shortTextError } from './validate';
import { ZoneInspector } from './ZoneInspector';

function Header({ kind, title }: { kind: string; title: string }) {
  return (
    <header className="border-slate-200 border-b bg-slate-50 px-3 py-2">
      <p className="font-semibold text-[10px] text-slate-500 uppercase tracking-wider">{kind}</p>
      <h2 className="truncate font-semibold text-slate-900 text-sm" title={title}>
        {title}
      </h2>
    </header>
  );
}

function MetaInspector({ model }: { model: Model }) {
  const { meta } = model;
  const edit = (label: string, patch: Parameters<typeof updateMeta>[1]) =>
    commitEdit(label, (m) => updateMeta(m, patch));
  return (
    <>
      <Section title="Properties">
        <TextField
          label="Diagram name"
          value={meta.name}
          validate={nameError}
          onCommit={(v) => edit('Rename diagram', { name: v.trim() })}
        />
        <TextField
          label="Site"
          value={meta.site ?? ''}
          validate={shortTextError}
          onCommit={(v) => edit('Change site', { site: v.trim() || undefined })}
        />
        <TextField
          label="Author"
          value={meta.author ?? ''}
          validate={shortTextError}
          onCommit={(v) => edit('Change author', { author: v.trim() || undefined })}
        />
        <TextField
          label="Description"
          multiline
          value={meta.description ?? ''}
          validate={longTextError}
          onCommit={(v) => edit('Change diagram description', { description: v.trim() ? v : undefined })}
        />
      </Section>
      <Section title="Contents">
        <InfoRow label="Zones">{model.zones.length}</InfoRow>
        <InfoRow label="Assets">{model.assets.length}</InfoRow>
        <InfoRow label="Conduits">{model.conduits.length}</InfoRow>
        <p className="text-slate-500 text-xs">Select a zone, asset or conduit on the canvas to edit it.</p>
      </Section>
    </>
  );
}

function SelectionSummary({ ids, model }: { ids: readonly string[]; model: Model }) {
  const evaluation = useEvaluation();
  const selected = new Set(ids);
  const zones = model.zones.filter((z) => selected.has(z.id));
  const assets = model.assets.filter((a) => selected.has(a.id));
  const conduits = model.conduits.filter((c) => selected.has(c.id));
  const counts = { error: 0, warning: 0, info: 0 };
  for (const id of ids) for (const f of evaluation.bySubject.get(id) ?? []) counts[f.severity]++;
  const group = (title: string, items: readonly { id: string; name: string }[]) =>
    items.length ? (
      <div>
        <p className="font-medium text-slate-700 text-xs">
          {items.length} {title}
        </p>
        <ul className="mt-0.5 text-slate-600 text-xs">
          {items.slice(0, 6).map((e) => (
            <li key={e.id} className="truncate">
              {optionLabel(e, 60)}
            </li>
          ))}
          {items.length > 6 ? <li>and {items.length - 6} more</li> : null}
        </ul>
      </div>
    ) : null;
  return (
    <Section title="Selection">
      {group(agree(zones.length, 'zone', 'zones'), zones)}
      {group(agree(assets.length, 'asset', 'assets'), assets)}
      {group(agree(conduits.length, 'conduit', 'conduits'), conduits)}
      <div className="flex items-center gap-3 text-xs">
        <span className="text-slate-500">Findings:</span>
        {SEVERITIES.map((s) => (
          <span
            key={s}
            className="flex items-center gap-1 text-slate-700"
            title={severityCount(s, counts[s])}
          >
            <SeverityIcon severity={s} /> {counts[s]}
            <span className="sr-only">
              {agree(counts[s], SEVERITY_SINGULAR[s], SEVERITY_LABEL[s]).toLowerCase()}
            </span>
          </span>
        ))}
      </div>
      {zones.length > 0 ? <GroupButton /> : null}
      <p className="text-slate-500 text-xs">Select a single element to edit its fields.</p>
    </Section>
  );
}

function Body({ children }: { children: ReactNode }) {
  return <div className="flex min-h-0 flex-1 flex-col overflow-y-auto">{children}</div>;
}

export function Inspector() {
  const model = useEditor((s) => s.model);
  const selection = useEditor((s) => s.selection);

  if (selection.length > 1)
    return (
      <div className="flex h-full min-h-0 flex-col" data-inspecting="selection">
        <Header kind="Multiple selection" title={`${selection.length} elements`} />
        <Body>
          <SelectionSummary ids={selection} model={model} />
        </Body>
      </div>
    );

  const id = selection[0];
  const zone = id === undefined ? undefined : model.zones.find((z) => z.id === id);
  const asset = zone || id === undefined ? undefined : model.assets.find((a) => a.id === id);
  const conduit = zone || asset || id === undefined ? undefined : model.conduits.find((c) => c.id === id);

  let kind = 'Diagram';
  let title = model.meta.name || 'Untitled diagram';
  let body: ReactNode = <MetaInspector key="meta" model={model} />;
  if (zone) {
    kind = 'Zone';
    title = zone.name || zone.id;
    body = <ZoneInspector key={zone.id} zone={zone} model={model} />;
  } else if (asset) {
    kind = 'Asset';
    title = asset.name || asset.id;
    body = <AssetInspector key={asset.id} asset={asset} model={model} />;
  } else if (conduit) {
    kind = 'Conduit';
    title = conduit.name || conduit.id;
    body = <ConduitInspector key={conduit.id} conduit={conduit} model={model} />;
  } else if (id !== undefined) {
    kind = 'Note';
    title = 'Note';
    body = (
      <Section title="Note">
        <p className="text-slate-500 text-xs">Notes are edited on the canvas.</p>
      </Section>
    );
  }

  return (
    <div className="flex h-full min-h-0 flex-col" data-inspecting={kind.toLowerCase()}>
      <Header kind={kind} title={title} />
      <Body>{body}</Body>
    </div>
  );
}
