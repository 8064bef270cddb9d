/** Size limits for model files. They keep hostile or broken files from freezing the editor. */
import { z } from 'zod';

/*
 * Content-Security-Policy: zod 4 compiles object parsers with `new Function` unless told not to,
 * and even its probe for that is reported as a CSP violation. The setting is read when a schema
 * is *defined*, so it must run before model/schema.ts builds its schemas; schema.ts imports this
 * module first, which guarantees the order. Costs ~20% parse time on 25,000 elements; same
 * behaviour in the browser, the CLI and tests.
 */
z.config({ jitless: true });

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
  /**
   * Largest diagram coordinate or size, in pixels (either sign). Far beyond any real drawing, but
   * finite sums stay finite: exporters add offsets and sizes, and 1e308 + 1e308 is Infinity.
   */
  coordinate: 1_000_000,
  /** Deepest JSON nesting accepted before parsing (guards against stack exhaustion). */
  jsonDepth: 64,
} as const;
