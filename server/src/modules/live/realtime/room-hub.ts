import { randomUUID } from "node:crypto";
import type { PublicComment, RoomBus, RoomSignal } from "./bus.js";

/**
 * A viewer's connection, as the hub needs it: a way to send a JSON text (a string, or its UTF-8
 * bytes when the same update goes to thousands), the buyer behind it if signed in, and whether
 * it is the seller's own crew (the anchor's console): told everything, counted as no viewer.
 */
export type Viewer = { send(json: string | Buffer): void; buyerId: string | undefined; crew?: boolean };

/** What changed in a room since the last update; sent to its viewers at most every tick. */
type Pending = {
  since: number | undefined;
  likesAdded: number;
  comments: PublicComment[];
  pinned?: string | null;
  status?: string;
  deals: Set<string>;
  draws: { id: string; prize: string; winners: string[] }[];
};

type Room = {
  hubId: string;
  viewers: Set<Viewer>;
  /** The viewers here who are the show's audience (not its crew): what this server reports. */
  audience: number;
  viewersByNode: Map<string, { count: number; at: number }>;
  reported: number;
  pending: Pending;
};

export type HubOptions = {
  bus: RoomBus;
  /** Units of a deal left, from the inventory engine. */
  left: (hubId: string, dealId: string) => Promise<number | undefined>;
  /** Called each tick with what this server saw, for the database (likes, viewers). */
  record?: (roomId: string, hubId: string, seen: { likes: number; viewers: number }) => void;
  tickMs?: number;
};

/**
 * How often a room's viewers hear what changed: 6–7 updates a second. At 200 ms the oldest
 * change in an update waited up to 200 ms before the fan-out to 5,000 viewers even began, and
 * the p99 lag came to 277–300 ms; at 150 ms it is 220–245 ms (bench/live-fanout, decision 8).
 */
export const TICK_MS = 150;
const COMMENTS_PER_UPDATE = 30;
const NODE_STALE_MS = 15_000;
const HEARTBEAT_MS = 5_000;
/**
 * How long a tick waits for a deal's count (Redis answers in a millisecond): ticks do not
 * overlap, so a stuck engine must not hold the room's comments for more than this.
 */
const COUNT_WAIT_MS = 100;

/**
 * The rooms this server has viewers in. Signals from every server (through the bus) gather
 * per room, and each tick sends one update a room to its viewers here: however fast buyers
 * comment, like and buy, a viewer gets a few messages a second. A buyer's own results go
 * to that buyer's connections only.
 */
export class RoomHub {
  readonly node = randomUUID();
  private readonly rooms = new Map<string, Room>();
  /** Likes taken here since the last tick, per room, and when the first of them came. */
  private readonly likes = new Map<string, { hubId: string; add: number; since: number }>();
  private readonly timer: NodeJS.Timeout;
  private lastHeartbeat = 0;
  private ticking = false;

  constructor(private readonly options: HubOptions) {
    options.bus.subscribe((signal) => this.hear(signal));
    this.timer = setInterval(() => void this.tick(), options.tickMs ?? TICK_MS);
    this.timer.unref();
  }

  /** Adds a viewer to a room; answers the function that removes it. */
  join(hubId: string, roomId: string, viewer: Viewer): () => void {
    const room = this.room(roomId, hubId);
    room.viewers.add(viewer);
    if (!viewer.crew) room.audience++;
    return () => {
      if (room.viewers.delete(viewer) && !viewer.crew) room.audience--;
    };
  }

  publish(signal: RoomSignal): void {
    this.options.bus.publish(signal);
  }

  /** A like from a viewer on this server: counted here, told to every server once a tick. */
  like(hubId: string, roomId: string, count = 1): void {
    const taken = this.likes.get(roomId);
    if (taken) taken.add += count;
    else this.likes.set(roomId, { hubId, add: count, since: Date.now() });
  }

  /** Viewers of a room across every server, as last reported. */
  viewers(roomId: string): number {
    const room = this.rooms.get(roomId);
    if (!room) return 0;
    let total = 0;
    for (const { count } of room.viewersByNode.values()) total += count;
    return total;
  }

  close(): void {
    clearInterval(this.timer);
  }

  private room(roomId: string, hubId: string): Room {
    let room = this.rooms.get(roomId);
    if (!room) {
      room = { hubId, viewers: new Set(), audience: 0, viewersByNode: new Map(), reported: 0, pending: emptyPending() };
      this.rooms.set(roomId, room);
    }
    return room;
  }

  private hear(signal: RoomSignal): void {
    const room = this.rooms.get(signal.roomId);
    if (!room) return;
    if (signal.type === "private") {
      this.tell(room, signal.buyerId, signal.message);
      return;
    }
    // This server's own likes are in its viewers' updates already (see report).
    if (signal.type === "likes" && signal.node === this.node) return;
    const pending = room.pending;
    changed(pending, "since" in signal ? signal.since : undefined);
    if (signal.type === "comment") pending.comments.push(signal.comment);
    else if (signal.type === "likes") pending.likesAdded += signal.add;
    else if (signal.type === "pinned") pending.pinned = signal.skuId;
    else if (signal.type === "status") pending.status = signal.status;
    else if (signal.type === "stock") pending.deals.add(signal.dealId);
    else if (signal.type === "draw") pending.draws.push(signal.draw);
    else if (signal.type === "viewers") this.counted(room, signal.node, signal.count);
  }

