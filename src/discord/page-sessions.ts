import { randomBytes } from 'node:crypto';
import type { AnswerPage } from './answer-pages.ts';

/** A paginated reply: its pages and who may turn them, until it expires. */
export interface PageSession {
  id: string;
  userId: string;
  pages: AnswerPage[];
  ephemeral: boolean;
  expiresAt: number;
  /** What was asked, for a "not helpful" press to be kept for /kb gaps. */
  asked?: { command: string; query: string; council: string | null };
}

export interface PageSessionOptions {
  ttlMs: number;
  now?: () => number;
  /** Oldest sessions are dropped past this, so memory stays bounded under load. */
  maxSessions?: number;
}

/** Holds paginated replies in memory for their lifetime; pages are rendered once, up front. */
export class PageSessions {
  private readonly sessions = new Map<string, PageSession>();
  private readonly now: () => number;
  private readonly maxSessions: number;

  constructor(private readonly options: PageSessionOptions) {
    this.now = options.now ?? Date.now;
    this.maxSessions = options.maxSessions ?? 1000;
  }

  /** Stores the pages of a reply for `userId` and returns the session. */
  create(
    userId: string,
    pages: AnswerPage[],
    ephemeral: boolean,
    asked?: PageSession['asked'],
  ): PageSession {
    this.sweep();
    while (this.sessions.size >= this.maxSessions) {
      const oldest = this.sessions.keys().next().value;
      if (oldest === undefined) break;
      this.sessions.delete(oldest);
    }
    const session: PageSession = {
      id: randomBytes(6).toString('hex'),
      userId,
      pages,
      ephemeral,
      expiresAt: this.now() + this.options.ttlMs,
      ...(asked ? { asked } : {}),
    };
    this.sessions.set(session.id, session);
    return session;
  }

  /** The live session with this id; undefined once it has expired. */
  get(id: string): PageSession | undefined {
    const session = this.sessions.get(id);
    if (session && session.expiresAt <= this.now()) {
      this.sessions.delete(id);
      return undefined;
    }
    return session;
  }

  /** Forgets expired sessions. */
  sweep(): void {
    const now = this.now();
    for (const [id, session] of this.sessions) {
      if (session.expiresAt <= now) this.sessions.delete(id);
    }
  }

  get size(): number {
    return this.sessions.size;
  }
}
