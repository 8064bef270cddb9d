/**
 * Puts the documents menu in the header (listed in shell/header-items.tsx).
 * A shared document is not one of this browser's diagrams: there it is a way back to them instead.
 */
import { useCollab } from '../collab/collab-store';
import { MyDiagramsButton } from '../collab/MyDiagramsButton';
import { DocumentsMenu } from './DocumentsMenu';

export function PersistenceHeaderItems() {
  const shared = useCollab((s) => s.shared !== null);
  return shared ? <MyDiagramsButton /> : <DocumentsMenu />;
}
