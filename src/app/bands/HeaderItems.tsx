/** The Purdue bands switch in the header (listed in shell/header-items.tsx). */
import { setPurdueBands } from '../../domain/edit/bands';
import { initialBandEdges } from '../../domain/layout/purdue-bands';
import { layoutFor } from '../store/derived';
import { useEditor } from '../store/editor-store';
import { HeaderButton } from '../ui/HeaderButton';

function toggle() {
  useEditor.getState().applyEdit('Show or hide Purdue bands', (m) => {
    if (m.diagram?.purdueBands) return setPurdueBands(m, undefined);
    const layout = layoutFor(m);
    return setPurdueBands(m, initialBandEdges(layout.zones, layout.bounds));
  });
}

export function BandsHeaderItems() {
  const shown = useEditor((s) => s.model.diagram?.purdueBands !== undefined);
  return (
    <HeaderButton
      label="Purdue bands"
      title="Purdue bands: horizontal bands for Levels 5–4, 3.5, 3, 2 and 1–0 behind the diagram; drag a divider to resize"
      glyph={['M3 4h18M3 9h18M3 14h18M3 19h18']}
      dash="3 2"
      pressed={shown}
      testId="bands-toggle"
      onClick={toggle}
    />
  );
}
