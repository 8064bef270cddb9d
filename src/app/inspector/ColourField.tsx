/**
 * "Colour" for a zone, asset or conduit: a row of preset swatches (diagram.colors). Drawing only —
 * no rule reads it — and one undo step per pick.
 */
import { PALETTE, PALETTE_COLOURS } from '../../domain/catalog/palette';
import { setColours } from '../../domain/edit/colours';
import { useEditor } from '../store/editor-store';
import { useTheme } from '../ui/theme';
import { commitEdit } from './commit';

export function ColourField({ id }: { id: string }) {
  const current = useEditor((s) => s.model.diagram?.colors?.[id]);
  const theme = useTheme((s) => s.theme);
  const swatch = 'h-6 w-6 rounded-full border-2 focus:outline-none focus:ring-2 focus:ring-sky-300';
  return (
    <fieldset className="min-w-0">
      <legend className="mb-1 text-[12px] font-medium text-slate-600">Colour</legend>
      <div className="flex flex-wrap items-center gap-1.5">
        <button
          type="button"
          aria-pressed={current === undefined}
          title="Default colour"
          aria-label="Default colour"
          className={`${swatch} bg-white dark:bg-(--otz-surface) text-[10px] text-slate-400 ${current === undefined ? 'border-slate-700' : 'border-slate-300'}`}
          onClick={() => commitEdit('Clear colour', (m) => setColours(m, [id], undefined))}
        >
          ∅
        </button>
        {PALETTE_COLOURS.map((c) => (
          <button
            key={c}
            type="button"
            aria-pressed={current === c}
            title={PALETTE[c].label}
            aria-label={`Colour ${PALETTE[c].label}`}
            className={`${swatch} ${current === c ? 'border-slate-900 ring-2 ring-sky-300 dark:ring-sky-900' : 'border-white dark:border-(--otz-surface)'}`}
            style={{ background: PALETTE[c][theme] }}
            onClick={() => commitEdit('Set colour', (m) => setColours(m, [id], c))}
          />
        ))}
      </div>
    </fieldset>
  );
}
