/**
 * A conduit's documented flows as an editable list of rows: from → to, protocol, port ("any"
 * allowed), description; rows can be added and removed. Each cell commits as one undo step.
 * One card per flow rather than a six-column table, which would not fit the inspector's width.
 */
import { reverseFlow, setFlowEnd } from '../../domain/edit/flow-ends';
import { addFlow, type FlowPatch, removeFlow, updateFlow } from '../../domain/edit/update';
import type { Conduit, Model } from '../../domain/model/schema';
import { commitEdit } from './commit';
import { SelectField, TextField } from './fields';
import { optionLabel } from './parts';
import { longTextError, parsePort, protocolError } from './validate';

export function FlowsTable({ conduit, model }: { conduit: Conduit; model: Model }) {
  const flows = conduit.flows ?? [];
  const zoneChoices = conduit.zoneIds.map((zid) => {
    const zone = model.zones.find((z) => z.id === zid);
    return { value: zid, label: zone ? optionLabel(zone, 24) : zid };
  });
  const id = conduit.id;
  const edit = (i: number, label: string, patch: FlowPatch) =>
    commitEdit(label, (m) => updateFlow(m, id, i, patch));

  return (
    <div>
      {flows.length === 0 ? (
        <p className="mb-2 text-slate-500 text-xs">No flows documented: list what must cross this conduit.</p>
      ) : (
        <ol className="mb-2 flex flex-col gap-1.5" aria-label="Flows of this conduit">
          {flows.map((flow, i) => {
            const n = i + 1;
            return (
              // Flows have no id; keyed by position so that a committed cell does not remount the
              // row and steal the focus from the next cell (Tab from protocol to port).
              // biome-ignore lint/suspicious/noArrayIndexKey: see above
              <li key={i} className="rounded border border-slate-200 bg-slate-50/60 p-1.5" data-flow-row={n}>
                <div className="mb-1 flex items-center justify-between">
                  <span className="font-semibold text-[10px] text-slate-500 uppercase tracking-wide">
                    Flow {n}
                  </span>
                  <button
                    type="button"
                    className="flex size-5 items-center justify-center rounded text-slate-500 text-xs hover:bg-red-50 dark:hover:bg-red-500/20 hover:text-red-700 dark:hover:text-red-300 focus:outline-none focus:ring-2 focus:ring-sky-200"
                    aria-label={`Remove flow ${n}`}
                    title="Remove this flow"
                    onClick={() => commitEdit('Remove flow', (m) => removeFlow(m, id, i))}
                  >
                    <span aria-hidden="true">✕</span>
                  </button>
                </div>
                <div className="grid grid-cols-[1fr_auto_1fr] items-start gap-1">
                  <SelectField
                    label="From"
                    hideLabel
                    ariaLabel={`Flow ${n} from`}
                    value={flow.from}
                    choices={zoneChoices}
                    onChange={(v) => commitEdit('Change flow source', (m) => setFlowEnd(m, id, i, 'from', v))}
                  />
                  <button
                    type="button"
                    className="flex h-7 w-6 items-center justify-center rounded text-slate-500 text-sm hover:bg-sky-50 dark:hover:bg-sky-500/20 hover:text-sky-800 dark:hover:text-sky-300 focus:outline-none focus-visible:ring-2 focus-visible:ring-sky-400"
                    aria-label={`Reverse flow ${n}`}
                    title="Reverse: swap from and to"
                    onClick={() => commitEdit('Reverse flow', (m) => reverseFlow(m, id, i))}
                  >
                    <span aria-hidden="true">⇄</span>
                  </button>
                  <SelectField
                    label="To"
                    hideLabel
                    ariaLabel={`Flow ${n} to`}
                    value={flow.to}
                    choices={zoneChoices}
                    onChange={(v) =>
                      commitEdit('Change flow destination', (m) => setFlowEnd(m, id, i, 'to', v))
                    }
                  />
                </div>
                <div className="mt-1 grid grid-cols-[1fr_5.5rem] items-start gap-1">
                  <TextField
                    label="Protocol"
                    hideLabel
                    ariaLabel={`Flow ${n} protocol`}
                    placeholder="protocol"
                    value={flow.protocol}
                    validate={protocolError}
                    onCommit={(v) => edit(i, 'Change flow protocol', { protocol: v.trim() })}
                  />
                  <TextField
                    label="Port"
                    hideLabel
                    ariaLabel={`Flow ${n} port`}
                    placeholder="port"
                    value={flow.port === undefined ? '' : String(flow.port)}
                    validate={(t) => {
                      const r = parsePort(t);
                      return r.ok ? null : r.error;
                    }}
                    onCommit={(t) => {
                      const r = parsePort(t);
                      return r.ok ? edit(i, 'Change flow port', { port: r.value }) : r.error;
                    }}
                  />
                </div>
                <div className="mt-1">
                  <TextField
                    label="Description"
                    hideLabel
                    ariaLabel={`Flow ${n} description`}
                    placeholder="what it carries and why"
                    value={flow.description ?? ''}
                    validate={longTextError}
                    onCommit={(v) =>
                      edit(i, 'Change flow description', { description: v.trim() ? v.trim() : undefined })
                    }
                  />
                </div>
              </li>
            );
          })}
        </ol>
      )}
      <button
        type="button"
        className="rounded border border-slate-300 bg-white dark:bg-(--otz-surface) px-2 py-1 font-medium text-slate-700 text-xs hover:bg-slate-50 focus:outline-none focus:ring-2 focus:ring-sky-200"
        onClick={() => commitEdit('Add flow', (m) => addFlow(m, id))}
      >
        + Add flow
      </button>
    </div>
  );
}
