import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import WebSocket from "ws";
import { signedInBuyer } from "../test-room.js";
import { eventually, socketTests, socketUrl } from "./test-viewer.js";

// What viewers send and say: likes, pings, garbage, comments that must be masked or refused,
// and sockets that come and go while the server is still setting them up.

const s = socketTests();
const { watch, liveShow } = s;

/**
 * Locks the rooms table until the answered function is called: a socket's set-up then waits
 * on its room look-up, as it would behind a slow database.
 */
async function roomsLocked(): Promise<() => Promise<void>> {
  let release = () => {};
  let done: Promise<void> = Promise.resolve();
  await new Promise<void>((locked) => {
    done = s.t.database.db.transaction(async (tx) => {
      await tx.execute(sql`lock table live_rooms in access exclusive mode`);
      locked();
      await new Promise<void>((resolve) => {
        release = resolve;
      });
    });
  });
  return async () => {
    release();
    await done;
  };
}

/** Connections the server holds, upgraded sockets included. */
const connections = () =>
  new Promise<number>((resolve) => s.t.app.server.getConnections((_error, count) => resolve(count)));

describe("what a viewer sends", () => {
  it("ignores a message that is not valid JSON and keeps the connection open", async () => {
    const viewer = await watch((await liveShow()).roomId);
    for (const garbage of ["{not json", "", "null", "42", '"ping"', JSON.stringify({ type: "nonsense" })])
      viewer.send(garbage);
    viewer.socket.send(Buffer.from([0xff, 0xfe, 0x00]));
    viewer.send({ type: "ping" });
    await viewer.until((messages) => messages.some((m) => m.type === "pong"), "a pong");
    expect(viewer.closed).toBeUndefined();
    expect(viewer.socket.readyState).toBe(WebSocket.OPEN);
  });

  it("adds likes sent over the socket, at most 50 a message, to the updates and the room's counter", async () => {
    const roomId = (await liveShow()).roomId;
    const viewer = await watch(roomId);
    const other = await watch(roomId);
    for (const like of [
      { type: "like", count: 3 },
      { type: "like", count: 1000 },
      { type: "like" },
      { type: "like", count: -5 },
    ])
      viewer.send(like);
    const sum = () => other.updates.reduce((total, update) => total + update.likesAdded, 0);
    await other.until(() => sum() >= 55, "55 likes");
    expect(sum()).toBe(55);
    const likes = await eventually(async () => {
      const room = (await s.t.app.inject({ url: `/api/live/rooms/${roomId}` })).json();
      return room.likes > 0 && (room.likes as number);
    }, "the likes recorded");
    expect(likes).toBe(55);
  });

  it("answers a ping sent before the server finished setting the socket up", async () => {
    const roomId = (await liveShow()).roomId;
    const unlock = await roomsLocked();
    const socket = new WebSocket(socketUrl(s.t.origin, roomId));
    const heard: string[] = [];
    socket.on("message", (data: Buffer) => heard.push(JSON.parse(data.toString()).type));
    socket.on("open", () => {
      socket.send(JSON.stringify({ type: "ping" }));
      // The protocol's own ping is answered by the WebSocket layer even mid set-up: its pong
      // proves the server has read the message sent before it.
      socket.ping();
    });
    await new Promise((resolve) => socket.once("pong", resolve));
    await unlock();
    await eventually(async () => heard.includes("pong"), "a pong");
    expect(heard[0]).toBe("hello");
    socket.close();
  });

  it("does not count a socket that closed before the server finished setting it up", async () => {
    const roomId = (await liveShow()).roomId;
    const unlock = await roomsLocked();
    const sockets = Array.from({ length: 5 }, () => new WebSocket(socketUrl(s.t.origin, roomId)));
    await Promise.all(sockets.map((socket) => new Promise((resolve) => socket.once("open", resolve))));
    for (const socket of sockets) socket.terminate();
    await eventually(async () => (await connections()) === 0, "the server seeing the sockets closed");
    await unlock();
    const viewer = await watch(roomId);
    viewer.send({ type: "like" });
    expect((await viewer.update((u) => u.likesAdded > 0, "the like")).viewers).toBe(1);
  });
});

describe("comments", () => {
  it("masks prohibited words", async () => {
    const roomId = (await liveShow()).roomId;
    const viewer = await watch(roomId);
    const buyer = await signedInBuyer(s.t, roomId);
    const posted = await buyer.browser.post(`/api/live/rooms/${roomId}/comments`, { text: "加微信 VX123 私聊便宜" });
    expect(posted.statusCode).toBe(201);
    expect(posted.json().comment.text).toBe("＊＊＊ ＊＊123 ＊＊便宜");
    await viewer.update((u) => u.comments.some((c) => c.text === "＊＊＊ ＊＊123 ＊＊便宜"), "the masked comment");
    expect(viewer.commentTexts().join()).not.toMatch(/微信|vx|私聊/i);
  });

  it("refuses a flood from one buyer with 429 and does not show the refused comment", async () => {
    const roomId = (await liveShow()).roomId;
    const viewer = await watch(roomId);
    const [flooder, other] = [await signedInBuyer(s.t, roomId), await signedInBuyer(s.t, roomId)];
    const comment = (buyer: typeof other, text: string) =>
      buyer.browser.post(`/api/live/rooms/${roomId}/comments`, { text });
    for (let i = 1; i <= 5; i++) expect((await comment(flooder, `刷屏${i}`)).statusCode).toBe(201);
    const refused = await comment(flooder, "刷屏6");
    expect(refused.statusCode).toBe(429);
    expect(refused.json().error.code).toBe("live_comment_too_fast");
    expect((await comment(other, "别人还能说话")).statusCode).toBe(201);
    await viewer.update((u) => u.comments.some((c) => c.text === "别人还能说话"), "the other buyer's comment");
    expect(viewer.commentTexts().filter((text) => text.startsWith("刷屏"))).toEqual(
      [1, 2, 3, 4, 5].map((i) => `刷屏${i}`),
    );
  });
});
