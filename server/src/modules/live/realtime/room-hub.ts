import { randomUUID } from "node:crypto";
import type { PublicComment, RoomBus, RoomSignal } from "./bus.js";

/** A viewer's connection, as the hub needs it: a way to send, and the buyer behind it if signed in. */
export type Viewer = { send(text: string): void; buyerId: string | undefined };

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

const COMMENTS_PER_UPDATE = 30;
const NODE_STALE_MS = 15_000;
const HEARTBEAT_MS = 5_000;

/**
 * The rooms this server has viewers in. Signals from every server (through the bus) gather
 * per room, and each tick sends one update a room to its viewers here: however fast buyers
 * comment, like and buy, a viewer gets a few messages a second. A buyer's own results go
 * to that buyer's connections only.
 */
export class RoomHub {
  readonly node = randomUUID();
  private readonly rooms = new Map<string, Room>();
  private readonly likes = new Map<string, number>();
  private readonly timer: NodeJS.Timeout;
  private lastHeartbeat = 0;

  constructor(private readonly options: HubOptions) {
    options.bus.subscribe((signal) => this.hear(signal));
    this.timer = setInterval(() => void this.tick(), options.tickMs ?? 200);
    this.timer.unref();
  }

  /** Adds a viewer to a room; answers the function that removes it. */
  join(hubId: string, roomId: string, viewer: Viewer): () => void {
    const room = this.room(roomId, hubId);
    room.viewers.add(viewer);
    return () => {
      room.viewers.delete(viewer);
    };
  }

  publish(signal: RoomSignal): void {
    this.options.bus.publish(signal);
  }

  /** A like from a viewer on this server: counted here, told to every server once a tick. */
  like(roomId: string, count = 1): void {
    this.likes.set(roomId, (this.likes.get(roomId) ?? 0) + count);
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
      room = { hubId, viewers: new Set(), viewersByNode: new Map(), reported: -1, pending: emptyPending() };
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
    const pending = room.pending;
    pending.since ??= Date.now();
    if (signal.type === "comment") pending.comments.push(signal.comment);
    else if (signal.type === "likes") pending.likesAdded += signal.add;
    else if (signal.type === "pinned") pending.pinned = signal.skuId;
    else if (signal.type === "status") pending.status = signal.status;
    else if (signal.type === "stock") pending.deals.add(signal.dealId);
    else if (signal.type === "draw") pending.draws.push(signal.draw);
    else if (signal.type === "viewers") room.viewersByNode.set(signal.node, { count: signal.count, at: Date.now() });
  }

  private tell(room: Room, buyerId: string, message: Record<string, unknown>): void {
    const text = JSON.stringify({ ...message, at: Date.now() });
    for (const viewer of room.viewers) if (viewer.buyerId === buyerId) viewer.send(text);
  }

  private async tick(): Promise<void> {
    const now = Date.now();
    const heartbeat = now - this.lastHeartbeat >= HEARTBEAT_MS;
    if (heartbeat) this.lastHeartbeat = now;
    for (const [roomId, room] of this.rooms) {
      this.report(roomId, room, heartbeat);
      await this.send(roomId, room, now);
      if (room.viewers.size === 0 && room.viewersByNode.size === 0) this.rooms.delete(roomId);
    }
  }

  /** Tells every server this one's viewer count and likes for the room. */
  private report(roomId: string, room: Room, heartbeat: boolean): void {
    const likes = this.likes.get(roomId) ?? 0;
    if (likes > 0) {
      this.likes.delete(roomId);
      this.publish({ type: "likes", roomId, add: likes });
    }
    const count = room.viewers.size;
    if (count !== room.reported || heartbeat) {
      room.reported = count;
      this.publish({ type: "viewers", roomId, node: this.node, count });
    }
    for (const [node, seen] of room.viewersByNode)
      if (Date.now() - seen.at > NODE_STALE_MS) room.viewersByNode.delete(node);
    this.options.record?.(roomId, room.hubId, { likes, viewers: this.viewers(roomId) });
  }

  private async send(roomId: string, room: Room, now: number): Promise<void> {
    const pending = room.pending;
    if (pending.since === undefined || room.viewers.size === 0) return;
    room.pending = emptyPending();
    const deals = await Promise.all(
      [...pending.deals].map(async (id) => ({ id, left: await this.options.left(room.hubId, id) })),
    );
    const update = {
      type: "update",
      roomId,
      at: now,
      since: pending.since,
      viewers: this.viewers(roomId),
      likesAdded: pending.likesAdded,
      comments: pending.comments.slice(-COMMENTS_PER_UPDATE),
      ...(pending.pinned !== undefined ? { pinned: pending.pinned } : {}),
      ...(pending.status ? { status: pending.status } : {}),
      deals: deals.filter((deal) => deal.left !== undefined),
      draws: pending.draws,
    };
    const text = JSON.stringify(update);
    for (const viewer of room.viewers) viewer.send(text);
  }
}

const emptyPending = (): Pending => ({ since: undefined, likesAdded: 0, comments: [], deals: new Set(), draws: [] });
