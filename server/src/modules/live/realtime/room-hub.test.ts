import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { LocalBus, type RoomSignal } from "./bus.js";
import { RoomHub, TICK_MS, type Viewer } from "./room-hub.js";

// The hub alone, on the one-server bus and fake timers: what a tick sends, to whom, and what a
// server keeps about rooms it has no viewers in. Two hubs on one bus stand for two servers.

const HUB = "00000000-0000-4000-8000-00000000000a";
const ROOM = "00000000-0000-4000-8000-00000000000b";
const DEAL = "00000000-0000-4000-8000-00000000000c";

type Sent = Record<string, unknown> & { type: string };

function viewer(buyerId?: string): Viewer & { got: Sent[]; updates: () => Sent[] } {
  const got: Sent[] = [];
  return {
    buyerId,
    got,
    send: (json: string | Buffer) => got.push(JSON.parse(json.toString())),
    updates: () => got.filter((message) => message.type === "update"),
  };
}

const comment = (i: number): RoomSignal => ({
  type: "comment",
  roomId: ROOM,
  comment: { id: `c${i}`, buyer: "139****0001", text: `第${i}条`, at: "" },
});

let bus: LocalBus;
const hubs: RoomHub[] = [];
function hub(left: (hubId: string, dealId: string) => Promise<number | undefined> = async () => 5): RoomHub {
  const made = new RoomHub({ bus, left });
  hubs.push(made);
  return made;
}

beforeEach(() => {
  vi.useFakeTimers();
  bus = new LocalBus();
});
afterEach(() => {
  for (const made of hubs.splice(0)) made.close();
  vi.useRealTimers();
});

