/**
 * Format migrations. Each entry lifts a document from version N to N+1; loaders run them in turn
 * before validation, so users' old files keep opening. Version 1 is the first published format,
 * so the table is empty today; the machinery and its error for files from the future are tested.
 */
import type { ModelIssue } from './issues';
import { CURRENT_VERSION } from './schema';

type Migration = (doc: Record<string, unknown>) => Record<string, unknown>;

export const MIGRATIONS: Record<number, Migration> = {};

export function migrate(
  doc: Record<string, unknown>,
): { ok: true; doc: Record<string, unknown>; migratedFrom?: number } | { ok: false; issues: ModelIssue[] } {
  const version = doc.version;
  if (typeof version !== 'number' || !Number.isInteger(version))
    return {
      ok: false,
      issues: [
        { path: ['version'], message: `expected an integer format version, got ${JSON.stringify(version)}` },
      ],
    };
  if (version > CURRENT_VERSION)
    return {
      ok: false,
      issues: [
        {
          path: ['version'],
          message: `this file uses format version ${version}, written by a newer ot-zones; this one reads up to version ${CURRENT_VERSION}`,
        },
      ],
    };
  let current = doc;
  for (let v = version; v < CURRENT_VERSION; v++) {
    const step = MIGRATIONS[v];
    if (!step)
      return {
        ok: false,
        issues: [{ path: ['version'], message: `format version ${version} is not supported` }],
      };
    current = step(current);
  }
  return version < CURRENT_VERSION
    ? { ok: true, doc: current, migratedFrom: version }
    : { ok: true, doc: current };
}
