/**
 * Marks the comparison on the canvas: added elements green, changed amber (outline on boxes,
 * colour on conduit lines). A generated style sheet keyed by data-id, so the canvas components
 * need not know about comparisons; ids are escaped with CSS.escape (they come from files). It is a
 * constructed sheet (CSSOM, document.adoptedStyleSheets): the app's CSP refuses <style> elements.
 * Removed elements are drawn as ghosts by RemovedGhosts.tsx.
 */
import { useEffect } from 'react';
import type { ElementChange } from '../../domain/diff/model-diff';

const COLOURS = { added: '#16a34a', changed: '#f59e0b' } as const;

export function marksCss(changes: readonly ElementChange[]): string {
  const rules: string[] = [];
  for (const c of changes) {
    if (c.change === 'removed' || c.kind === 'flow' || c.kind === 'policy' || c.kind === 'meta') continue;
    const colour = COLOURS[c.change];
    const id = CSS.escape(c.id);
    rules.push(
      `.react-flow__node[data-id="${id}"]{outline:3px solid ${colour};outline-offset:3px;border-radius:8px}`,
      `.react-flow__edge[data-id="${id}"] path{stroke:${colour} !important;stroke-width:4px !important}`,
    );
  }
  return rules.join('\n');
}

export function CompareMarks({ changes }: { changes: readonly ElementChange[] }) {
  useEffect(() => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(marksCss(changes));
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    return () => {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
    };
  }, [changes]);
  return null;
}
