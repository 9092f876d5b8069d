import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Browser, type TestApp, testApp } from "../../../test/app.js";
import { catalogCases, importCases, pictureCases, sampleProduct } from "../catalog/isolation-cases.js";
import { liveCases } from "../live/isolation-cases.js";
import { ordersCases } from "../orders/isolation-cases.js";
import { shippingCases } from "../shipping/isolation-cases.js";
import { sourcingCases } from "../sourcing/isolation-cases.js";
import { accountsCases, type IsolationCase, type Victim } from "./isolation-cases.js";
import { makeHub } from "./test-fixtures.js";

/**
 * Every route that names an organisation must answer 404 to anyone outside it — a member
 * of another organisation, in the same hub or another, by cookie or by token — exactly as
 * for an organisation that does not exist. The routes are read from the OpenAPI document,
 * so a new route without an entry below fails this test until someone checks it.
 */
const validRequests: Record<string, IsolationCase> = {
  ...accountsCases,
  ...catalogCases,
  ...pictureCases,
  ...importCases,
  ...sourcingCases,
  ...ordersCases,
  ...shippingCases,
  ...liveCases,
};

let t: TestApp;
let victim: Victim;
let placeholders: Record<string, string>;
let sameHubOutsider: Browser;
let otherHubOutsider: Browser;
let outsiderToken: string;

beforeAll(async () => {
  t = await testApp();
  const hub = await makeHub(t.database.db);
  const otherHub = await makeHub(t.database.db);
  const browser = new Browser(t.app);
  const user = await browser.signUp("victim@example.com");
  const orgId = (await browser.post("/api/orgs", { hubId: hub.id, kind: "supplier", name: "受害工厂" })).json().id;
  const invitationId = (await browser.post(`/api/orgs/${orgId}/invitations`, {})).json().id;
  const tokenId = (await browser.post(`/api/orgs/${orgId}/tokens`, { name: "工厂令牌" })).json().id;
  const product = (
    await browser.post(`/api/orgs/${orgId}/products`, { ...sampleProduct("VICTIM-1"), status: "active" })
  ).json();
  victim = {
    app: t.app,
    db: t.database.db,
    hubId: hub.id,
    browser,
    orgId,
    userId: user.id,
    productId: product.id,
    skuId: product.skus[0].id,
  };
  placeholders = { userId: user.id, invitationId, tokenId, productId: product.id, skuId: product.skus[0].id };
  for (const { prepare } of Object.values(validRequests)) Object.assign(placeholders, await prepare?.(victim));

  sameHubOutsider = new Browser(t.app);
  await sameHubOutsider.signUp("neighbour@example.com");
  const neighbourOrg = (
    await sameHubOutsider.post("/api/orgs", { hubId: hub.id, kind: "shop", name: "隔壁小店" })
  ).json().id;
  outsiderToken = (await sameHubOutsider.post(`/api/orgs/${neighbourOrg}/tokens`, { name: "隔壁令牌" })).json().token;
  otherHubOutsider = new Browser(t.app);
  await otherHubOutsider.signUp("far-away@example.com");
  await otherHubOutsider.post("/api/orgs", { hubId: otherHub.id, kind: "shop", name: "远方小店" });
});
afterAll(() => t.close());

type Method = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

function orgRoutes(): string[] {
  const document = t.app.swagger() as { paths: Record<string, Record<string, unknown>> };
  return Object.entries(document.paths)
    .filter(([path]) => path.includes("{orgId}"))
    .flatMap(([path, operations]) => Object.keys(operations).map((method) => `${method.toUpperCase()} ${path}`));
}

function urlOf(route: string, orgId: string): { method: Method; url: string } {
  const [method, path] = route.split(" ") as [Method, string];
  const url = path
    .replace("{orgId}", orgId)
    .replace(/\{(\w+)\}/g, (_, name: string) => placeholders[name] ?? `{${name}}`);
  return { method, url };
}

describe("organisation isolation", () => {
  it("has a checked request for every route that names an organisation", () => {
    expect(orgRoutes().sort()).toEqual(Object.keys(validRequests).sort());
  });

  const routes = Object.keys(validRequests);
  it.each(routes)("%s answers 404 to outsiders and changes nothing", async (route) => {
    const { body } = validRequests[route] ?? {};
    const { method, url } = urlOf(route, victim.orgId);
    const before = await snapshot();
    for (const outsider of [sameHubOutsider, otherHubOutsider]) {
      const response = await outsider.call({ method, url, ...(body === undefined ? {} : { body }) });
      expect(response.statusCode, `${route} as ${outsider.cookie ? "member of another org" : "?"}`).toBe(404);
      expect(response.json().error.code).toBe("not_found");
    }
    // By token, and as for an organisation that does not exist: the same answer, so nothing
    // leaks (404, or 403 on routes no token may use whatever the organisation).
    const missing = urlOf(route, "00000000-0000-4000-8000-000000000000");
    const byToken = await asToken(method, url, body);
    expect([403, 404]).toContain(byToken.statusCode);
    expect(byToken.json()).toEqual((await asToken(missing.method, missing.url, body)).json());
    const ghost = await sameHubOutsider.call({ ...missing, ...(body === undefined ? {} : { body }) });
    expect(ghost.statusCode).toBe(404);
    expect(ghost.json().error.code).toBe("not_found");
    expect(await snapshot()).toEqual(before);
  });

  it("does not hide the organisation from its own member", async () => {
    for (const route of routes.filter((r) => r.startsWith("GET"))) {
      const response = await victim.browser.call(urlOf(route, victim.orgId));
      // 403 is a route for another kind of organisation (a shop's, asked by this supplier).
      expect([200, 403], route).toContain(response.statusCode);
    }
  });
});

function asToken(method: Method, url: string, body: unknown) {
  return t.app.inject({
    method,
    url,
    headers: { authorization: `Bearer ${outsiderToken}` },
    ...(body === undefined ? {} : { payload: body as object }),
  });
}

async function snapshot() {
  const { browser, orgId } = victim;
  return {
    org: (await browser.get(`/api/orgs/${orgId}`)).json(),
    members: (await browser.get(`/api/orgs/${orgId}/members`)).json(),
    invitations: (await browser.get(`/api/orgs/${orgId}/invitations`)).json(),
    tokens: (await browser.get(`/api/orgs/${orgId}/tokens`)).json(),
    products: (await browser.get(`/api/orgs/${orgId}/products`)).json(),
    product: (await browser.get(`/api/orgs/${orgId}/products/${victim.productId}`)).json(),
  };
}
