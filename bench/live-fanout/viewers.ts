import WebSocket from "ws";

/**
 * What a sampled viewer checks in full: every comment, like and count it was told, and how many
 * updates were full (an update carries the newest 30 comments of its tick; older ones are not shown).
 */
export type Sampled = {
  comments: Set<string>;
  likes: number;
  left: Map<string, number>;
  updates: number;
  full: number;
};

/** The measuring window: updates whose first change (`since`) falls in it are counted and timed. */
export type Window = { from: number; to: number };

// An update starts {"type":"update","roomId":"…","at":…,"since":…: the two times are read from
// the first bytes, so 25,000 messages a second cost the client little more than receiving them.
const HEAD = /^\{"type":"update","roomId":"[^"]+","at":(\d+),"since":(\d+),/;
const HEAD_BYTES = 110;
const COMMENTS_PER_UPDATE = 30;

/**
 * Thousands of viewers of one room over real WebSockets from this process: each update's lag
 * at the moment it is received, behind `since` (the first change it carries) and `at` (when
 * the server sent it); a few sampled viewers also read every update in full.
 */
export class Audience {
  readonly sockets: WebSocket[] = [];
  readonly sinceLags: number[] = [];
  readonly sendLags: number[] = [];
  /** `at` − `since`: how long each update's first change waited for its tick. */
  readonly batchAges: number[] = [];
  readonly sampled: Sampled[] = [];
  /** Per update sent (by its `at`): when the first and the last viewer received it. */
  readonly spreads = new Map<number, { first: number; last: number; viewers: number }>();
  /** Updates counted in the window, across all viewers. */
  delivered = 0;
  /** Sockets that closed or failed while the benchmark still held them. */
  dropped = 0;
  /** Sockets that never opened. */
  failed = 0;
  private window: Window = { from: Number.POSITIVE_INFINITY, to: Number.POSITIVE_INFINITY };
  private closing = false;

  constructor(
    private readonly url: string,
    private readonly sampleEvery: number,
  ) {}

  /** Opens `count` viewers, `batch` at a time, each counted once the server's hello arrives. */
  async open(count: number, batch: number, progress: (open: number) => void): Promise<void> {
    for (let start = 0; start < count; start += batch) {
      const size = Math.min(batch, count - start);
      await Promise.all(Array.from({ length: size }, (_, i) => this.openOne(start + i)));
      progress(this.sockets.length);
    }
  }

  measure(window: Window): void {
    this.window = window;
  }

  /** Some viewers tap likes; answers how many likes were sent. */
  like(viewers: number, count: number): number {
    for (let i = 0; i < viewers; i++) {
      const socket = this.sockets[Math.floor(Math.random() * this.sockets.length)];
      socket?.send(`{"type":"like","count":${count}}`);
    }
    return viewers * count;
  }

  close(): void {
    this.closing = true;
    for (const socket of this.sockets) socket.terminate();
  }

  private openOne(index: number): Promise<void> {
    const socket = new WebSocket(`${this.url}?viewer=bench-viewer-${index}`, {
      perMessageDeflate: false,
      skipUTF8Validation: true,
    });
    const sample = index % this.sampleEvery === 0 ? this.newSample() : undefined;
    return new Promise((resolve) => {
      let opened = false;
      socket.once("message", () => {
        opened = true;
        this.sockets.push(socket);
        socket.on("message", (data: Buffer) => this.heard(data, sample));
        resolve();
      });
      socket.on("error", () => {});
      socket.on("close", () => {
        if (!opened) {
          this.failed++;
          resolve();
        } else if (!this.closing) this.dropped++;
      });
    });
  }

  private heard(data: Buffer, sample: Sampled | undefined): void {
    const received = Date.now();
    const head = HEAD.exec(data.toString("latin1", 0, HEAD_BYTES));
    if (!head) return;
    const since = Number(head[2]);
    if (since < this.window.from) return;
    // Sampled viewers read to the end (the last likes and counts come after the window).
    if (sample) read(sample, data);
    if (since >= this.window.to) return;
    this.delivered++;
    const at = Number(head[1]);
    this.sinceLags.push(received - since);
    this.sendLags.push(received - at);
    this.batchAges.push(at - since);
    const spread = this.spreads.get(at);
    if (spread) {
      spread.last = received;
      spread.viewers++;
    } else this.spreads.set(at, { first: received, last: received, viewers: 1 });
  }

  private newSample(): Sampled {
    const sample = { comments: new Set<string>(), likes: 0, left: new Map<string, number>(), updates: 0, full: 0 };
    this.sampled.push(sample);
    return sample;
  }
}

function read(sample: Sampled, data: Buffer): void {
  const update = JSON.parse(data.toString("utf8")) as {
    likesAdded: number;
    comments: { id: string }[];
    deals: { id: string; left: number }[];
  };
  sample.updates++;
  if (update.comments.length >= COMMENTS_PER_UPDATE) sample.full++;
  sample.likes += update.likesAdded;
  for (const comment of update.comments) sample.comments.add(comment.id);
  for (const deal of update.deals) sample.left.set(deal.id, deal.left);
}
