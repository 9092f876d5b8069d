import { createHash } from "node:crypto";

/**
 * Draws `count` winners from the entrants with a seeded shuffle: sha256(seed:i) picks each
 * swap of a Fisher–Yates pass over the entrants sorted, so anyone holding the seed and the
 * list draws the same winners again.
 */
export function drawWinners(seed: string, entrants: string[], count: number): string[] {
  const pool = [...entrants].sort();
  const take = Math.min(count, pool.length);
  for (let i = 0; i < take; i++) {
    const j = i + (randomAt(seed, i) % (pool.length - i));
    [pool[i], pool[j]] = [pool[j] as string, pool[i] as string];
  }
  return pool.slice(0, take);
}

function randomAt(seed: string, i: number): number {
  return createHash("sha256").update(`${seed}:${i}`).digest().readUInt32BE(0);
}
