import { describe, expect, it } from 'vitest';
import type { AnswerPage } from '../../src/discord/answer-pages.ts';
import { PageSessions } from '../../src/discord/page-sessions.ts';

const pages: AnswerPage[] = [{ embeds: [{ title: 'one' }] }, { embeds: [{ title: 'two' }] }];

/** A clock tests move by hand. */
function manualClock(start = 1_000_000) {
  let now = start;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

describe('PageSessions', () => {
  it('keeps a session for its lifetime, for the user who created it', () => {
    const clock = manualClock();
    const sessions = new PageSessions({ ttlMs: 60_000, now: clock.now });
    const session = sessions.create('user-1', pages, true);
    expect(session).toMatchObject({ userId: 'user-1', pages, ephemeral: true });
    expect(session.expiresAt).toBe(clock.now() + 60_000);
    expect(session.id).toMatch(/^[0-9a-f]{12}$/);
    clock.advance(59_999);
    expect(sessions.get(session.id)).toBe(session);
  });

  it('forgets a session once it expires', () => {
    const clock = manualClock();
    const sessions = new PageSessions({ ttlMs: 60_000, now: clock.now });
    const session = sessions.create('user-1', pages, false);
    clock.advance(60_000);
    expect(sessions.get(session.id)).toBeUndefined();
    expect(sessions.size).toBe(0);
  });

  it('sweeps expired sessions, keeping live ones', () => {
    const clock = manualClock();
    const sessions = new PageSessions({ ttlMs: 1_000, now: clock.now });
    const old = sessions.create('a', pages, false);
    clock.advance(600);
    const recent = sessions.create('b', pages, false);
    clock.advance(600);
    sessions.sweep();
    expect(sessions.size).toBe(1);
    expect(sessions.get(old.id)).toBeUndefined();
    expect(sessions.get(recent.id)).toBe(recent);
  });

  it('drops the oldest sessions past maxSessions', () => {
    const sessions = new PageSessions({ ttlMs: 60_000, maxSessions: 3, now: () => 0 });
    const created = ['a', 'b', 'c', 'd', 'e'].map((user) => sessions.create(user, pages, false));
    expect(sessions.size).toBe(3);
    expect(created.map((session) => sessions.get(session.id)?.userId)).toEqual([
      undefined,
      undefined,
      'c',
      'd',
      'e',
    ]);
  });

  it('gives each session its own id', () => {
    const sessions = new PageSessions({ ttlMs: 60_000 });
    const ids = new Set(Array.from({ length: 500 }, () => sessions.create('u', pages, false).id));
    expect(ids.size).toBe(500);
  });

  it('knows nothing of an id it never issued', () => {
    expect(new PageSessions({ ttlMs: 1 }).get('abcdef123456')).toBeUndefined();
  });
});
