/**
 * Field validation for the inspector, on the format's own zod schemas so the inspector accepts
 * exactly what a model file may hold, with messages written for the person typing.
 * Each function returns null when the value is fine, else a short sentence.
 */

import type { ZodType } from 'zod';
import { addressProblem } from '../../domain/model/address';
import { LIMITS } from '../../domain/model/limits';
import { ANY, FlowSchema, MetaSchema } from '../../domain/model/schema';

function check(schema: ZodType, value: unknown, message: string): string | null {
  return schema.safeParse(value).success ? null : message;
}

/** Names: required (a blank box on the canvas helps nobody), at most LIMITS.name characters. */
export function nameError(text: string): string | null {
  if (text.trim() === '') return 'A name is required.';
  return check(MetaSchema.shape.name, text, `A name has at most ${LIMITS.name.toLocaleString()} characters.`);
}

/** Optional short texts (vendor, model, owner, site…). */
export function shortTextError(text: string): string | null {
  return text.length > LIMITS.name ? `At most ${LIMITS.name.toLocaleString()} characters.` : null;
}

/** Descriptions. */
export function longTextError(text: string): string | null {
  return text.length > LIMITS.text ? `At most ${LIMITS.text.toLocaleString()} characters.` : null;
}

export function protocolError(text: string): string | null {
  if (text.trim() === '') return 'A protocol is required (use "any" only if the flow is really open).';
  return check(FlowSchema.shape.protocol, text.trim(), 'A protocol name has at most 200 characters.');
}

export type PortValue = number | typeof ANY | undefined;

/** "502" → 502, "any" → "any", "" → undefined (not given); anything else is an error. */
export function parsePort(text: string): { ok: true; value: PortValue } | { ok: false; error: string } {
  const t = text.trim();
  if (t === '') return { ok: true, value: undefined };
  if (t.toLowerCase() === ANY) return { ok: true, value: ANY };
  const error = 'A port is a whole number from 0 to 65535, or "any".';
  if (!/^\d{1,6}$/.test(t)) return { ok: false, error };
  const value = Number(t);
  return FlowSchema.shape.port.safeParse(value).success ? { ok: true, value } : { ok: false, error };
}

/** One address per line; blank lines are ignored. */
export function parseAddresses(text: string): { ok: true; value: string[] } | { ok: false; error: string } {
  const value = text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
  if (value.length > 1000) return { ok: false, error: 'At most 1,000 addresses.' };
  const long = value.findIndex((a) => a.length > LIMITS.name);
  if (long >= 0) return { ok: false, error: `Address ${long + 1} is too long.` };
  const bad = value.find((a) => addressProblem(a) !== undefined);
  if (bad !== undefined) return { ok: false, error: `“${bad}” ${addressProblem(bad)}.` };
  return { ok: true, value };
}
