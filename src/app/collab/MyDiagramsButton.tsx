/** In a shared document, where the documents menu would be: back to this browser's own diagrams. */

import { Icon } from '../ui/Icon';
import { UI_ICONS } from '../ui/ui-icons';
import { leaveShared } from './navigation';

export function MyDiagramsButton() {
  return (
    <button
      type="button"
      onClick={leaveShared}
      aria-label="My diagrams"
      title="My diagrams: leave the shared diagram and open the diagrams kept in this browser"
      className="flex h-8 items-center gap-1.5 whitespace-nowrap rounded-md px-2 text-[12.5px] text-slate-700 hover:bg-slate-100 focus:outline-none focus:ring-2 focus:ring-sky-300"
    >
      <Icon name={UI_ICONS.document} size={16} strokeWidth={1.8} />
      <span className="hidden 2xl:inline">My diagrams</span>
    </button>
  );
}
