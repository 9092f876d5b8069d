/** One buy as the BUY script takes it: buyer, quantity, answer key, claim JSON, now ms. */
export type BuyArgs = [buyer: string, quantity: number, answerKey: string, claim: string, now: number];
/** The script's answer to one buy: outcome and detail (claim JSON for a repeat, else units left). */
export type BuyReply = [outcome: string, detail: string | number];

type Waiting = { args: BuyArgs; resolve: (reply: BuyReply) => void; reject: (error: Error) => void };

// One script call holds at most this many buys, so Redis is never busy with one call for long
// (the script itself takes no more than MAX_BUYS_PER_CALL).
const MAX_BATCH = 500;

/**
 * The buys of a deal that arrive in the same turn of the event loop go to Redis as one script
 * call. A command per buy cost the server more than the buy itself (the client's objects and
 * garbage, a socket write each) and Redis a call each; the script still takes the buys one by
 * one, in arrival order, each with the checks it would get alone.
 */
export class BuyBatches {
  private waiting = new Map<string, Waiting[]>();
  private scheduled = false;

  constructor(private readonly call: (dealId: string, args: (string | number)[]) => Promise<unknown>) {}

  buy(dealId: string, args: BuyArgs): Promise<BuyReply> {
    return new Promise((resolve, reject) => {
      const buys = this.waiting.get(dealId);
      if (buys) buys.push({ args, resolve, reject });
      else this.waiting.set(dealId, [{ args, resolve, reject }]);
      if (!this.scheduled) {
        this.scheduled = true;
        setImmediate(() => this.send());
      }
    });
  }

  private send(): void {
    const waiting = this.waiting;
    this.waiting = new Map();
    this.scheduled = false;
    for (const [dealId, buys] of waiting)
      for (let first = 0; first < buys.length; first += MAX_BATCH)
        void this.sendBatch(dealId, buys.slice(first, first + MAX_BATCH));
  }

  private async sendBatch(dealId: string, buys: Waiting[]): Promise<void> {
    try {
      // Two values a buy, flat: no array a buy for Redis to build and the client to parse.
      const replies = (await this.call(
        dealId,
        buys.flatMap((buy) => buy.args),
      )) as BuyReply[number][];
      for (const [i, buy] of buys.entries()) buy.resolve([replies[2 * i] as string, replies[2 * i + 1] as string]);
    } catch (error) {
      for (const buy of buys) buy.reject(error as Error);
    }
  }
}
