/**
 * IEC 62443-3-3 system requirements (SR) and requirement enhancements (RE), each with the lowest
 * security level at which it becomes part of its foundational requirement (FR).
 *
 * Source: IEC 62443-3-3:2013 with Corrigendum 1 (2014), Annex B ("Mapping of SRs and REs to FR SL
 * levels 1-4"), which lists for every SR and RE the SL-C levels that include it. The edition
 * matters: the corrigendum is why SR 3.4 starts at SL 2 (do not "correct" it back to the
 * uncorrected 2013 text), and SR 1.9 RE1 applies from SL 3 (three independent public copies of
 * the annex agree). `fromSl` is the lowest of those levels: a
 * zone or conduit whose SL-T on `fr` is at least `fromSl` needs the requirement. Titles are short
 * descriptions in our own words, not the standard's text. To correct an entry, compare the id's
 * row in that annex and change `fromSl` here; the rules read their thresholds from this table.
 */
import { FR_INDEX, type FrId, type SlVector } from '../security-level';

export type SlLevel = 1 | 2 | 3 | 4;

export interface SystemRequirement {
  /** 'SR 5.2' for a base requirement, 'SR 5.2 RE1' for an enhancement. */
  id: string;
  fr: FrId;
  /** What the requirement asks for, in our own words. */
  title: string;
  /** Lowest SL on `fr` at which the requirement applies. */
  fromSl: SlLevel;
}

const r = (id: string, fr: FrId, fromSl: SlLevel, title: string): SystemRequirement => ({
  id,
  fr,
  title,
  fromSl,
});

