/**
 * A conduit's documented flows as an editable table: from, to, protocol, port ("any" allowed),
 * description; rows can be added and removed. Each cell commits as one undo step.
 */
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
        <table className="w-full table-fixed border-separate border-spacing-x-1 border-spacing-y-0.5 text-xs">
          <caption className="sr-only">Flows of this conduit</caption>
          <colgroup>
            <col className="w-[26%]" />
            <col className="w-[26%]" />
            <col className="w-[26%]" />
            <col className="w-[16%]" />
            <col className="w-6" />
          </colgroup>
          <thead>
            <tr className="text-left text-[11px] text-slate-500">
              <th className="font-medium">From</th>
              <th className="font-medium">To</th>
              <th className="font-medium">Protocol</th>
              <th className="font-medium">Port</th>
              <th>
                <span className="sr-only">Remove</span>
              </th>
            </tr>
          </thead>
          {flows.map((flow, i) => {
            const n = i + 1;
            return (
              // Flows have no id; keyed by position so that a committed cell does not remount the
              // row and steal the focus from the next cell (Tab from protocol to port).
              // biome-ignore lint/suspicious/noArrayIndexKey: see above
              <tbody key={i} className="align-top" data-flow-row={n}>
                <tr>
                  <td>
                    <SelectField
                      label="From"
                      hideLabel
                      ariaLabel={`Flow ${n} from`}
                      value={flow.from}
                      choices={zoneChoices}
                      onChange={(v) => edit(i, 'Change flow source', { from: v })}
                    />
                  </td>
                  <td>
                    <SelectField
                      label="To"
                      hideLabel
                      ariaLabel={`Flow ${n} to`}
                      value={flow.to}
                      choices={zoneChoices}
                      onChange={(v) => edit(i, 'Change flow destination', { to: v })}
                    />
                  </td>
                  <td>
                    <TextField
                      label="Protocol"
                      hideLabel
                      ariaLabel={`Flow ${n} protocol`}
                      value={flow.protocol}
                      validate={protocolError}
                      onCommit={(v) => edit(i, 'Change flow protocol', { protocol: v.trim() })}
                    />
                  </td>
                  <td>
                    <TextField
                      label="Port"
                      hideLabel
                      ariaLabel={`Flow ${n} port`}
                      placeholder="–"
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
                  </td>
                  <td>
                    <button
                      type="button"
                      className="mt-0.5 flex size-6 items-center justify-center rounded text-slate-500 hover:bg-red-50 hover:text-red-700 focus:outline-none focus:ring-2 focus:ring-sky-200"
                      aria-label={`Remove flow ${n}`}
                      title="Remove this flow"
                      onClick={() => commitEdit('Remove flow', (m) => removeFlow(m, id, i))}
                    >
                      <span aria-hidden="true">✕</span>
                    </button>
                  </td>
                </tr>
                <tr>
                  <td colSpan={4} className="pb-1.5">
                    <TextField
                      label="Description"
                      hideLabel
                      ariaLabel={`Flow ${n} description`}
                      placeholder="What it carries and why"
                      value={flow.description ?? ''}
                      validate={longTextError}
                      onCommit={(v) =>
                        edit(i, 'Change flow description', { description: v.trim() ? v.trim() : undefined })
                      }
                    />
                  </td>
                </tr>
              </tbody>
            );
          })}
        </table>
      )}
      <button
        type="button"
        className="rounded border border-slate-300 bg-white px-2 py-1 font-medium text-slate-700 text-xs hover:bg-slate-50 focus:outline-none focus:ring-2 focus:ring-sky-200"
        onClick={() => commitEdit('Add flow', (m) => addFlow(m, id))}
      >
        + Add flow
      </button>
    </div>
  );
}
