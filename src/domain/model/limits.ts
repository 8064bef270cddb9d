/** Size limits for model files. They keep hostile or broken files from freezing the editor. */
export const LIMITS = {
  /** Raw file size accepted by the parser (bytes of text). */
  fileBytes: 20 * 1024 * 1024,
  /** Longest id. */
  id: 200,
  /** Longest name or short text field. */
  name: 5_000,
  /** Longest description or note. */
  text: 50_000,
  /** Most elements of one kind (zones, assets, conduits, notes). */
  elements: 100_000,
  /** Deepest JSON nesting accepted before parsing (guards against stack exhaustion). */
  jsonDepth: 64,
} as const;
