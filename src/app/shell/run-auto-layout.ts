import { setPositions } from '../../domain/edit/positions';
import { useEditor } from '../store/editor-store';
import { toast } from '../store/toasts';

/** Lays out the diagram (elkjs, loaded on first use) as one undo step, then calls `after` (fit view). */
export async function runAutoLayout(after?: () => void): Promise<void> {
  const { model, applyEdit } = useEditor.getState();
  try {
    const { autoLayout } = await import('../canvas/auto-layout');
    const positions = await autoLayout(model);
    applyEdit('Auto-layout', (m) => {
      // Elements added meanwhile keep their place; deleted ones are skipped.
      const ids = new Set([...m.zones.map((z) => z.id), ...m.assets.map((a) => a.id)]);
      return setPositions(m, Object.fromEntries(Object.entries(positions).filter(([id]) => ids.has(id))));
    });
    requestAnimationFrame(() => after?.());
  } catch (error) {
    toast(`Auto-layout failed: ${error instanceof Error ? error.message : String(error)}`, 'error');
  }
}