export const SYSTEM_REQUIREMENTS: readonly SystemRequirement[] = [
  // FR1 — identification and authentication control
  r('SR 1.1', 'IAC', 1, 'People are identified and authenticated'),
  r('SR 1.1 RE1', 'IAC', 2, 'Each person has an individual identity'),
  r('SR 1.1 RE2', 'IAC', 3, 'More than one factor for people coming in over untrusted networks'),
  r('SR 1.1 RE3', 'IAC', 4, 'More than one factor for people on any network'),
  r('SR 1.2', 'IAC', 2, 'Software processes and devices are identified and authenticated'),
  r('SR 1.2 RE1', 'IAC', 3, 'Each process and device has an individual identity'),
  r('SR 1.3', 'IAC', 1, 'Accounts are managed'),
  r('SR 1.3 RE1', 'IAC', 3, 'Accounts are managed in one place'),
  r('SR 1.4', 'IAC', 1, 'Identifiers are managed'),
  r('SR 1.5', 'IAC', 1, 'Authenticators (passwords, keys) are managed'),
  r('SR 1.5 RE1', 'IAC', 3, 'Credentials of software processes are held in hardware'),
  r('SR 1.6', 'IAC', 1, 'Wireless access is managed'),
  r('SR 1.6 RE1', 'IAC', 2, 'Wireless users and devices have individual identities'),
  r('SR 1.7', 'IAC', 1, 'Passwords have a minimum strength'),
  r('SR 1.7 RE1', 'IAC', 3, 'Passwords of people are generated and expire'),
  r('SR 1.7 RE2', 'IAC', 4, 'Passwords of all users expire'),
  r('SR 1.8', 'IAC', 2, 'Public key certificates are handled properly'),
  r('SR 1.9', 'IAC', 2, 'Public key authentication is strong'),
  r('SR 1.9 RE1', 'IAC', 3, 'Keys for public key authentication are held in hardware'),
  r('SR 1.10', 'IAC', 1, 'Login feedback gives nothing away'),
  r('SR 1.11', 'IAC', 1, 'Repeated failed logins are limited'),
  r('SR 1.12', 'IAC', 1, 'A notice is shown before use'),
  r('SR 1.13', 'IAC', 1, 'Access over untrusted networks is monitored and controlled'),
  r('SR 1.13 RE1', 'IAC', 2, 'Each access over untrusted networks is explicitly approved'),
  // FR2 — use control
  r('SR 2.1', 'UC', 1, 'Permissions are enforced'),
  r('SR 2.1 RE1', 'UC', 2, 'Permissions are enforced for every user'),
  r('SR 2.1 RE2', 'UC', 2, 'Permissions follow roles'),
  r('SR 2.1 RE3', 'UC', 3, 'A supervisor can override'),
  r('SR 2.1 RE4', 'UC', 4, 'Critical actions need two approvals'),
  r('SR 2.2', 'UC', 1, 'Wireless use is controlled'),
  r('SR 2.2 RE1', 'UC', 3, 'Unauthorised wireless devices are detected and reported'),
  r('SR 2.3', 'UC', 1, 'Portable and mobile devices are controlled'),
  r('SR 2.3 RE1', 'UC', 3, "Portable devices' security status is checked before use"),
  r('SR 2.4', 'UC', 1, 'Mobile code is controlled'),
  r('SR 2.4 RE1', 'UC', 3, 'Mobile code integrity is checked'),
  r('SR 2.5', 'UC', 1, 'Idle sessions lock'),
  r('SR 2.6', 'UC', 2, 'Remote sessions end after inactivity'),
  r('SR 2.7', 'UC', 3, 'Concurrent sessions are limited'),
  r('SR 2.8', 'UC', 1, 'Security-relevant events are recorded'),
  r('SR 2.8 RE1', 'UC', 3, 'Event records are collected system-wide'),
  r('SR 2.9', 'UC', 1, 'Event records have enough storage'),
  r('SR 2.9 RE1', 'UC', 3, 'A warning is raised before event storage runs out'),
  r('SR 2.10', 'UC', 1, 'Failures of event recording are handled'),
  r('SR 2.11', 'UC', 2, 'Event records carry timestamps'),
  r('SR 2.11 RE1', 'UC', 3, 'Clocks are synchronised'),
  r('SR 2.11 RE2', 'UC', 4, 'The time source is protected'),
  r('SR 2.12', 'UC', 3, 'People cannot deny their actions'),
  r('SR 2.12 RE1', 'UC', 4, 'No user can deny their actions'),
  // FR3 — system integrity
  r('SR 3.1', 'SI', 1, 'Transmitted data is protected against tampering'),
  r('SR 3.1 RE1', 'SI', 3, 'Cryptography protects transmitted data against tampering'),
  r('SR 3.2', 'SI', 1, 'Malicious code is guarded against'),
  r('SR 3.2 RE1', 'SI', 2, 'Malicious code is checked at entry and exit points'),
  r('SR 3.2 RE2', 'SI', 3, 'Malicious code protection is managed centrally'),
  r('SR 3.3', 'SI', 1, 'Security functions are verified'),
  r('SR 3.3 RE1', 'SI', 3, 'Security functions are verified automatically'),
  r('SR 3.3 RE2', 'SI', 4, 'Security functions are verified during operation'),
  r('SR 3.4', 'SI', 2, 'Software and data integrity is checked'),
  r('SR 3.4 RE1', 'SI', 3, 'Integrity violations are reported automatically'),
  r('SR 3.5', 'SI', 1, 'Inputs are validated'),
  r('SR 3.6', 'SI', 1, 'Outputs go to a known state on failure'),
  r('SR 3.7', 'SI', 2, 'Errors are handled without leaking information'),
  r('SR 3.8', 'SI', 2, 'Sessions are protected'),
  r('SR 3.8 RE1', 'SI', 3, 'Session ids die with the session'),
  r('SR 3.8 RE2', 'SI', 3, 'Session ids are unique'),
  r('SR 3.8 RE3', 'SI', 4, 'Session ids are random'),
  r('SR 3.9', 'SI', 2, 'Event records are protected'),
  r('SR 3.9 RE1', 'SI', 4, 'Event records are written to write-once media'),
  // FR4 — data confidentiality
  r('SR 4.1', 'DC', 1, 'Confidential data is protected'),
  r('SR 4.1 RE1', 'DC', 2, 'Confidential data is protected at rest and over untrusted networks'),
  r('SR 4.1 RE2', 'DC', 4, 'Confidential data is protected across every zone boundary'),
  r('SR 4.2', 'DC', 2, 'Data does not persist after release'),
  r('SR 4.2 RE1', 'DC', 3, 'Shared memory is purged'),
  r('SR 4.3', 'DC', 1, 'Cryptography follows accepted practice'),
  // FR5 — restricted data flow
  r('SR 5.1', 'RDF', 1, 'The control network is segmented'),
  r('SR 5.1 RE1', 'RDF', 2, 'Segmentation is physical'),
  r('SR 5.1 RE2', 'RDF', 3, 'The control network works independently of other networks'),
  r('SR 5.1 RE3', 'RDF', 4, 'Critical networks are isolated logically and physically'),
  r('SR 5.2', 'RDF', 1, 'Zone boundaries are protected'),
  r('SR 5.2 RE1', 'RDF', 2, 'Boundaries deny all traffic except what is explicitly allowed'),
  r('SR 5.2 RE2', 'RDF', 3, 'A zone can be cut off and keep running (island mode)'),
  r('SR 5.2 RE3', 'RDF', 3, 'A failing boundary blocks traffic (fail close)'),
  r('SR 5.3', 'RDF', 1, 'General person-to-person messaging is restricted'),
  r('SR 5.3 RE1', 'RDF', 3, 'General person-to-person messaging is prohibited'),
  r('SR 5.4', 'RDF', 1, 'Applications are partitioned'),
  // FR6 — timely response to events
  r('SR 6.1', 'TRE', 1, 'Event records can be read by those who need them'),
  r('SR 6.1 RE1', 'TRE', 3, 'Event records can be read by programs'),
  r('SR 6.2', 'TRE', 2, 'The system is monitored continuously'),
  // FR7 — resource availability
  r('SR 7.1', 'RA', 1, 'Denial of service is withstood'),
  r('SR 7.1 RE1', 'RA', 2, 'Communication load is managed'),
  r('SR 7.1 RE2', 'RA', 3, 'Denial of service does not spread to other systems'),
  r('SR 7.2', 'RA', 1, 'Resources are managed'),
  r('SR 7.3', 'RA', 1, 'The control system is backed up'),
  r('SR 7.3 RE1', 'RA', 2, 'Backups are verified'),
  r('SR 7.3 RE2', 'RA', 3, 'Backups are automated'),
  r('SR 7.4', 'RA', 1, 'The control system can be recovered'),
  r('SR 7.5', 'RA', 1, 'Emergency power is available'),
  r('SR 7.6', 'RA', 1, 'Network and security settings are documented'),
  r('SR 7.6 RE1', 'RA', 3, 'Current security settings can be read by machines'),
  r('SR 7.7', 'RA', 1, 'Only needed functions are enabled'),
  r('SR 7.8', 'RA', 2, 'Components are inventoried'),
];

const byId = new Map(SYSTEM_REQUIREMENTS.map((req) => [req.id, req]));

/** The table entry; throws for an unknown id (a programming error, caught by the rules' tests). */
export function requirement(id: string): SystemRequirement {
  const req = byId.get(id);
  if (!req) throw new Error(`unknown IEC 62443-3-3 requirement "${id}"`);
  return req;
}

export function isKnownRequirement(id: string): boolean {
  return byId.has(id);
}

/** Whether a target needs the requirement: its level on the requirement's FR reaches `fromSl`. */
export function requiredAt(id: string, target: SlVector | undefined): boolean {
  if (!target) return false;
  const req = requirement(id);
  return (target[FR_INDEX[req.fr]] ?? 0) >= req.fromSl;
}
