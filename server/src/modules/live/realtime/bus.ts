import { Redis } from "ioredis";

/**
 * What one server tells the others about a room; each server turns these into its sockets'
 * updates. A signal that gathers changes (likes, stock) says when the first of them happened,
 * so the update's `since` is when the change was made, not when the signal was heard.
 */
export type RoomSignal =
  | { type: "comment"; roomId: string; comment: PublicComment }
  /** Likes taken by server `node` since `since`; that server has shown them to its own viewers already. */
  | { type: "likes"; roomId: string; add: number; node: string; since: number }
  | { type: "pinned"; roomId: string; skuId: string | null }
  | { type: "status"; roomId: string; status: "scheduled" | "live" | "ended" }
  /** A deal was launched or its stock moved (first at `since`): read its count again. */
  | { type: "stock"; roomId: string; dealId: string; since?: number }
  | { type: "draw"; roomId: string; draw: { id: string; prize: string; winners: string[] } }
  | { type: "viewers"; roomId: string; node: string; count: number }
  /** For one buyer's sockets only, wherever they are connected. */
  | { type: "private"; roomId: string; buyerId: string; message: Record<string, unknown> };

export type PublicComment = { id: string; buyer: string; text: string; at: string };

/** Carries room signals to every server, this one included. */
export interface RoomBus {
  publish(signal: RoomSignal): void;
  subscribe(listener: (signal: RoomSignal) => void): void;
  close(): Promise<void>;
}

/** One server: signals go straight to the listeners, after the current turn of the event loop. */
export class LocalBus implements RoomBus {
  private readonly listeners: ((signal: RoomSignal) => void)[] = [];

  publish(signal: RoomSignal): void {
    queueMicrotask(() => {
      for (const listener of this.listeners) listener(signal);
    });
  }

  subscribe(listener: (signal: RoomSignal) => void): void {
    this.listeners.push(listener);
  }

  async close(): Promise<void> {}
}

const CHANNEL = "taocun:live:rooms";

/** Several servers: signals go through Redis pub/sub, so a comment made on one reaches viewers on all. */
export class RedisBus implements RoomBus {
  private readonly publisher: Redis;
  private readonly subscriber: Redis;
  private readonly listeners: ((signal: RoomSignal) => void)[] = [];

  constructor(url: string) {
    this.publisher = new Redis(url, { maxRetriesPerRequest: 2 });
    this.subscriber = new Redis(url, { maxRetriesPerRequest: 2 });
    // Subscribed on every connection, not once: a first attempt while Redis is away fails (and,
    // left unhandled, would end the process), and the server would then never hear the others.
    this.subscriber.on("ready", () => void this.subscriber.subscribe(CHANNEL).catch(() => {}));
    this.subscriber.on("message", (_channel: string, text: string) => this.heard(text));
  }

  publish(signal: RoomSignal): void {
    void this.publisher.publish(CHANNEL, JSON.stringify(signal)).catch(() => {});
  }

  subscribe(listener: (signal: RoomSignal) => void): void {
    this.listeners.push(listener);
  }

  /** A message of the shared channel that is not a signal (another program's, a newer version's) is skipped, not thrown into Redis's client. */
  private heard(text: string): void {
    let signal: RoomSignal;
    try {
      signal = JSON.parse(text) as RoomSignal;
    } catch {
      return;
    }
    if (typeof signal?.roomId !== "string") return;
    for (const listener of this.listeners) listener(signal);
  }

  async close(): Promise<void> {
    this.subscriber.disconnect();
    this.publisher.disconnect();
  }
}
