/**
 * Counting words, the one helper for every count the user reads (finding messages, analysis
 * summaries, panel counts, exports, the CLI): "1 warning", "2 warnings", "1 zone loses data".
 */

/** "1 asset" / "3 assets"; pass the plural when it is not noun + "s" ("1 address", "2 addresses"). */
export function plural(count: number, noun: string, nouns = `${noun}s`): string {
  return `${count} ${count === 1 ? noun : nouns}`;
}

/** The word alone, agreeing with the count: `agree(n, 'loses', 'lose')`, `agree(n, 'is', 'are')`. */
export function agree(count: number, one: string, many: string): string {
  return count === 1 ? one : many;
}
