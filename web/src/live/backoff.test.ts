import { describe, expect, it } from "vitest";
import { reconnectDelay } from "./backoff";

describe("reconnecting", () => {
  it("waits twice as long after each failure, up to 15 s", () => {
    const none = () => 0;
    expect([0, 1, 2, 3, 10].map((attempt) => reconnectDelay(attempt, none))).toEqual([500, 1000, 2000, 4000, 15_000]);
  });

  it("spreads phones out by up to a third", () => {
    expect(reconnectDelay(0, () => 1)).toBe(333);
    expect(reconnectDelay(0, () => 0.5)).toBe(417);
  });
});
