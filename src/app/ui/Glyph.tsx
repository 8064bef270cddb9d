/** Line glyphs of the header's controls (24×24 stroked paths in the current colour), and the collaboration set. */
export const GLYPHS = {
  share: [
    'M8 12.5l8-4.5',
    'M8 11.5l8 4.5',
    'M4 12a2.5 2.5 0 1 0 5 0a2.5 2.5 0 1 0 -5 0',
    'M15 7a2.5 2.5 0 1 0 5 0a2.5 2.5 0 1 0 -5 0',
    'M15 17a2.5 2.5 0 1 0 5 0a2.5 2.5 0 1 0 -5 0',
  ],
  history: ['M4 12a8 8 0 1 0 2.3-5.6', 'M4 4v4h4', 'M12 8v4l3 2'],
  link: [
    'M10 14a4 4 0 0 0 5.7 0l3-3a4 4 0 0 0-5.7-5.7l-1 1',
    'M14 10a4 4 0 0 0-5.7 0l-3 3a4 4 0 0 0 5.7 5.7l1-1',
  ],
  eye: [
    'M2.5 12s3.5-6.5 9.5-6.5s9.5 6.5 9.5 6.5s-3.5 6.5-9.5 6.5S2.5 12 2.5 12z',
    'M9.5 12a2.5 2.5 0 1 0 5 0a2.5 2.5 0 1 0 -5 0',
  ],
} as const;

/** `dash` dashes every stroke (e.g. the Purdue bands' lines). */
export function Glyph({ d, size = 17, dash }: { d: readonly string[]; size?: number; dash?: string }) {
  return (
    <svg
      width={size}
      height={size}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.9"
      strokeLinecap="round"
      strokeLinejoin="round"
      strokeDasharray={dash}
      aria-hidden="true"
    >
      {d.map((p) => (
        <path key={p} d={p} />
      ))}
    </svg>
  );
}
