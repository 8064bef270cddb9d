import { useEffect, useState } from 'react';
import { ZONE_KIND_COLOR } from '../../domain/catalog/zone-colours';
import { ZONE_KIND_INFO, type ZoneKind } from '../../domain/catalog/zone-kinds';
import { loadTemplates, type TemplateInfo } from '../../samples/templates/templates';
import { useCollab } from '../collab/collab-store';
import { persistence } from '../persistence';
import { useEditor } from '../store/editor-store';
import { toast } from '../store/toasts';
import { Modal } from '../ui/Modal';
import { useWorkshop } from './workshop-store';

/**
 * Opens a template as a new document: the current diagram is saved and stays in the documents
 * menu. Without working storage it asks first, because the template would replace the only copy.
 */
async function openTemplate(template: TemplateInfo): Promise<boolean> {
  const before = useEditor.getState().model;
  const controller = persistence();
  if (controller) {
    await controller.newDocument();
    // newDocument saved the open diagram and opened an empty one; fill it (auto-save stores it).
    if (useEditor.getState().model !== before) {
      useEditor.getState().replaceModel(template.model);
      return true;
    }
  }
  // No working storage, or a shared diagram: the template would replace the open diagram.
  const hasWork = before.zones.length + before.assets.length + before.conduits.length > 0;
  const question = useCollab.getState().shared
    ? 'The template will replace the shared diagram for everyone (Undo takes it back). Continue?'
    : 'Saving is not available, so the template will replace the open diagram. Continue?';
  if (hasWork && !window.confirm(question)) return false;
  useEditor.getState().replaceModel(template.model, { documentId: null });
  return true;
}

function KindChips({ template }: { template: TemplateInfo }) {
  const kinds = [...new Set(template.model.zones.map((z) => z.kind))] as ZoneKind[];
  return (
    <div className="flex flex-wrap gap-1">
      {kinds.map((k) => (
        <span
          key={k}
          className="rounded px-1.5 py-0.5 text-[11px] font-medium text-slate-700"
          style={{ background: `${ZONE_KIND_COLOR[k]}22` }}
        >
          {ZONE_KIND_INFO[k].label}
        </span>
      ))}
    </div>
  );
}

/** "New from template": one card per bundled template, with its explanation. */
export function TemplateDialog() {
  const open = useWorkshop((s) => s.templatesOpen);
  const setOpen = useWorkshop((s) => s.setTemplatesOpen);
  const [templates, setTemplates] = useState<TemplateInfo[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    if (open && !templates)
      loadTemplates().then(setTemplates, (e: unknown) =>
        setError(e instanceof Error ? e.message : String(e)),
      );
  }, [open, templates]);

  const pick = async (t: TemplateInfo) => {
    setBusy(true);
    try {
      if (await openTemplate(t)) {
        setOpen(false);
        toast(`Opened the template “${t.name}” as a new diagram.`, 'success');
        // The next template open must start from pristine data again.
        setTemplates(null);
      }
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open={open}
      title="New from template"
      subtitle="Realistic starting points, each checked with zero errors."
      onClose={() => setOpen(false)}
      width="w-[min(1040px,94vw)]"
    >
      {error && (
        <p className="mb-3 rounded-md bg-red-50 dark:bg-red-500/20 p-3 text-[13px] text-red-800 dark:text-red-300">
          {error}
        </p>
      )}
      {!templates && !error && <p className="text-[13px] text-slate-500">Loading templates…</p>}
      <ul className="grid grid-cols-1 gap-4 md:grid-cols-2">
        {templates?.map((t) => (
          <li key={t.id} data-template-id={t.id} className="flex">
            <article className="flex flex-1 flex-col gap-2.5 rounded-lg border border-slate-200 bg-slate-50 p-4">
              <h3 className="text-[15.5px] font-semibold text-slate-900">{t.name}</h3>
              <p className="text-[12.5px] text-slate-500">
                {t.counts.zones} zones · {t.counts.assets} assets · {t.counts.conduits} conduits
                {t.model.meta.site && ` · ${t.model.meta.site}`}
              </p>
              <KindChips template={t} />
              <p className="flex-1 text-[13px] leading-relaxed text-slate-700">{t.description}</p>
              <div>
                <button
                  type="button"
                  disabled={busy}
                  onClick={() => void pick(t)}
                  aria-label={`Use template ${t.name}`}
                  className="h-9 rounded-md bg-blue-600 px-3.5 text-[13px] font-medium text-white hover:bg-blue-700 disabled:opacity-60"
                >
                  Use template
                </button>
              </div>
            </article>
          </li>
        ))}
      </ul>
    </Modal>
  );
}
