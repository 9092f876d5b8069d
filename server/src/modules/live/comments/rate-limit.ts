/**
 * At most `burst` comments per buyer in any `windowMs`: a flood from one phone is refused
 * while everyone else keeps talking. Per server: a buyer behind a load balancer that spreads
 * their requests gets at most that many per server.
 */
export class CommentLimiter {
  private readonly recent = new Map<string, number[]>();

  constructor(
    private readonly burst = 5,
    private readonly windowMs = 10_000,
  ) {}

  /** Counts a comment if allowed; answers the seconds to wait if not. */
  take(buyerId: string, now = Date.now()): number | undefined {
    const times = (this.recent.get(buyerId) ?? []).filter((at) => now - at < this.windowMs);
    if (times.length >= this.burst) {
      this.recent.set(buyerId, times);
      return Math.ceil((this.windowMs - (now - (times[0] as number))) / 1000);
    }
    times.push(now);
    this.recent.set(buyerId, times);
    if (this.recent.size > 100_000) this.forgetQuiet(now);
    return undefined;
  }

  private forgetQuiet(now: number): void {
    for (const [buyerId, times] of this.recent)
      if (times.every((at) => now - at >= this.windowMs)) this.recent.delete(buyerId);
  }
}
