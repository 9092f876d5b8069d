import net from "node:net";

/** An HTTP answer as the load generator needs it. */
export type Answer = { status: number; body: string };

type Pending = { resolve: (answer: Answer) => void; reject: (error: Error) => void };

const HEADER_END = Buffer.from("\r\n\r\n");

/**
 * One keep-alive HTTP/1.1 connection, one request at a time (no pipelining), written with a
 * few lines over a socket: node's http client costs several times the CPU per request, and
 * on a 2-core machine the load generator's CPU is taken from the server it measures.
 * Answers must carry Content-Length (Fastify's JSON answers do).
 */
export class Connection {
  private socket: net.Socket | undefined;
  private pending: Pending | undefined;
  private buffer: Buffer = Buffer.alloc(0);

  constructor(
    private readonly port: number,
    private readonly host = "127.0.0.1",
  ) {}

  /** Sends a whole request (head and body, already rendered) and resolves with its answer. */
  send(request: string): Promise<Answer> {
    if (this.pending) return Promise.reject(new Error("one request at a time on a connection"));
    const socket = this.socket ?? this.connect();
    return new Promise((resolve, reject) => {
      this.pending = { resolve, reject };
      socket.write(request);
    });
  }

  close(): void {
    this.socket?.destroy();
    this.socket = undefined;
  }

  private connect(): net.Socket {
    const socket = net.connect({ port: this.port, host: this.host, noDelay: true });
    socket.on("data", (chunk: Buffer) => this.received(chunk));
    const fail = (error: Error) => {
      if (this.socket === socket) this.socket = undefined;
      this.buffer = Buffer.alloc(0);
      const pending = this.pending;
      this.pending = undefined;
      pending?.reject(error);
    };
    socket.on("error", fail);
    socket.on("close", () => fail(new Error("connection closed")));
    this.socket = socket;
    return socket;
  }

  private received(chunk: Buffer): void {
    this.buffer = this.buffer.length === 0 ? chunk : Buffer.concat([this.buffer, chunk]);
    try {
      this.answerIfComplete();
    } catch (error) {
      this.socket?.destroy(error as Error);
    }
  }

  private answerIfComplete(): void {
    const headEnd = this.buffer.indexOf(HEADER_END);
    if (headEnd < 0) return;
    const head = this.buffer.toString("latin1", 0, headEnd);
    const length = contentLength(head);
    const bodyStart = headEnd + HEADER_END.length;
    if (this.buffer.length < bodyStart + length) return;
    const answer = {
      status: Number.parseInt(head.slice(9, 12), 10),
      body: this.buffer.toString("utf8", bodyStart, bodyStart + length),
    };
    this.buffer = this.buffer.subarray(bodyStart + length);
    const pending = this.pending;
    this.pending = undefined;
    pending?.resolve(answer);
  }
}

function contentLength(head: string): number {
  const match = /\r\ncontent-length:\s*(\d+)/i.exec(head);
  if (!match) throw new Error(`an answer without Content-Length: ${head.split("\r\n")[0]}`);
  return Number(match[1]);
}

/** Renders POSTs of one JSON body to one path, the per-request headers added to a head made once. */
export function postsTo(origin: string, path: string, body: string): (headers: Record<string, string>) => string {
  const head =
    `POST ${path} HTTP/1.1\r\nHost: ${new URL(origin).host}\r\nOrigin: ${origin}\r\n` +
    `Content-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n`;
  return (headers) => {
    let request = head;
    for (const name in headers) request += `${name}: ${headers[name]}\r\n`;
    return `${request}\r\n${body}`;
  };
}
