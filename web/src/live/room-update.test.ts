import { describe, expect, it } from "vitest";
import type { LiveRoom } from "./queries";
import { applyUpdate, keepLikes, needsRefetch, type RoomUpdate } from "./room-update";

const deal = {
  id: "d1",
  roomId: "r1",
  skuId: "s1",
  code: "1",
  dealPriceFen: 3900,
  quantity: 5,
  perBuyerLimit: 3,
  startsAt: "2025-06-01T12:00:10Z",
  endsAt: "2025-06-01T12:20:10Z",
  left: 5,
  sold: 0,
};
const room = {
  id: "r1",
  status: "live",
  likes: 10,
  viewers: 2,
  pinnedSkuId: null,
  deals: [deal],
  draws: [],
  comments: [{ id: "c1", buyer: "138****0001", text: "好看", at: "2025-06-01T12:00:00Z" }],
} as unknown as LiveRoom;
const update = (patch: Partial<RoomUpdate>): RoomUpdate => ({
  type: "update",
  roomId: "r1",
  at: 0,
  viewers: 3,
  likesAdded: 0,
  comments: [],
  deals: [],
  draws: [],
  ...patch,
});

describe("a room update", () => {
  it("sets the viewers, adds the likes and the new comments once", () => {
    const next = applyUpdate(
      room,
      update({
        likesAdded: 4,
        comments: [
          room.comments[0] as LiveRoom["comments"][number],
          { id: "c2", buyer: "139****0002", text: "扣1", at: "" },
        ],
      }),
    );
    expect(next.viewers).toBe(3);
    expect(next.likes).toBe(14);
    expect(next.comments.map((comment) => comment.id)).toEqual(["c1", "c2"]);
  });

  it("moves a deal's units left and sold, and the pinned product", () => {
    const next = applyUpdate(room, update({ deals: [{ id: "d1", left: 3 }], pinned: "s1" }));
    expect(next.deals[0]).toMatchObject({ left: 3, sold: 2 });
    expect(next.pinnedSkuId).toBe("s1");
    expect(applyUpdate(next, update({ pinned: null })).pinnedSkuId).toBeNull();
    expect(applyUpdate(next, update({})).pinnedSkuId).toBe("s1");
  });

  it("asks for the room again for a deal or draw it has not seen, or a new status", () => {
    expect(needsRefetch(room, update({ deals: [{ id: "d1", left: 1 }] }))).toBe(false);
    expect(needsRefetch(room, update({ deals: [{ id: "d2", left: 9 }] }))).toBe(true);
    expect(needsRefetch(room, update({ draws: [{ id: "w1", prize: "包", winners: [] }] }))).toBe(true);
    expect(needsRefetch(room, update({ status: "ended" }))).toBe(true);
    expect(needsRefetch(room, update({ status: "live" }))).toBe(false);
  });
});

describe("a room read again", () => {
  it("keeps the likes already counted from the socket", () => {
    expect((keepLikes(room, { ...room, likes: 7, viewers: 9 }) as LiveRoom).likes).toBe(10);
    expect((keepLikes(room, { ...room, likes: 12 }) as LiveRoom).likes).toBe(12);
    expect((keepLikes(undefined, room) as LiveRoom).likes).toBe(10);
  });
});
