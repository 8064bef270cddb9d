/** The zone inspector's Networks field: one CIDR range per line (IPv4 or IPv6), checked as typed. */
import { NetworkSchema } from '../../domain/model/schema';

export function parseNetworks(text: string): { ok: true; value: string[] } | { ok: false; error: string } {
  const value = text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
  if (value.length > 1000) return { ok: false, error: 'At most 1,000 ranges.' };
  const bad = value.findIndex((n) => !NetworkSchema.safeParse(n).success);
  if (bad >= 0)
    return {
      ok: false,
      error: `Line ${bad + 1}: "${value[bad]!.slice(0, 60)}" is not a CIDR range such as 10.1.2.0/24 or fd00::/64.`,
    };
  return { ok: true, value };
}
