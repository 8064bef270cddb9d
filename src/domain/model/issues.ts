/** Problems found while loading a model, each naming the exact place in the file. */

export type PathSegment = string | number;

export interface ModelIssue {
  /** e.g. ['conduits', 3, 'zoneIds', 1] */
  path: PathSegment[];
  message: string;
}

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** `conduits[3].zoneIds[1]`; keys that are not identifiers are quoted: `diagram.positions["a b"]`. */
export function formatPath(path: readonly PathSegment[]): string {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else if (IDENTIFIER.test(seg)) out += out ? `.${seg}` : seg;
    else out += `[${JSON.stringify(seg)}]`;
  }
  return out || '(root)';
}

/** `conduits[3].zoneIds[1]: unknown zone "z9"` */
export function formatIssue(issue: ModelIssue): string {
  return `${formatPath(issue.path)}: ${issue.message}`;
}
