import { describe, expect, it } from 'vitest';
import { peerDragOverlay } from './collab-store';
import { colorFor, displayNameError, initials } from './display-name';
import { failureFor } from './failure';
import { readClaims } from './link';
import { peerFrom, peersFrom } from './presence';

describe('presence from awareness states', () => {
  it('reads a well-formed participant', () => {
    const peer = peerFrom(7, {
      user: { name: ' Ana ', color: '#112233' },
      role: 'view',
      cursor: { x: 10, y: 20 },
      selection: ['z1', 3, 'a2'],
      drag: { z1: { x: 1, y: 2, width: 300, height: -1 } },
    });
    expect(peer).toEqual({
      clientId: 7,
      name: 'Ana',
      color: '#112233',
      role: 'view',
      cursor: { x: 10, y: 20 },
      selection: ['z1', 'a2'],
      drag: { z1: { x: 1, y: 2, width: 300 } },
    });
  });

  it('ignores states without a user and replaces hostile fields', () => {
    expect(peerFrom(1, { cursor: { x: 1, y: 1 } })).toBeNull();
    expect(peerFrom(1, null)).toBeNull();
    const peer = peerFrom(2, {
      user: { name: 'x'.repeat(500), color: 'red; background:url(x)' },
      cursor: { x: Number.NaN, y: 1 },
      selection: 'z1',
      drag: { a: 'nope' },
    });
    expect(peer?.name).toHaveLength(40);
    expect(peer?.color).toBe(colorFor(2));
    expect(peer?.cursor).toBeNull();
    expect(peer?.selection).toEqual([]);
    expect(peer?.drag).toEqual({});
  });

  it('lists others by name, never myself', () => {
    const states = new Map<number, unknown>([
      [1, { user: { name: 'Zoe' } }],
      [2, { user: { name: 'Me' } }],
      [3, { user: { name: 'Bob' } }],
    ]);
    expect(peersFrom(states, 2).map((p) => p.name)).toEqual(['Bob', 'Zoe']);
  });

  it('merges the drags of everyone, and is null when nobody drags', () => {
    const a = peerFrom(1, { user: { name: 'A' }, drag: { z1: { x: 1, y: 1 } } })!;
    const b = peerFrom(2, { user: { name: 'B' } })!;
    expect(peerDragOverlay([a, b])).toEqual({ z1: { x: 1, y: 1 } });
    expect(peerDragOverlay([b])).toBeNull();
  });
});

describe('display names', () => {
  it('accepts a plain name and refuses empty or control characters', () => {
    expect(displayNameError('Ana Lima')).toBeNull();
    expect(displayNameError('   ')).toMatch(/Enter a name/);
    expect(displayNameError('a\u0007b')).toMatch(/Control/);
  });

  it('makes initials', () => {
    expect(initials('ana maria lima')).toBe('AL');
    expect(initials('bo')).toBe('BO');
  });
});

describe('link claims', () => {
  const jwt = (payload: object) => `x.${btoa(JSON.stringify(payload)).replace(/=+$/, '')}.sig`;

  it('reads role and expiry without verifying', () => {
    expect(readClaims(jwt({ role: 'view', exp: 100 }))).toEqual({ role: 'view', expiresAt: 100_000 });
    expect(readClaims(jwt({ role: 'edit' }))).toEqual({ role: 'edit', expiresAt: null });
  });

  it('is null for something that is not a JWT', () => {
    expect(readClaims('not-a-token')).toBeNull();
    expect(readClaims('a.%%%.c')).toBeNull();
  });
});

describe('why a link cannot be opened', () => {
  const jwt = (payload: object) => `x.${btoa(JSON.stringify(payload)).replace(/=+$/, '')}.sig`;
  const link = (token: string) => ({ id: 'd1', token });

  it('names an expired link from its claims, whatever the words', () => {
    expect(failureFor(401, 'nope', link(jwt({ role: 'edit', exp: 10 })), 20_000).kind).toBe('expired');
    expect(failureFor(401, 'nope', link(jwt({ role: 'edit', exp: 100 })), 20_000).kind).toBe('invalid');
  });

  it('tells revoked, unknown and forbidden apart and keeps the server words', () => {
    const token = jwt({ role: 'edit' });
    expect(failureFor(401, 'this link was revoked', link(token))).toEqual({
      kind: 'revoked',
      message: 'this link was revoked',
    });
    expect(failureFor(404, 'no such document', link(token)).kind).toBe('unknown-document');
    expect(failureFor(403, 'another document', link(token)).kind).toBe('forbidden');
    expect(failureFor(401, 'bad', link('garbage')).kind).toBe('invalid');
  });
});