  /** A server's viewers of the room; a server with none is no longer listed (so an unwatched room is forgotten). */
  private counted(room: Room, node: string, count: number): void {
    if (count > 0) room.viewersByNode.set(node, { count, at: Date.now() });
    else room.viewersByNode.delete(node);
  }

  private tell(room: Room, buyerId: string, message: Record<string, unknown>): void {
    const text = JSON.stringify({ ...message, at: Date.now() });
    for (const viewer of room.viewers) if (viewer.buyerId === buyerId) viewer.send(text);
  }

  private async tick(): Promise<void> {
    // A tick waits on the engine's counts; the next one does not start beside a slow one.
    if (this.ticking) return;
    this.ticking = true;
    try {
      const now = Date.now();
      const heartbeat = now - this.lastHeartbeat >= HEARTBEAT_MS;
      if (heartbeat) this.lastHeartbeat = now;
      this.reportUnwatchedLikes();
      await Promise.all([...this.rooms].map(([roomId, room]) => this.tickRoom(roomId, room, heartbeat)));
    } finally {
      this.ticking = false;
    }
  }

  private async tickRoom(roomId: string, room: Room, heartbeat: boolean): Promise<void> {
    this.report(roomId, room, heartbeat);
    await this.send(roomId, room);
    if (room.viewers.size === 0 && room.viewersByNode.size === 0) this.rooms.delete(roomId);
  }

  /** Likes taken here (by HTTP) for a room no one watches here still reach its viewers on other servers. */
  private reportUnwatchedLikes(): void {
    for (const [roomId, { hubId, add, since }] of this.likes)
      if (!this.rooms.has(roomId)) {
        this.likes.delete(roomId);
        this.publish({ type: "likes", roomId, add, node: this.node, since });
        this.options.record?.(roomId, hubId, { likes: add, viewers: 0 });
      }
  }

  /**
   * Tells every server this one's viewer count and likes for the room: the count when it moves,
   * and every few seconds while it has viewers, so a server that died is dropped by the others.
   * The likes go into this tick's update here at once, not a tick later through the bus.
   */
  private report(roomId: string, room: Room, heartbeat: boolean): void {
    const taken = this.likes.get(roomId);
    const likes = taken?.add ?? 0;
    if (taken) {
      this.likes.delete(roomId);
      room.pending.likesAdded += taken.add;
      changed(room.pending, taken.since);
      this.publish({ type: "likes", roomId, add: taken.add, node: this.node, since: taken.since });
    }
    const count = room.audience;
    if (count !== room.reported || (heartbeat && count > 0)) {
      room.reported = count;
      this.publish({ type: "viewers", roomId, node: this.node, count });
    }
    for (const [node, seen] of room.viewersByNode)
      if (Date.now() - seen.at > NODE_STALE_MS) room.viewersByNode.delete(node);
    this.options.record?.(roomId, room.hubId, { likes, viewers: this.viewers(roomId) });
  }

  private async send(roomId: string, room: Room): Promise<void> {
    const pending = room.pending;
    if (pending.since === undefined) return;
    room.pending = emptyPending();
    // No one here to tell: what changed is dropped, not kept for whoever comes later (a new
    // viewer reads the room itself, then hears what is new).
    if (room.viewers.size === 0) return;
    const deals = await this.counts(room, pending);
    const update = {
      type: "update",
      roomId,
      at: Date.now(),
      since: pending.since,
      viewers: this.viewers(roomId),
      likesAdded: pending.likesAdded,
      comments: pending.comments.slice(-COMMENTS_PER_UPDATE),
      ...(pending.pinned !== undefined ? { pinned: pending.pinned } : {}),
      ...(pending.status ? { status: pending.status } : {}),
      deals,
      draws: pending.draws,
    };
    // Encoded once for the whole room, not once a viewer by the socket.
    const bytes = Buffer.from(JSON.stringify(update));
    for (const viewer of room.viewers) viewer.send(bytes);
  }

  /**
   * Units left of the deals that moved. A count the engine fails to give in time (Redis away or
   * stuck) is asked again next tick rather than lost or allowed to stop the room's updates.
   */
  private async counts(room: Room, pending: Pending): Promise<{ id: string; left: number }[]> {
    const counted = await Promise.all(
      [...pending.deals].map(async (id) => {
        try {
          return { id, left: await within(this.options.left(room.hubId, id), COUNT_WAIT_MS) };
        } catch {
          room.pending.deals.add(id);
          room.pending.since = Math.min(room.pending.since ?? Number.POSITIVE_INFINITY, pending.since ?? Date.now());
          return { id, left: undefined };
        }
      }),
    );
    return counted.filter((deal): deal is { id: string; left: number } => deal.left !== undefined);
  }
}

/** Marks the batch as changed, its `since` the earliest change in it (now when the signal does not say). */
function changed(pending: Pending, at: number | undefined): void {
  const first = Math.min(at ?? Date.now(), Date.now());
  pending.since = Math.min(pending.since ?? first, first);
}

const emptyPending = (): Pending => ({ since: undefined, likesAdded: 0, comments: [], deals: new Set(), draws: [] });

/** The promise's value, or a rejection once `ms` have passed (the promise is left to settle unheard). */
function within<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}
