import { percentile, round } from "../lib/results.js";
import type { Answer } from "./http.js";
import { drive, listed, roundRobin, type Tap, type Target } from "./load.js";

export type Sustained = {
  acceptedPerSec: number;
  p50Ms: number;
  p99Ms: number;
  /** Requests sent in the measured window, and how they were answered. */
  requests: number;
  accepted: number;
  refused: Record<string, number>;
  failures: number;
  /** Every claim id answered 201 or 200, warm-up included: what the database must hold. */
  acknowledged: Set<string>;
};

export type SellOut = {
  units: number;
  buyers: number;
  acknowledged: Set<string>;
  refused: Record<string, number>;
  failures: number;
  /** From the first request to the answer acknowledging the last unit. */
  secondsToSellOut: number;
  secondsAllAnswered: number;
};

/**
 * Orders per second a deal with more units than the run can sell takes for `seconds`, over
 * `connections` connections, after a warm-up in which each buyer taps once (their sessions
 * are read and remembered then, as when a room fills before the deal opens).
 */
export async function sustained(target: Target, tokens: string[], connections: number, seconds: number) {
  const tally = new Tally();
  const warmUp = tokens.map((token, i) => ({ token, key: `warm-${i}-${target.dealId.slice(0, 8)}` }));
  const warm = await drive(target, { connections, next: listed(warmUp), answered: (_, answer) => tally.claim(answer) });
  const latencies: number[] = [];
  let accepted = 0;
  const start = performance.now();
  const until = start + seconds * 1000;
  const measured = await drive(target, {
    connections,
    until,
    next: roundRobin(tokens, `run-${target.dealId.slice(0, 8)}`),
    answered: (_tap, answer, _sentAt, ms) => {
      tally.claim(answer);
      latencies.push(ms);
      if (answer.status === 201 && performance.now() <= until) accepted++;
    },
  });
  return {
    acceptedPerSec: round(accepted / seconds, 0),
    p50Ms: round(percentile(latencies, 50), 1),
    p99Ms: round(percentile(latencies, 99), 1),
    requests: latencies.length,
    accepted,
    refused: tally.refused,
    failures: warm.failures + measured.failures,
    acknowledged: tally.acknowledged,
  } satisfies Sustained;
}

/** Each buyer taps once, all of them as fast as `connections` connections go, until every tap is answered. */
export async function sellOut(target: Target, tokens: string[], units: number, connections: number) {
  const tally = new Tally();
  const taps: Tap[] = tokens.map((token, i) => ({ token, key: `sell-out-${i}` }));
  const start = performance.now();
  let soldOutAt = Number.NaN;
  const { failures } = await drive(target, {
    connections,
    next: listed(taps),
    answered: (_tap, answer) => {
      tally.claim(answer);
      if (tally.acknowledged.size === units && Number.isNaN(soldOutAt)) soldOutAt = performance.now();
    },
  });
  return {
    units,
    buyers: tokens.length,
    acknowledged: tally.acknowledged,
    refused: tally.refused,
    failures,
    secondsToSellOut: round((soldOutAt - start) / 1000, 2),
    secondsAllAnswered: round((performance.now() - start) / 1000, 2),
  } satisfies SellOut;
}

/** Answers counted: the claims acknowledged (by id) and the refusals by code. */
class Tally {
  readonly acknowledged = new Set<string>();
  readonly refused: Record<string, number> = {};

  claim(answer: Answer): void {
    if (answer.status === 201 || answer.status === 200) {
      this.acknowledged.add((JSON.parse(answer.body) as { claimId: string }).claimId);
      return;
    }
    const code = answer.status >= 400 && answer.status < 500 ? codeOf(answer.body) : "";
    const name = `${answer.status}${code ? ` ${code}` : ""}`;
    this.refused[name] = (this.refused[name] ?? 0) + 1;
  }
}

function codeOf(body: string): string {
  try {
    return (JSON.parse(body) as { error?: { code?: string } }).error?.code ?? "";
  } catch {
    return "";
  }
}
