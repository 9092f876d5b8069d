import { randomBytes } from "node:crypto";
import { afterAll, afterEach, beforeAll } from "vitest";
import WebSocket from "ws";
import { type TestApp, testApp } from "../../../../test/app.js";
import { liveShow } from "../test-room.js";

export type Update = {
  type: "update";
  roomId: string;
  at: number;
  since: number;
  viewers: number;
  likesAdded: number;
  comments: { id: string; buyer: string; text: string; at: string }[];
  pinned?: string | null;
  status?: string;
  deals: { id: string; left: number }[];
  draws: { id: string; prize: string; winners: string[] }[];
};

export type Message = { type: string; [key: string]: unknown };

/** Units of the deal an update says are left, if it names the deal. */
export const leftOf = (update: Update, dealId: string) => update.deals.find((deal) => deal.id === dealId)?.left;

const WAIT_MS = 10_000;

/** The room's WebSocket address on the server at `origin`, as an anonymous viewer with a random id. */
export const socketUrl = (origin: string, roomId: string) =>
  `${origin.replace(/^http/, "ws")}/api/live/rooms/${roomId}/ws?viewer=v${randomBytes(6).toString("hex")}`;

/**
 * A viewer's real WebSocket to a listening server, keeping every message it got in order, so
 * a test waits for a condition on them (with a deadline) instead of sleeping.
 */
export class TestViewer {
  readonly messages: Message[] = [];
  closed: { code: number } | undefined;
  private readonly waiters = new Set<() => void>();

  private constructor(readonly socket: WebSocket) {
    socket.on("message", (data: Buffer) => {
      this.messages.push(JSON.parse(data.toString("utf8")) as Message);
      this.wake();
    });
    socket.on("close", (code: number) => {
      this.closed = { code };
      this.wake();
    });
  }

  /**
   * Opens a viewer of the room at `origin` (http://127.0.0.1:port), as a buyer when a token is
   * given, or as a logged-in web user when `session` is (the anchor's console).
   */
  static async open(origin: string, roomId: string, token?: string, session?: string): Promise<TestViewer> {
    const cookies = [token && `taocun_buyer=${token}`, session && `taocun_session=${session}`].filter(Boolean);
    const socket = new WebSocket(
      socketUrl(origin, roomId),
      cookies.length > 0 ? { headers: { cookie: cookies.join("; ") } } : {},
    );
    const viewer = new TestViewer(socket);
    await viewer.until((messages) => messages.some((m) => m.type === "hello"), "hello");
    return viewer;
  }

  get updates(): Update[] {
    return this.messages.filter((m): m is Update => m.type === "update");
  }

  send(message: unknown): void {
    this.socket.send(typeof message === "string" ? message : JSON.stringify(message));
  }

  /** Waits until `condition` holds over the messages so far; fails naming `what` after the deadline. */
  until<T>(condition: (messages: Message[]) => T | undefined | false, what: string, ms = WAIT_MS): Promise<T> {
    return new Promise((resolve, reject) => {
      const check = () => {
        const found = condition(this.messages);
        if (found) return finish(() => resolve(found));
        if (this.closed) finish(() => reject(new Error(`socket closed (${this.closed?.code}) waiting for ${what}`)));
      };
      const timer = setTimeout(
        () => finish(() => reject(new Error(`no ${what} within ${ms} ms; got ${this.summary()}`))),
        ms,
      );
      const finish = (settle: () => void) => {
        clearTimeout(timer);
        this.waiters.delete(check);
        settle();
      };
      this.waiters.add(check);
      check();
    });
  }

  /** Waits for an update that satisfies `test`, and answers it. */
  update(test: (update: Update) => boolean, what: string, ms = WAIT_MS): Promise<Update> {
    return this.until(() => this.updates.find(test), what, ms);
  }

  /** Every comment text this viewer was shown, in order. */
  commentTexts(): string[] {
    return this.updates.flatMap((update) => update.comments.map((comment) => comment.text));
  }

  close(): void {
    this.socket.close();
  }

  private wake(): void {
    for (const waiter of [...this.waiters]) waiter();
  }

  private summary(): string {
    return JSON.stringify(this.messages.slice(-5)).slice(0, 1500);
  }
}

/** The real application on a fresh database, listening on a free port of 127.0.0.1. */
export async function listeningApp(env: Record<string, string> = {}): Promise<TestApp & { origin: string }> {
  const t = await testApp(env);
  const origin = await t.app.listen({ port: 0, host: "127.0.0.1" });
  return { ...t, origin };
}

/**
 * What a WebSocket test file shares: a listening app opened before its tests and closed after
 * them (`t`), viewers closed after the test that opened them, and a factory's room on air.
 */
export function socketTests() {
  let app: (TestApp & { origin: string }) | undefined;
  const opened: TestViewer[] = [];
  beforeAll(async () => {
    app = await listeningApp();
  });
  afterEach(() => {
    for (const viewer of opened.splice(0)) viewer.close();
  });
  afterAll(() => app?.close());
  const tests = {
    get t() {
      if (!app) throw new Error("the app is not listening yet");
      return app;
    },
    /** A viewer of the room, as a buyer (`token`) or a logged-in web user (`session`) when given. */
    async watch(roomId: string, token?: string, session?: string): Promise<TestViewer> {
      const viewer = await TestViewer.open(tests.t.origin, roomId, token, session);
      opened.push(viewer);
      return viewer;
    },
    /** A factory's room with its clearance bag, on air. */
    liveShow: () => liveShow(tests.t),
  };
  return tests;
}

/** Polls `read` until it answers something truthy; fails naming `what` after the deadline. */
export async function eventually<T>(
  read: () => Promise<T | undefined | false>,
  what: string,
  ms = WAIT_MS,
): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await read();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`no ${what} within ${ms} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
