import { sql } from "drizzle-orm";
import type { Db } from "../../../db/connection.js";

type Seen = { hubId: string; likes: number; peak: number; viewers: Set<string> };

const FLUSH_MS = 2_000;

/**
 * Writes what viewers did to the rooms' rows for the report — likes, peak viewers, who opened
 * the room — a few times a minute in one statement each, not once a viewer.
 */
export class RoomRecorder {
  private seen = new Map<string, Seen>();
  private readonly timer: NodeJS.Timeout;

  constructor(private readonly db: Db) {
    this.timer = setInterval(() => void this.flush().catch(() => {}), FLUSH_MS);
    this.timer.unref();
  }

  saw(hubId: string, roomId: string, counts: { likes: number; viewers: number }): void {
    const room = this.room(hubId, roomId);
    room.likes += counts.likes;
    room.peak = Math.max(room.peak, counts.viewers);
  }

  /** A viewer opened the room (a buyer's id, or an anonymous viewer's own random id). */
  opened(hubId: string, roomId: string, viewer: string): void {
    this.room(hubId, roomId).viewers.add(viewer);
  }

  async flush(): Promise<void> {
    const seen = this.seen;
    this.seen = new Map();
    for (const [roomId, room] of seen) {
      if (room.likes > 0 || room.peak > 0)
        await this.db.execute(
          sql`update live_rooms set likes = likes + ${room.likes}, peak_viewers = greatest(peak_viewers, ${room.peak})
              where hub_id = ${room.hubId} and id = ${roomId}`,
        );
      if (room.viewers.size > 0)
        await this.db.execute(
          sql`insert into live_views (hub_id, room_id, viewer)
              select ${room.hubId}, ${roomId}, jsonb_array_elements_text(${JSON.stringify([...room.viewers])}::jsonb)
              on conflict do nothing`,
        );
    }
  }

  close(): void {
    clearInterval(this.timer);
  }

  private room(hubId: string, roomId: string): Seen {
    let room = this.seen.get(roomId);
    if (!room) {
      room = { hubId, likes: 0, peak: 0, viewers: new Set() };
      this.seen.set(roomId, room);
    }
    return room;
  }
}
