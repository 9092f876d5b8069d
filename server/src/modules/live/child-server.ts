import { type ChildProcess, spawn } from "node:child_process";
import net from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";

/**
 * A taocun server (or a benchmark's stand-in) in a child process on 127.0.0.1: what the crash
 * test kills with SIGKILL and the flash-sale benchmark loads over real sockets. Shared by both.
 */
export type ServerProcess = {
  origin: string;
  port: number;
  pid: number;
  /** kill -9: the server gets no chance to finish a write or answer a request. */
  crash(): Promise<void>;
  /** SIGTERM, so the server closes cleanly (and writes a --cpu-prof profile); SIGKILL if it hangs. */
  stop(): Promise<void>;
  /** The last of what the server printed, for a failure's message. */
  output(): string;
};

export type ServerOptions = {
  /** Node's arguments after `node`; taocun's `serve` when not given. */
  command?: string[];
  /** Node's own flags before the command (--cpu-prof). */
  nodeFlags?: string[];
  /** How long the server may take to answer /healthz: a loaded 2-core CI machine is slow to start tsx. */
  readyTimeoutMs?: number;
};

export const REPO_ROOT = path.resolve(fileURLToPath(new URL("../../../..", import.meta.url)));
const TAOCUN_SERVE = ["server/bin/taocun.mjs", "serve"];
const OUTPUT_KEPT = 8_000;
const running = new Set<ChildProcess>();

// A test runner or benchmark that dies leaves no server behind.
process.once("exit", () => {
  for (const child of running) child.kill("SIGKILL");
});

/** A port free on 127.0.0.1 just now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

/**
 * Starts the server with these settings (over a small clean environment: PORT, HOST, DEMO=none,
 * LOG_LEVEL=warn) and resolves once /healthz answers 200. A port taken between the probe and
 * the listen is tried again on another.
 */
export async function startServer(env: Record<string, string>, options: ServerOptions = {}): Promise<ServerProcess> {
  for (let attempt = 1; ; attempt++) {
    const port = await freePort();
    try {
      return await startOn(port, env, options);
    } catch (error) {
      if (attempt >= 3 || !String((error as Error).message).includes("EADDRINUSE")) throw error;
    }
  }
}

async function startOn(port: number, env: Record<string, string>, options: ServerOptions): Promise<ServerProcess> {
  const child = spawn(process.execPath, [...(options.nodeFlags ?? []), ...(options.command ?? TAOCUN_SERVE)], {
    cwd: REPO_ROOT,
    env: { ...baseEnv(), PORT: String(port), HOST: "127.0.0.1", DEMO: "none", LOG_LEVEL: "warn", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  running.add(child);
  let output = "";
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-OUTPUT_KEPT);
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  void exited.then(() => running.delete(child));
  const origin = `http://127.0.0.1:${port}`;
  const server: ServerProcess = {
    origin,
    port,
    pid: child.pid ?? -1,
    crash: async () => void (await signal(child, exited, "SIGKILL")),
    stop: async () => {
      const stopped = await signal(child, exited, "SIGTERM", 20_000);
      if (!stopped) await signal(child, exited, "SIGKILL");
    },
    output: () => output,
  };
  try {
    await waitUntilHealthy(origin, exited, options.readyTimeoutMs ?? 90_000);
  } catch (error) {
    await server.crash();
    throw new Error(`${(error as Error).message}; the server printed:\n${output}`);
  }
  return server;
}

/** Sends a signal and waits for the exit; false when the process outlived the wait. */
async function signal(child: ChildProcess, exited: Promise<void>, name: NodeJS.Signals, waitMs = 10_000) {
  if (child.exitCode !== null || child.signalCode !== null) return true;
  child.kill(name);
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), waitMs);
  });
  const result = await Promise.race([exited.then(() => true), timeout]);
  clearTimeout(timer);
  return result;
}

async function waitUntilHealthy(origin: string, exited: Promise<void>, timeoutMs: number): Promise<void> {
  let gone = false;
  void exited.then(() => {
    gone = true;
  });
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (gone) throw new Error("the server exited before it was ready");
    try {
      const response = await fetch(`${origin}/healthz`, { signal: AbortSignal.timeout(5_000) });
      if (response.status === 200) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`the server did not answer /healthz within ${timeoutMs / 1000} s`);
}

/** What node needs from the parent's environment; the rest (a test runner's settings) stays out. */
function baseEnv(): Record<string, string> {
  const names = ["PATH", "HOME", "TMPDIR", "TZ", "LANG"];
  return Object.fromEntries(names.flatMap((name) => (process.env[name] ? [[name, process.env[name]]] : [])));
}
