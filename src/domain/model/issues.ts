/** Problems found while loading a model, each naming the exact place in the file. */

export type PathSegment = string | number;

export interface ModelIssue {
  /** e.g. ['conduits', 3, 'zoneIds', 1] */
  path: PathSegment[];
  message: string;
}

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** Longest user-supplied string quoted in a message or path; the rest is elided. */
const QUOTE_MAX = 80;

/**
 * A user-supplied string as it may appear in an error message: JSON-quoted, cut to 80 characters,
 * and with control, bidi and zero-width characters escaped as \uXXXX, so that a hostile id can
 * neither flood a terminal nor reorder the line it is printed on.
 */
export function quoteForMessage(s: string): string {
  const short = s.length > QUOTE_MAX ? `${s.slice(0, QUOTE_MAX)}…` : s;
  return JSON.stringify(short).replace(
    /[\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2066-\u2069\ufeff]/g,
    (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** `conduits[3].zoneIds[1]`; keys that are not identifiers are quoted: `diagram.positions["a b"]`. */
export function formatPath(path: readonly PathSegment[]): string {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else if (IDENTIFIER.test(seg)) out += out ? `.${seg}` : seg;
    else out += `[${quoteForMessage(seg)}]`;
  }
  return out || '(root)';
}

/** `conduits[3].zoneIds[1]: unknown zone "z9"` */
export function formatIssue(issue: ModelIssue): string {
  return `${formatPath(issue.path)}: ${issue.message}`;
}
