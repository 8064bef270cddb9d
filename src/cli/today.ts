/** The day acceptances are judged on: OT_ZONES_TODAY (YYYY-MM-DD) for reproducible runs, else today (UTC). */
import { isoDay } from '../domain/diff/acceptance';
import { IsoDateSchema } from '../domain/model/schema';
import { UsageError } from './errors';

export function today(env: NodeJS.ProcessEnv = process.env): string {
  const fixed = env.OT_ZONES_TODAY;
  if (fixed === undefined || fixed === '') return isoDay(new Date());
  if (!IsoDateSchema.safeParse(fixed).success)
    throw new UsageError(`OT_ZONES_TODAY must be a date written YYYY-MM-DD (got "${fixed}")`);
  return fixed;
}
