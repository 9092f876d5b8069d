import type { SignedIn } from "../../server/src/modules/live/flash-sale-fixture.js";
import type { Audience } from "./viewers.js";

export type Rates = { commentsPerSec: number; buysPerSec: number; likeMessagesPerSec: number; likesPerMessage: number };

/** What the room's activity did, as the buyers' HTTP answers said. */
export type Activity = {
  commentIds: string[];
  commentsRefused: number;
  commentMs: number[];
  buysAccepted: number;
  unitsBought: number;
  buysRefused: Record<string, number>;
  likesSent: number;
  httpErrors: number;
};

const STEP_MS = 20;
const TEXTS = ["主播好", "这个包有黑色吗", "多少钱", "已拍，什么时候发货", "再上一次链接", "质量怎么样", "能便宜点吗"];

/**
 * A room in full swing for `ms`: signed-in buyers comment and buy over HTTP, viewers tap likes
 * over their sockets, each at a steady rate (sent every 20 ms or so), without waiting for answers
 * to send the next — as a crowd does. Resolves once every request has been answered.
 */
export async function drive(
  origin: string,
  room: { roomId: string; dealId: string },
  buyers: SignedIn[],
  audience: Audience,
  rates: Rates,
  ms: number,
): Promise<Activity> {
  const activity: Activity = {
    commentIds: [],
    commentsRefused: 0,
    commentMs: [],
    buysAccepted: 0,
    unitsBought: 0,
    buysRefused: {},
    likesSent: 0,
    httpErrors: 0,
  };
  const http = new Buyers(origin, buyers, activity);
  const due = { comments: 0, buys: 0, likes: 0 };
  const sent: Promise<void>[] = [];
  const started = Date.now();
  // What is due grows with the time gone by, not the steps taken: a late timer does not slow the crowd.
  for (let last = started, now = started; now - started < ms; now = Date.now()) {
    const seconds = (now - last) / 1000;
    last = now;
    due.comments += rates.commentsPerSec * seconds;
    due.buys += rates.buysPerSec * seconds;
    due.likes += rates.likeMessagesPerSec * seconds;
    for (; due.comments >= 1; due.comments--) sent.push(http.comment(room.roomId));
    for (; due.buys >= 1; due.buys--) sent.push(http.buy(room.dealId));
    for (; due.likes >= 1; due.likes--) activity.likesSent += audience.like(1, rates.likesPerMessage);
    await new Promise((resolve) => setTimeout(resolve, STEP_MS));
  }
  await Promise.all(sent);
  return activity;
}

/** The buyers' HTTP side: each request from the next buyer in turn, with their cookie. */
class Buyers {
  private next = 0;
  private buys = 0;

  constructor(
    private readonly origin: string,
    private readonly buyers: SignedIn[],
    private readonly activity: Activity,
  ) {}

  async comment(roomId: string): Promise<void> {
    const started = performance.now();
    const text = TEXTS[this.next % TEXTS.length] as string;
    const response = await this.post(`/api/live/rooms/${roomId}/comments`, { text });
    if (!response) return;
    this.activity.commentMs.push(performance.now() - started);
    if (response.status === 201)
      this.activity.commentIds.push((response.body as { comment: { id: string } }).comment.id);
    else this.activity.commentsRefused++;
  }

  async buy(dealId: string): Promise<void> {
    this.buys++;
    const key = `bench-buy-${String(this.buys).padStart(6, "0")}`;
    const response = await this.post(`/api/live/deals/${dealId}/buy`, { quantity: 1 }, { "idempotency-key": key });
    if (!response) return;
    if (response.status === 201) {
      this.activity.buysAccepted++;
      this.activity.unitsBought += (response.body as { quantity: number }).quantity;
    } else {
      const code = (response.body as { error?: { code?: string } }).error?.code ?? String(response.status);
      this.activity.buysRefused[code] = (this.activity.buysRefused[code] ?? 0) + 1;
    }
  }

  private async post(path: string, body: unknown, headers: Record<string, string> = {}) {
    const buyer = this.buyers[this.next++ % this.buyers.length] as SignedIn;
    try {
      const response = await fetch(`${this.origin}${path}`, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          origin: this.origin,
          cookie: `taocun_buyer=${buyer.token}`,
          ...headers,
        },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(10_000),
      });
      return { status: response.status, body: (await response.json()) as unknown };
    } catch {
      this.activity.httpErrors++;
      return undefined;
    }
  }
}
