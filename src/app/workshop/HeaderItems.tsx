/**
 * Workshop buttons in the header (listed in shell/header-items.tsx):
 * New from template, Notes, Present, and the light/dark theme switch.
 */
import { useDrawerOpen } from '../shell/panels';
import { useEditor } from '../store/editor-store';
import { Glyph } from '../ui/Glyph';
import { BASE, HEADER_BUTTON, HEADER_LABEL } from '../ui/HeaderButton';
import { useTheme } from '../ui/theme';
import { STICKY } from './notes-view';
import { startPresentation } from './Presentation';
import { useWorkshop } from './workshop-store';

export function WorkshopHeaderItems() {
  const notesOpen = useDrawerOpen('notes');
  const noteCount = useEditor((s) => s.model.notes?.length ?? 0);
  const theme = useTheme((s) => s.theme);
  return (
    <div className="flex items-center gap-1">
      <button
        type="button"
        className={HEADER_BUTTON}
        aria-label="Templates"
        title="New from template: start a diagram from a realistic template"
        onClick={() => useWorkshop.getState().setTemplatesOpen(true)}
      >
        <Glyph d={['M4 4h7v7H4z', 'M13 4h7v7h-7z', 'M4 13h7v7H4z', 'M16.5 13.5v6', 'M13.5 16.5h6']} />
        <span className="hidden min-[2400px]:inline">Templates</span>
      </button>
      <button
        type="button"
        aria-pressed={notesOpen}
        aria-label={noteCount > 0 ? `Notes ${noteCount}` : 'Notes'}
        title="Sticky notes and comments"
        onClick={() => {
          if (notesOpen) useWorkshop.getState().closeNotes();
          else useWorkshop.getState().openNotes();
        }}
        className={notesOpen ? `${BASE} ${STICKY}` : HEADER_BUTTON}
      >
        <Glyph d={['M5 4h14v11l-5 5H5z', 'M14 20v-5h5', 'M8.5 9h7', 'M8.5 12.5h4']} />
        <span className="hidden min-[2400px]:inline">Notes</span>
        {noteCount > 0 && (
          <span className="rounded-full bg-slate-200 px-1.5 text-[11px] tabular-nums">{noteCount}</span>
        )}
      </button>
      <button
        type="button"
        className={HEADER_BUTTON}
        title="Present full screen; arrow keys step through zones and conduits"
        onClick={startPresentation}
      >
        <Glyph d={['M3 4h18v12H3z', 'M12 16v4', 'M8 20h8', 'M10 8l4 2-4 2z']} />
        <span className={HEADER_LABEL}>Present</span>
      </button>
      <button
        type="button"
        aria-label={theme === 'dark' ? 'Switch to light theme' : 'Switch to dark theme'}
        title={theme === 'dark' ? 'Light theme' : 'Dark theme'}
        data-testid="theme-toggle"
        data-theme={theme}
        onClick={() => useTheme.getState().toggle()}
        className="flex h-8 w-8 items-center justify-center rounded-md text-slate-700 hover:bg-slate-100"
      >
        {theme === 'dark' ? (
          <Glyph
            d={[
              'M12 3v2',
              'M12 19v2',
              'M3 12h2',
              'M19 12h2',
              'M5.6 5.6l1.4 1.4',
              'M17 17l1.4 1.4',
              'M5.6 18.4L7 17',
              'M17 7l1.4-1.4',
              'M8 12a4 4 0 1 0 8 0a4 4 0 1 0 -8 0',
            ]}
          />
        ) : (
          <Glyph d={['M20 14.5A8 8 0 0 1 9.5 4a8 8 0 1 0 10.5 10.5z']} />
        )}
      </button>
    </div>
  );
}
