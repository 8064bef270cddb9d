/** What to do first on an empty diagram: shown in the middle of the canvas until a zone exists. */
export function EmptyHint() {
  return (
    <div
      data-testid="empty-hint"
      className="pointer-events-none absolute inset-0 z-10 flex items-center justify-center p-8"
    >
      <div className="max-w-md rounded-xl border border-slate-200 bg-white/95 dark:bg-(--otz-surface)/94 p-5 text-center shadow-sm">
        <h2 className="font-semibold text-[15px] text-slate-900">An empty diagram</h2>
        <p className="mt-2 text-[13px] text-slate-700 leading-relaxed">
          Start with a zone: drag one from the palette on the left (or focus it and press Enter). Then put
          assets into it, and connect zones with conduits by dragging from one zone's edge to another or with
          “Connect to…” in the zone's inspector.
        </p>
        <p className="mt-2 text-[12.5px] text-slate-600">
          Or start from a reference architecture: Templates.
        </p>
      </div>
    </div>
  );
}
