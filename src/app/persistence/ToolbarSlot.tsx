/**
 * Puts the documents menu in the header (found by the shell's slot loader, see shell/slots.tsx).
 * A shared document is not one of this browser's diagrams: there it is a way back to them instead.
 */
import { useCollab } from '../collab/collab-store';
import { MyDiagramsButton } from '../collab/MyDiagramsButton';
import { DocumentsMenu } from './DocumentsMenu';

/** After the import/export buttons: the documents menu sits at the header's right end. */
export const order = 200;

export function ToolbarSlot() {
  const shared = useCollab((s) => s.shared !== null);
  return shared ? <MyDiagramsButton /> : <DocumentsMenu />;
}
