/**
 * Per-user cooldown: a user may run one command per window. Returns the seconds left to wait,
 * or 0 when the command may run (and starts a new window).
 */
export class Cooldown {
  private readonly lastUse = new Map<string, number>();

  constructor(
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Records a use by `userId` unless still cooling down; returns seconds remaining (0 = go). */
  take(userId: string): number {
    if (this.windowMs <= 0) return 0;
    const now = this.now();
    const last = this.lastUse.get(userId);
    if (last !== undefined && now - last < this.windowMs) {
      return Math.ceil((this.windowMs - (now - last)) / 1000);
    }
    this.lastUse.set(userId, now);
    if (this.lastUse.size > 10_000) this.forgetOlderThan(now - this.windowMs);
    return 0;
  }

  private forgetOlderThan(cutoff: number): void {
    for (const [user, at] of this.lastUse) if (at < cutoff) this.lastUse.delete(user);
  }
}
