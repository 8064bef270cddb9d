/**
 * Re-fits the diagram when a side panel opens over the canvas, leaving room for the panel, so the
 * highlighted zones are never hidden behind it.
 */
import { useReactFlow } from '@xyflow/react';
import { type RefObject, useEffect } from 'react';

export function useFitBeside(panel: RefObject<HTMLElement | null>, open: boolean): void {
  const { fitView } = useReactFlow();
  useEffect(() => {
    if (!open) return;
    const id = requestAnimationFrame(() => {
      const canvas = document.querySelector('[data-testid="canvas"]')?.getBoundingClientRect();
      const side = panel.current?.getBoundingClientRect();
      const covered = canvas && side ? Math.max(0, canvas.right - side.left) : 0;
      void fitView({
        padding: { top: '5%', bottom: '5%', left: '4%', right: `${covered + 24}px` },
        duration: 250,
      });
    });
    return () => cancelAnimationFrame(id);
  }, [open, panel, fitView]);
}
