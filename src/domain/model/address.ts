/**
 * What an asset address may be: an IPv4 or IPv6 address (optionally with a /prefix), a MAC address,
 * or a host name. Something that looks like an IP address but is not one (`10.20.300.1`) is a
 * typo, and the message says what is wrong so the row or field can be fixed.
 */

function ipv4Problem(text: string): string | undefined {
  const parts = text.split('.');
  if (parts.length !== 4) return `has ${parts.length} parts, an IPv4 address has 4`;
  for (const p of parts) {
    if (!/^\d{1,3}$/.test(p)) return `part "${p}" is not a number from 0 to 255`;
    if (Number(p) > 255) return `part ${p} is above 255`;
    if (p.length > 1 && p.startsWith('0')) return `part "${p}" has a leading zero`;
  }
  return undefined;
}

function isIpv6(text: string): boolean {
  let head = text;
  // An embedded IPv4 tail (::ffff:10.0.0.1) counts as two groups.
  const lastColon = text.lastIndexOf(':');
  let groupsFromV4 = 0;
  if (text.slice(lastColon + 1).includes('.')) {
    if (ipv4Problem(text.slice(lastColon + 1))) return false;
    head = `${text.slice(0, lastColon + 1)}0`;
    groupsFromV4 = 1;
  }
  const halves = head.split('::');
  if (halves.length > 2) return false;
  const groups = (s: string) => (s === '' ? [] : s.split(':'));
  const all = halves.flatMap(groups);
  if (!all.every((g) => /^[0-9a-f]{1,4}$/i.test(g))) return false;
  const count = all.length + groupsFromV4;
  return halves.length === 2 ? count <= 7 : count === 8;
}

const MAC = /^[0-9a-f]{2}([:-])[0-9a-f]{2}(\1[0-9a-f]{2}){4}$/i;
const HOST = /^(?=.{1,253}$)[a-z0-9_]([a-z0-9_-]{0,62})(\.[a-z0-9_]([a-z0-9_-]{0,62}))*\.?$/i;

/** Why the text is not a usable address, or undefined when it is one. */
export function addressProblem(address: string): string | undefined {
  const text = address.trim();
  if (text === '') return 'is empty';
  const [ip, prefix, extra] = text.split('/');
  if (extra !== undefined) return 'has more than one "/"';
  const ipText = ip ?? '';
  if (/^[\d.]+$/.test(ipText)) {
    const p = ipv4Problem(ipText);
    if (p) return `is not a valid IPv4 address: ${p}`;
    if (prefix !== undefined && !(/^\d{1,2}$/.test(prefix) && Number(prefix) <= 32))
      return `has prefix /${prefix}; an IPv4 prefix is 0 to 32`;
    return undefined;
  }
  if (ipText.includes(':')) {
    if (prefix === undefined && MAC.test(ipText)) return undefined;
    if (!isIpv6(ipText)) return 'is not a valid IPv6 or MAC address';
    if (prefix !== undefined && !(/^\d{1,3}$/.test(prefix) && Number(prefix) <= 128))
      return `has prefix /${prefix}; an IPv6 prefix is 0 to 128`;
    return undefined;
  }
  if (prefix === undefined && MAC.test(ipText)) return undefined;
  if (prefix === undefined && HOST.test(ipText)) return undefined;
  return 'is neither an IP address, a MAC address nor a host name';
}
