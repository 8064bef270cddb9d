/**
 * Workshop layers, mounted once at the app root (shell/app-layers.tsx):
 * the template dialog, notes on the canvas and their panel, presentation mode, and the theme
 * and presentation stylesheet.
 */
import './workshop.css';
import '../ui/theme';
import { NotesOverlay } from './NotesOverlay';
import { NotesPanel } from './NotesPanel';
import { Presentation } from './Presentation';
import { TemplateDialog } from './TemplateDialog';

export function WorkshopLayers() {
  return (
    <>
      <NotesOverlay />
      <NotesPanel />
      <Presentation />
      <TemplateDialog />
    </>
  );
}
