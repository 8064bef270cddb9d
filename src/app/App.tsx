import { ReactFlowProvider } from '@xyflow/react';
import { type ReactNode, useEffect } from 'react';
import { Canvas } from './canvas/Canvas';
import { installClipboard } from './canvas/clipboard';
import { FindingsPanel } from './findings/FindingsPanel';
import { Inspector } from './inspector/Inspector';
import { Palette } from './palette/Palette';
import { AppLayers } from './shell/app-layers';
import { useShortcuts } from './shell/shortcuts';
import { Toasts } from './shell/Toasts';
import { Toolbar } from './shell/Toolbar';
import { useEditor } from './store/editor-store';

/** A view-only shared document: every form control inside is disabled (the server refuses edits too). */
function ReadOnlyFence({ children }: { children: ReactNode }) {
  const readOnly = useEditor((s) => s.readOnly);
  return (
    <fieldset disabled={readOnly} className="contents" data-read-only={readOnly || undefined}>
      {children}
    </fieldset>
  );
}

/**
 * The app shell: toolbar on top; palette, canvas, and the inspector/findings column below.
 * One ReactFlowProvider around everything so the toolbar and panels can drive the viewport.
 */
export function App() {
  useShortcuts();
  useEffect(() => installClipboard(), []);
  return (
    <ReactFlowProvider>
      <div className="flex h-screen min-h-0 flex-col bg-slate-50 font-sans text-slate-900 antialiased">
        <Toolbar />
        <div className="flex min-h-0 flex-1">
          <ReadOnlyFence>
            <Palette />
          </ReadOnlyFence>
          <main aria-label="Diagram" className="relative min-w-0 flex-1">
            <Canvas />
            <Toasts />
          </main>
          <div className="flex w-[360px] shrink-0 flex-col border-l border-slate-200 bg-white dark:bg-(--otz-surface)">
            <section
              aria-label="Inspector"
              className="flex min-h-0 flex-[1.2] flex-col overflow-hidden border-b border-slate-200"
            >
              <ReadOnlyFence>
                <Inspector />
              </ReadOnlyFence>
            </section>
            <section aria-label="Findings" className="flex min-h-0 flex-1 flex-col overflow-hidden">
              <FindingsPanel />
            </section>
          </div>
        </div>
        <AppLayers />
      </div>
    </ReactFlowProvider>
  );
}
