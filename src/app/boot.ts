/**
 * Start-up. A location `#/doc/<id>?token=…` opens that shared document from the team server
 * (src/app/collab); anything else opens this browser's own diagrams: the editor starts on the
 * demo model (on its welcome note, canvas/start-view.ts), then persistence restores the last auto-saved document (if any) over it and starts
 * auto-saving. A failure of storage never blocks editing. The two kinds never mix: switching
 * between them reloads the page (collab/navigation.ts).
 */
import { demoModel } from '../samples';
import { openOnWelcome } from './canvas/start-view';
import { useCollab } from './collab/collab-store';
import { routeFromHash } from './collab/link';
import { startVersionView, versionFromHash } from './collab/version-view';
import { startPersistence } from './persistence';
import { useEditor } from './store/editor-store';
import { toast } from './store/toasts';

export function boot(): void {
  const route = routeFromHash(window.location.hash);
  if (route.kind === 'shared') {
    const version = versionFromHash(window.location.hash);
    if (version) void startVersionView(route.link, version);
    // The collaboration runtime (Yjs, Hocuspocus, IndexedDB cache) loads only for shared documents.
    else void import('./collab/session').then(({ startShared }) => startShared(route.link));
    return;
  }
  if (route.kind === 'damaged') {
    useCollab.setState({
      shared: { id: '', token: '', role: 'view' },
      failure: { kind: 'invalid', message: '' },
    });
    return;
  }
  useEditor.getState().replaceModel(openOnWelcome(demoModel()), { documentId: null });
  startPersistence().catch((error: unknown) => {
    console.error('ot-zones: could not start saving', error);
    toast('Saving is not available in this browser session: download your work to keep it.', 'error');
  });
}
