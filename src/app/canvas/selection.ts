/** Selection helpers shared by nodes, edges, labels and panels. */
import { useEditor } from '../store/editor-store';

/** Click on an element: select it alone, or toggle it in the selection with Shift. */
export function clickSelect(id: string, additive: boolean): void {
  const { selection, select } = useEditor.getState();
  if (!additive) select([id]);
  else select(selection.includes(id) ? selection.filter((s) => s !== id) : [...selection, id]);
}