describe("a room hub", () => {
  it("sends one update a tick however many changes came, with the newest 30 comments", async () => {
    const server = hub();
    const seen = viewer();
    server.join(HUB, ROOM, seen);
    await vi.advanceTimersByTimeAsync(400);
    seen.got.length = 0;

    for (let i = 0; i < 100; i++) server.publish(comment(i));
    server.like(HUB, ROOM, 7);
    server.publish({ type: "pinned", roomId: ROOM, skuId: null });
    server.publish({ type: "stock", roomId: ROOM, dealId: DEAL });
    await vi.advanceTimersByTimeAsync(TICK_MS);
    const [first, ...rest] = seen.updates();
    expect(rest).toEqual([]);
    expect(((first?.comments ?? []) as { id: string }[]).map((c) => c.id)).toEqual(
      Array.from({ length: 30 }, (_, i) => `c${70 + i}`),
    );
    // Likes taken on this server are in this tick's update, and only once (not again from the bus).
    expect(first).toMatchObject({ pinned: null, deals: [{ id: DEAL, left: 5 }], viewers: 1, likesAdded: 7 });
    await vi.advanceTimersByTimeAsync(1000);
    expect(seen.updates()).toHaveLength(1);
  });

  it("dates an update from its first change: a like when it was tapped, a deal's count when it moved", async () => {
    const server = hub();
    const seen = viewer();
    server.join(HUB, ROOM, seen);
    await vi.advanceTimersByTimeAsync(400);
    seen.got.length = 0;
    await vi.advanceTimersByTimeAsync(20);
    const tapped = Date.now();
    server.like(HUB, ROOM);
    await vi.advanceTimersByTimeAsync(TICK_MS);
    expect(seen.updates()[0]).toMatchObject({ since: tapped, likesAdded: 1 });
    server.publish({ type: "stock", roomId: ROOM, dealId: DEAL, since: Date.now() - 90 });
    const moved = Date.now() - 90;
    await vi.advanceTimersByTimeAsync(TICK_MS);
    expect(seen.updates()[1]).toMatchObject({ since: moved, deals: [{ id: DEAL, left: 5 }] });
  });

  it("tells a buyer's own result to that buyer's viewers only, at once", async () => {
    const server = hub();
    const [mine, alsoMine, theirs, anonymous] = [viewer("b1"), viewer("b1"), viewer("b2"), viewer()];
    for (const one of [mine, alsoMine, theirs, anonymous]) server.join(HUB, ROOM, one);
    server.publish({ type: "private", roomId: ROOM, buyerId: "b1", message: { type: "claim", dealId: DEAL } });
    await vi.advanceTimersByTimeAsync(0);
    expect(mine.got).toEqual([expect.objectContaining({ type: "claim", dealId: DEAL })]);
    expect(alsoMine.got).toHaveLength(1);
    expect([...theirs.got, ...anonymous.got]).toEqual([]);
  });

  it("keeps sending updates when the engine fails to count a deal, and counts it again next tick", async () => {
    let failing = true;
    const server = hub(async () => {
      if (failing) throw new Error("Redis is away");
      return 3;
    });
    const seen = viewer();
    server.join(HUB, ROOM, seen);
    server.publish({ type: "stock", roomId: ROOM, dealId: DEAL });
    server.publish(comment(1));
    await vi.advanceTimersByTimeAsync(TICK_MS);
    expect(seen.updates()[0]).toMatchObject({ comments: [{ id: "c1" }], deals: [] });
    failing = false;
    await vi.advanceTimersByTimeAsync(TICK_MS);
    expect(seen.updates()[1]).toMatchObject({ deals: [{ id: DEAL, left: 3 }] });
  });

  it("keeps sending comments when the engine does not answer at all", async () => {
    const server = hub(() => new Promise(() => {}));
    const seen = viewer();
    server.join(HUB, ROOM, seen);
    server.publish({ type: "stock", roomId: ROOM, dealId: DEAL });
    for (let i = 0; i < 30; i++) {
      server.publish(comment(i));
      await vi.advanceTimersByTimeAsync(100);
    }
    const shown = seen.updates().flatMap((update) => update.comments as { id: string }[]);
    expect(shown.length).toBeGreaterThan(20);
    expect(seen.updates().every((update) => (update.deals as unknown[]).length === 0)).toBe(true);
  });

  it("stamps an update with the time it is sent, after the engine answered", async () => {
    const server = hub(() => new Promise((resolve) => setTimeout(() => resolve(2), 60)));
    const seen = viewer();
    server.join(HUB, ROOM, seen);
    server.publish({ type: "stock", roomId: ROOM, dealId: DEAL });
    await vi.advanceTimersByTimeAsync(400);
    const update = seen.updates()[0] as unknown as { at: number; since: number };
    expect(update.at - update.since).toBeGreaterThanOrEqual(TICK_MS + 60);
  });

  it("holds nothing for a room whose viewers are all on other servers, and stops reporting it", async () => {
    const [here, there] = [hub(), hub()];
    const reports: RoomSignal[] = [];
    bus.subscribe((signal) => {
      if (signal.type === "viewers" && signal.node === here.node) reports.push(signal);
    });
    const left = viewer();
    const leave = here.join(HUB, ROOM, left);
    there.join(HUB, ROOM, viewer());
    await vi.advanceTimersByTimeAsync(400);
    leave();
    for (let i = 0; i < 60; i++) {
      here.publish(comment(i));
      await vi.advanceTimersByTimeAsync(100);
    }
    expect(reports.at(-1)).toMatchObject({ count: 0 });
    const reported = reports.length;
    await vi.advanceTimersByTimeAsync(20_000);
    expect(reports).toHaveLength(reported);
    expect(here.viewers(ROOM)).toBe(1);

    // A viewer who comes back is told what is new, not the minutes it missed.
    const back = viewer();
    here.join(HUB, ROOM, back);
    here.publish(comment(99));
    await vi.advanceTimersByTimeAsync(400);
    const comments = back.updates().flatMap((update) => update.comments as { id: string }[]);
    expect(comments.map((c) => c.id)).toEqual(["c99"]);
  });

  it("tells every server of likes taken on one, once each, whether it has viewers of the room or not", async () => {
    const [here, there, elsewhere] = [hub(), hub(), hub()];
    const [near, far] = [viewer(), viewer()];
    here.join(HUB, ROOM, near);
    there.join(HUB, ROOM, far);
    await vi.advanceTimersByTimeAsync(400);
    here.like(HUB, ROOM, 5);
    elsewhere.like(HUB, ROOM, 2);
    await vi.advanceTimersByTimeAsync(1000);
    const likes = (seen: typeof near) => seen.updates().reduce((sum, update) => sum + (update.likesAdded as number), 0);
    expect([likes(near), likes(far)]).toEqual([7, 7]);
  });

  it("sends the crew's console every update but counts only the audience, as they come and go", async () => {
    const [here, there] = [hub(), hub()];
    const audience = viewer();
    const crew = { ...viewer(), crew: true };
    const leaveAudience = here.join(HUB, ROOM, audience);
    const leaveCrew = here.join(HUB, ROOM, crew);
    there.join(HUB, ROOM, viewer());
    here.publish(comment(1));
    await vi.advanceTimersByTimeAsync(400);
    expect(here.viewers(ROOM)).toBe(2);
    expect(crew.updates().flatMap((update) => update.comments)).toEqual([expect.objectContaining({ id: "c1" })]);
    leaveCrew();
    leaveCrew();
    await vi.advanceTimersByTimeAsync(400);
    expect(here.viewers(ROOM)).toBe(2);
    leaveAudience();
    await vi.advanceTimersByTimeAsync(400);
    expect([here.viewers(ROOM), there.viewers(ROOM)]).toEqual([1, 1]);
  });
});
