/**
 * Start-up: the editor opens on the demo model, then persistence restores the last auto-saved
 * document (if any) over it and starts auto-saving. A failure of storage never blocks editing.
 */
import { demoModel } from '../samples';
import { startPersistence } from './persistence';
import { useEditor } from './store/editor-store';
import { toast } from './store/toasts';

export function boot(): void {
  useEditor.getState().replaceModel(demoModel(), { documentId: null });
  startPersistence().catch((error: unknown) => {
    console.error('ot-zones: could not start saving', error);
    toast('Saving is not available in this browser session: download your work to keep it.', 'error');
  });
}
