import { describe, expect, it } from "vitest";
import { isStreamUrl, roomInput } from "./room-form";

const form = {
  title: " 清仓专场 ",
  time: "2025-06-01T20:00",
  streamUrl: "https://live.example.com/room.m3u8",
  anchors: ["周老板", " "],
  skuIds: ["s1"],
};

describe("scheduling a room", () => {
  it("sends the title trimmed and the time on the hub's clock", () => {
    expect(roomInput(form, "Asia/Shanghai")).toEqual({
      ok: true,
      input: {
        title: "清仓专场",
        scheduledAt: "2025-06-01T12:00:00.000Z",
        streamUrl: "https://live.example.com/room.m3u8",
        anchors: ["周老板"],
        skuIds: ["s1"],
      },
    });
  });

  it("lets the stream wait, but not the title, the time or the lineup", () => {
    const empty = { title: "", time: "", streamUrl: "", anchors: [], skuIds: [] };
    expect(roomInput(empty, "Asia/Shanghai")).toEqual({
      ok: false,
      errors: { title: true, time: true, skuIds: true },
    });
    const noStream = roomInput({ ...form, streamUrl: "" }, "Asia/Shanghai");
    expect(noStream.ok && noStream.input.streamUrl).toBeNull();
  });

  it("takes http(s) stream links only", () => {
    expect(isStreamUrl("https://live.example.com/abc")).toBe(true);
    expect(isStreamUrl("rtmp://push.example.com/live")).toBe(false);
    expect(isStreamUrl("douyin 123")).toBe(false);
  });
});
