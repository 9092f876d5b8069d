import { afterAll, beforeAll, expect, it } from "vitest";
import { Browser, type TestApp, testApp } from "../../../test/app.js";

let t: TestApp;
beforeAll(async () => {
  t = await testApp({ AUTH_REQUESTS_PER_MINUTE: "4" });
});
afterAll(() => t.close());

it("limits sign-up and log-in requests per address, whatever e-mail they try", async () => {
  const statuses: number[] = [];
  for (let i = 0; i < 6; i++) {
    const response = await new Browser(t.app).post("/api/auth/login", {
      email: `spray-${i}@example.com`,
      password: "guess",
    });
    statuses.push(response.statusCode);
  }
  expect(statuses).toEqual([401, 401, 401, 401, 429, 429]);
  const limited = await new Browser(t.app).post("/api/auth/login", { email: "x@example.com", password: "guess" });
  expect(limited.json().error.code).toBe("rate_limited");
  // A client cannot claim another address: X-Forwarded-For is not believed without a trusted proxy.
  const spoofed = await new Browser(t.app).call({
    method: "POST",
    url: "/api/auth/login",
    body: { email: "spoof@example.com", password: "guess" },
    headers: { "x-forwarded-for": "203.0.113.7" },
  });
  expect(spoofed.statusCode).toBe(429);
  // Other routes are not limited.
  expect((await t.app.inject({ method: "GET", url: "/api/hubs" })).statusCode).toBe(200);
});
