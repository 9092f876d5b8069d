import fs from "node:fs";
import type { FastifyInstance, LightMyRequestResponse } from "fastify";
import { loadConfig } from "../src/config.js";
import type { Database } from "../src/db/connection.js";
import { buildApp } from "../src/http/app.js";
import type { LocalStorage } from "../src/storage/local.js";
import { testDatabase } from "./database.js";
import { tempStorage } from "./storage.js";

export type TestApp = { app: FastifyInstance; database: Database; storage: LocalStorage; close(): Promise<void> };

/** The real HTTP application on a fresh database, driven with inject (no socket). */
export async function testApp(env: Record<string, string> = {}): Promise<TestApp> {
  const database = await testDatabase();
  // Tests sign up many people from one address; the per-address limit has a test of its own.
  const config = loadConfig({ LOG_LEVEL: "silent", DEMO: "none", AUTH_REQUESTS_PER_MINUTE: "10000", ...env });
  const storage = tempStorage();
  const app = await buildApp({ db: database.db, database, config, storage, serveWebApp: false, logger: false });
  await app.ready();
  return {
    app,
    database,
    storage,
    close: async () => {
      await app.close();
      await database.close();
      fs.rmSync(storage.root, { recursive: true, force: true });
    },
  };
}

export const ORIGIN = "http://localhost:80";

type Call = {
  method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  url: string;
  body?: unknown;
  headers?: Record<string, string>;
};

/** A browser-like client: keeps the session cookie and sends our Origin on writes. */
export class Browser {
  cookie: string | undefined;
  constructor(readonly app: FastifyInstance) {}

  async call({ method, url, body, headers = {} }: Call): Promise<LightMyRequestResponse> {
    const response = await this.app.inject({
      method,
      url,
      headers: {
        host: "localhost:80",
        ...(method === "GET" ? {} : { origin: ORIGIN }),
        ...(this.cookie ? { cookie: `taocun_session=${this.cookie}` } : {}),
        ...headers,
      },
      ...(body === undefined ? {} : { payload: body as object }),
    });
    const set = response.cookies.find((c) => c.name === "taocun_session");
    if (set) this.cookie = set.value || undefined;
    return response;
  }

  get = (url: string, headers?: Record<string, string>) =>
    this.call({ method: "GET", url, ...(headers ? { headers } : {}) });
  post = (url: string, body?: unknown, headers?: Record<string, string>) =>
    this.call({ method: "POST", url, body: body ?? {}, ...(headers ? { headers } : {}) });
  patch = (url: string, body: unknown) => this.call({ method: "PATCH", url, body });
  put = (url: string, body: unknown) => this.call({ method: "PUT", url, body });
  delete = (url: string) => this.call({ method: "DELETE", url });

  async signUp(email: string, name = "测试用户", password = "correct-horse-battery"): Promise<{ id: string }> {
    const response = await this.post("/api/auth/signup", { email, password, name });
    if (response.statusCode !== 201) throw new Error(`sign-up failed: ${response.body}`);
    return response.json().user;
  }
}
