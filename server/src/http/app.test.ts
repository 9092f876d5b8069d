import fs from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Browser, type TestApp, testApp } from "../../test/app.js";
import { formatOpenApi } from "./write-openapi.js";

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});
afterAll(() => t.close());

describe("operations endpoints", () => {
  it("reports health with a database round trip", async () => {
    const response = await t.app.inject({ method: "GET", url: "/healthz" });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: "ok", database: t.database.kind });
  });

  it("exposes Prometheus metrics including request durations by route", async () => {
    await t.app.inject({ method: "GET", url: "/api/hubs" });
    const response = await t.app.inject({ method: "GET", url: "/metrics" });
    expect(response.headers["content-type"]).toContain("text/plain");
    expect(response.body).toMatch(
      /taocun_http_request_duration_seconds_count\{method="GET",route="\/api\/hubs",status="200"\} [1-9]/,
    );
    expect(response.body).toContain("process_cpu_seconds_total");
  });

  it("answers an unknown route with the one error shape, in the caller's language", async () => {
    const zh = await t.app.inject({ method: "GET", url: "/api/nope" });
    expect(zh.statusCode).toBe(404);
    expect(zh.json()).toEqual({
      error: { code: "route_not_found", message: "没有这个接口：GET /api/nope", details: [] },
    });
    const en = await t.app.inject({ method: "GET", url: "/api/nope", headers: { "accept-language": "en" } });
    expect(en.json().error.message).toBe("No such route: GET /api/nope");
  });

  it("answers malformed JSON with 400 in the error shape", async () => {
    const response = await t.app.inject({
      method: "POST",
      url: "/api/auth/login",
      headers: { "content-type": "application/json", origin: "http://localhost:80", host: "localhost:80" },
      payload: "{not json",
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error).toMatchObject({ code: expect.any(String), message: expect.any(String), details: [] });
  });
});

describe("OpenAPI", () => {
  it("documents every API route with its schemas", async () => {
    const document = (await t.app.inject({ method: "GET", url: "/openapi.json" })).json();
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining(["/api/auth/signup", "/api/me", "/api/orgs/{orgId}/tokens", "/healthz"]),
    );
    const signup = document.paths["/api/auth/signup"].post;
    expect(signup.requestBody.content["application/json"].schema.required).toEqual(["email", "password", "name"]);
    expect(signup.responses["409"].content["application/json"].schema.$ref).toBe("#/components/schemas/Error");
    // Every write may be refused as cross-site, and every route may find its parameters bad.
    expect(Object.keys(signup.responses)).toEqual(expect.arrayContaining(["400", "403"]));
    expect(Object.keys(document.paths["/api/hubs/{hubId}"].get.responses)).toContain("400");
  });

  it("serves a browsable reference at /docs", async () => {
    const response = await t.app.inject({ method: "GET", url: "/docs/" });
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain("swagger");
  });

  it("matches the copy the web app's client is generated from (run `npm run gen:api` after changing a route)", async () => {
    const committed = fs.readFileSync(new URL("../../../web/openapi.json", import.meta.url), "utf8");
    expect(committed).toBe(formatOpenApi(t.app));
  });
});

describe("bad input that reaches the database", () => {
  it("answers text with a NUL character with 400, not a server error, and stores nothing", async () => {
    const browser = new Browser(t.app);
    await browser.signUp("nul@example.com");
    const response = await browser.patch("/api/me", { name: "坏\u0000名字" });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe("unstorable_text");
    expect((await browser.get("/api/me")).json().user.name).toBe("测试用户");
  });

  it("answers an empty change with 400", async () => {
    const browser = new Browser(t.app);
    await browser.signUp("empty@example.com");
    expect((await browser.patch("/api/me", {})).statusCode).toBe(400);
  });
});
