import { type Answer, Connection, postsTo } from "./http.js";

/** One tap of "buy": who (the buyer's session token) and the request's Idempotency-Key. */
export type Tap = { token: string; key: string };

/** Where the buys go: a server's origin and port, and the deal. */
export type Target = { origin: string; port: number; dealId: string };

export type Drive = {
  connections: number;
  /** The next tap to send, or undefined when there are no more. */
  next(): Tap | undefined;
  /** Stop sending new taps at this performance.now() time (those under way finish). */
  until?: number;
  /** Each answer, with when its request was sent and how long it took (ms). */
  answered(tap: Tap, answer: Answer, sentAt: number, ms: number): void;
};

/**
 * Buyers tapping "buy" over `connections` keep-alive connections, each sending its next
 * request as soon as the last is answered (a closed loop, like a phone waiting for its answer).
 * Answers how many requests got no answer at all (a broken connection).
 */
export async function drive(target: Target, plan: Drive): Promise<{ failures: number }> {
  let failures = 0;
  const post = postsTo(target.origin, `/api/live/deals/${target.dealId}/buy`, JSON.stringify({ quantity: 1 }));
  const worker = async () => {
    const connection = new Connection(target.port);
    try {
      for (let tap = plan.next(); tap; tap = plan.next()) {
        if (plan.until !== undefined && performance.now() >= plan.until) break;
        const request = post({ Cookie: `taocun_buyer=${tap.token}`, "Idempotency-Key": tap.key });
        const sentAt = performance.now();
        try {
          const answer = await connection.send(request);
          plan.answered(tap, answer, sentAt, performance.now() - sentAt);
        } catch {
          failures++;
        }
      }
    } finally {
      connection.close();
    }
  };
  await Promise.all(Array.from({ length: plan.connections }, worker));
  return { failures };
}

/** Taps through a list once. */
export function listed(taps: Tap[]): () => Tap | undefined {
  let next = 0;
  return () => taps[next++];
}

/** Taps round the buyers for ever, each with a new key. */
export function roundRobin(tokens: string[], run: string): () => Tap {
  let count = 0;
  return () => {
    const token = tokens[count % tokens.length] as string;
    count++;
    return { token, key: `${run}-${count}` };
  };
}
