import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { drawWinners } from "./winners.js";

describe("drawWinners", () => {
  it("draws the same winners again from the same seed, whatever the entrants' order", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.uuid(), { minLength: 1, maxLength: 60 }),
        fc.string(),
        fc.nat(10),
        (people, seed, n) => {
          const winners = drawWinners(seed, people, n + 1);
          expect(drawWinners(seed, [...people].reverse(), n + 1)).toEqual(winners);
          expect(new Set(winners).size).toBe(Math.min(n + 1, people.length));
          for (const winner of winners) expect(people).toContain(winner);
        },
      ),
    );
  });

  it("gives each entrant a fair chance over many seeds", () => {
    const people = ["a", "b", "c", "d"];
    const wins = new Map(people.map((p) => [p, 0]));
    for (let i = 0; i < 4000; i++) {
      const [winner] = drawWinners(`seed-${i}`, people, 1);
      wins.set(winner as string, (wins.get(winner as string) ?? 0) + 1);
    }
    for (const count of wins.values()) expect(count).toBeGreaterThan(850);
  });
});
