/** Small helpers shared by the template definitions. */
import type { Flow } from '../../../domain/model/schema';

/** A documented flow: who talks to whom, how, and why. */
export function flow(
  from: string,
  to: string,
  protocol: string,
  port: number | undefined,
  description: string,
): Flow {
  const f: Flow = { from, to, protocol };
  if (port !== undefined) f.port = port;
  f.description = description;
  return f;
}

/** Controls of a well-managed remote access conduit (IEC 62443-2-4 style). */
export const MANAGED_REMOTE_ACCESS = [
  'firewall',
  'vpn',
  'mfa',
  'jump-host',
  'session-recording',
  'access-approval',
  'logging',
];
