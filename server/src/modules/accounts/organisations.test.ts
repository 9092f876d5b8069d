import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Browser, type TestApp, testApp } from "../../../test/app.js";
import { makeHub } from "./test-fixtures.js";

let t: TestApp;
let hubId: string;
beforeAll(async () => {
  t = await testApp();
  hubId = (await makeHub(t.database.db)).id;
});
afterAll(() => t.close());

async function ownerWithShop(email: string, name: string) {
  const browser = new Browser(t.app);
  const user = await browser.signUp(email);
  const response = await browser.post("/api/orgs", { hubId, kind: "shop", name });
  expect(response.statusCode).toBe(201);
  return { browser, user, org: response.json() as { id: string; hubId: string; role: string } };
}

describe("organisations", () => {
  it("makes the creator its owner and lists it among their organisations", async () => {
    const { browser, org } = await ownerWithShop("founder@example.com", "小燕饰品店");
    expect(org).toMatchObject({ hubId, kind: "shop", name: "小燕饰品店", role: "owner" });
    const me = (await browser.get("/api/me")).json();
    expect(me.organisations).toEqual([expect.objectContaining({ id: org.id, role: "owner", hubName: "测试村1" })]);
  });

  it("refuses a second organisation with the same name in the hub and creates nothing", async () => {
    await ownerWithShop("first@example.com", "同名小铺");
    const browser = new Browser(t.app);
    await browser.signUp("second@example.com");
    const clash = await browser.post("/api/orgs", { hubId, kind: "supplier", name: " 同名小铺 " });
    expect(clash.statusCode).toBe(409);
    expect(clash.json().error.code).toBe("org_name_taken");
    expect(clash.json().error.details).toEqual([
      { path: "name", code: "org_name_taken", message: "本园区已有同名组织" },
    ]);
    expect((await browser.get("/api/me")).json().organisations).toEqual([]);
  });

  it("answers 404 for a hub that does not exist and 400 for an unknown kind", async () => {
    const browser = new Browser(t.app);
    await browser.signUp("lost@example.com");
    const noHub = await browser.post("/api/orgs", {
      hubId: "00000000-0000-4000-8000-000000000000",
      kind: "shop",
      name: "无处小店",
    });
    expect(noHub.statusCode).toBe(404);
    const badKind = await browser.post("/api/orgs", { hubId, kind: "bank", name: "银行" });
    expect(badKind.statusCode).toBe(400);
    expect(badKind.json().error.details[0].path).toBe("kind");
  });

  it("lets only owners rename, and staff see the members", async () => {
    const { browser: owner, org } = await ownerWithShop("boss@example.com", "老板的店");
    const invite = await owner.post(`/api/orgs/${org.id}/invitations`, { role: "staff" });
    const staff = new Browser(t.app);
    await staff.signUp("staff@example.com", "店员");
    expect((await staff.post("/api/invitations/accept", { token: invite.json().token })).statusCode).toBe(200);
    const rename = await staff.patch(`/api/orgs/${org.id}`, { name: "店员改的名" });
    expect(rename.statusCode).toBe(403);
    expect(rename.json().error.code).toBe("owner_required");
    const members = (await staff.get(`/api/orgs/${org.id}/members`)).json();
    expect(members.map((m: { email: string; role: string }) => [m.email, m.role])).toEqual([
      ["boss@example.com", "owner"],
      ["staff@example.com", "staff"],
    ]);
    expect((await owner.patch(`/api/orgs/${org.id}`, { name: "老板的新店" })).json().name).toBe("老板的新店");
  });

  it("never leaves an organisation without an owner", async () => {
    const { browser: owner, user, org } = await ownerWithShop("only-owner@example.com", "独苗店");
    const demote = await owner.patch(`/api/orgs/${org.id}/members/${user.id}`, { role: "staff" });
    expect(demote.statusCode).toBe(409);
    expect(demote.json().error.code).toBe("last_owner");
    expect((await owner.delete(`/api/orgs/${org.id}/members/${user.id}`)).statusCode).toBe(409);
    expect((await owner.get(`/api/orgs/${org.id}`)).json().role).toBe("owner");
  });
});

describe("invitations", () => {
  it("joins the invitee with the invited role, once", async () => {
    const { browser: owner, org } = await ownerWithShop("inviter@example.com", "邀请店");
    const invite = await owner.post(`/api/orgs/${org.id}/invitations`, { email: "Invitee@Example.com", role: "owner" });
    expect(invite.statusCode).toBe(201);
    expect(invite.json()).toMatchObject({ email: "invitee@example.com", role: "owner" });
    expect((await owner.get(`/api/orgs/${org.id}/invitations`)).json()).toHaveLength(1);

    // Anyone holding the link may see whom it joins, before signing up.
    const preview = await new Browser(t.app).post("/api/invitations/preview", { token: invite.json().token });
    expect(preview.statusCode).toBe(200);
    expect(preview.json()).toMatchObject({
      organisation: { id: org.id, name: "邀请店", kind: "shop" },
      hubName: "测试村1",
      role: "owner",
      email: "invitee@example.com",
      invitedBy: "测试用户",
    });

    const invitee = new Browser(t.app);
    await invitee.signUp("invitee@example.com");
    const accepted = await invitee.post("/api/invitations/accept", { token: invite.json().token });
    expect(accepted.statusCode).toBe(200);
    expect(accepted.json()).toMatchObject({ organisation: { id: org.id }, role: "owner" });
    expect((await owner.get(`/api/orgs/${org.id}/invitations`)).json()).toHaveLength(0);

    const again = await invitee.post("/api/invitations/accept", { token: invite.json().token });
    expect(again.statusCode).toBe(400);
    expect(again.json().error.code).toBe("invitation_invalid");
    const used = await new Browser(t.app).post("/api/invitations/preview", { token: invite.json().token });
    expect(used.json().error.code).toBe("invitation_invalid");
  });

  it("refuses an invitation addressed to someone else and leaves it usable", async () => {
    const { browser: owner, org } = await ownerWithShop("picky@example.com", "挑剔店");
    const invite = await owner.post(`/api/orgs/${org.id}/invitations`, { email: "right@example.com" });
    const wrong = new Browser(t.app);
    await wrong.signUp("wrong@example.com");
    const refused = await wrong.post("/api/invitations/accept", { token: invite.json().token });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.message).toContain("right@example.com");
    expect((await wrong.get("/api/me")).json().organisations).toEqual([]);
    const right = new Browser(t.app);
    await right.signUp("right@example.com");
    expect((await right.post("/api/invitations/accept", { token: invite.json().token })).statusCode).toBe(200);
  });

  it("makes a withdrawn invitation useless", async () => {
    const { browser: owner, org } = await ownerWithShop("withdraw@example.com", "撤回店");
    const invite = (await owner.post(`/api/orgs/${org.id}/invitations`, {})).json();
    expect((await owner.delete(`/api/orgs/${org.id}/invitations/${invite.id}`)).statusCode).toBe(204);
    const late = new Browser(t.app);
    await late.signUp("late@example.com");
    expect((await late.post("/api/invitations/accept", { token: invite.token })).statusCode).toBe(400);
  });
});

describe("API tokens", () => {
  it("works as a bearer token for its own organisation only, and stops working when revoked", async () => {
    const { browser, org } = await ownerWithShop("cli@example.com", "命令行店");
    const other = (await browser.post("/api/orgs", { hubId, kind: "supplier", name: "命令行工厂" })).json();
    const created = await browser.post(`/api/orgs/${org.id}/tokens`, { name: "打单脚本" });
    expect(created.statusCode).toBe(201);
    const { token, id } = created.json();
    expect(token).toMatch(/^tc_/);
    const listed = (await browser.get(`/api/orgs/${org.id}/tokens`)).json();
    expect(listed).toEqual([expect.objectContaining({ id, name: "打单脚本", prefix: token.slice(0, 10) })]);
    expect(JSON.stringify(listed)).not.toContain(token);

    const bearer = { authorization: `Bearer ${token}` };
    const own = await t.app.inject({ method: "GET", url: `/api/orgs/${org.id}/members`, headers: bearer });
    expect(own.statusCode).toBe(200);
    // A write with a token needs no Origin: tokens are not sent by browsers on their own.
    const write = await t.app.inject({
      method: "PATCH",
      url: `/api/orgs/${org.id}`,
      headers: bearer,
      payload: { name: "命令行新店" },
    });
    expect(write.statusCode).toBe(200);
    // But a token cannot decide who acts for the organisation: a thief must not make himself owner.
    for (const [method, url] of [
      ["POST", `/api/orgs/${org.id}/invitations`],
      ["POST", `/api/orgs/${org.id}/tokens`],
      ["GET", `/api/orgs/${org.id}/tokens`],
    ] as const) {
      const payload = method === "GET" ? {} : { payload: { role: "owner", name: "x" } };
      const refused = await t.app.inject({ method, url, headers: bearer, ...payload });
      expect(refused.statusCode, url).toBe(403);
      expect(refused.json().error.code).toBe("person_required");
    }
    expect((await browser.get(`/api/orgs/${org.id}/invitations`)).json()).toEqual([]);
    const elsewhere = await t.app.inject({ method: "GET", url: `/api/orgs/${other.id}/members`, headers: bearer });
    expect(elsewhere.statusCode).toBe(404);
    const me = await t.app.inject({ method: "GET", url: "/api/me", headers: bearer });
    expect(me.json().organisations.map((o: { id: string }) => o.id)).toEqual([org.id]);

    expect((await browser.delete(`/api/orgs/${org.id}/tokens/${id}`)).statusCode).toBe(204);
    const revoked = await t.app.inject({ method: "GET", url: `/api/orgs/${org.id}/members`, headers: bearer });
    expect(revoked.statusCode).toBe(401);
  });
});

describe("hub directory", () => {
  it("is for the hub's operators only", async () => {
    const operator = new Browser(t.app);
    const user = await operator.signUp("operator@example.com", "管理员");
    const hub = await makeHub(t.database.db, user.id);
    await operator.post("/api/orgs", { hubId: hub.id, kind: "association", name: "测试协会" });
    await operator.post("/api/orgs", { hubId: hub.id, kind: "supplier", name: "测试箱包厂" });
    const all = await operator.get(`/api/hubs/${hub.id}/organisations`);
    expect(all.statusCode).toBe(200);
    expect(all.json().map((o: { name: string }) => o.name)).toEqual(["测试协会", "测试箱包厂"]);
    const suppliers = (await operator.get(`/api/hubs/${hub.id}/organisations?kind=supplier&q=箱包`)).json();
    expect(suppliers.map((o: { name: string }) => o.name)).toEqual(["测试箱包厂"]);
    expect((await operator.get("/api/me")).json().operatorOf.map((h: { id: string }) => h.id)).toEqual([hub.id]);

    const outsider = new Browser(t.app);
    await outsider.signUp("nosy@example.com");
    const refused = await outsider.get(`/api/hubs/${hub.id}/organisations`);
    expect(refused.statusCode).toBe(403);
    const summary = (await outsider.get(`/api/hubs/${hub.id}`)).json();
    expect(summary.organisations).toEqual({ supplier: 1, shop: 0, carrier_station: 0, association: 1 });
  });
});

// PGlite runs one statement at a time, so these races can only happen on PostgreSQL.
describe("races (PostgreSQL only: PGlite cannot interleave transactions)", () => {
  it.runIf(process.env.DATABASE_URL)("two owners demoting each other at once leave one owner", async () => {
    const { browser: first, user: firstUser, org } = await ownerWithShop("race-a@example.com", "赛跑店");
    const invite = (await first.post(`/api/orgs/${org.id}/invitations`, { role: "owner" })).json();
    const second = new Browser(t.app);
    const secondUser = await second.signUp("race-b@example.com");
    await second.post("/api/invitations/accept", { token: invite.token });
    for (let round = 0; round < 5; round++) {
      const [a, b] = await Promise.all([
        first.patch(`/api/orgs/${org.id}/members/${secondUser.id}`, { role: "staff" }),
        second.patch(`/api/orgs/${org.id}/members/${firstUser.id}`, { role: "staff" }),
      ]);
      const members = (await first.get(`/api/orgs/${org.id}/members`)).json();
      expect(
        members.filter((m: { role: string }) => m.role === "owner").length,
        `round ${round}`,
      ).toBeGreaterThanOrEqual(1);
      // One demotion wins; the other is refused: 409 if it ran while both were owners,
      // 403 if the winner had already made its caller staff.
      const [won, lost] = [a.statusCode, b.statusCode].sort();
      expect(won).toBe(204);
      expect([403, 409]).toContain(lost);
      // Make both owners again for the next round.
      const demoted = members.find((m: { role: string }) => m.role === "staff");
      const owner = demoted.userId === firstUser.id ? second : first;
      await owner.patch(`/api/orgs/${org.id}/members/${demoted.userId}`, { role: "owner" });
    }
  });

  it.runIf(process.env.DATABASE_URL)("one invitation accepted by two people at once admits one", async () => {
    const { browser: owner, org } = await ownerWithShop("race-owner@example.com", "抢邀请店");
    const invite = (await owner.post(`/api/orgs/${org.id}/invitations`, {})).json();
    const people = [new Browser(t.app), new Browser(t.app)];
    await people[0]?.signUp("race-c@example.com");
    await people[1]?.signUp("race-d@example.com");
    const answers = await Promise.all(people.map((p) => p.post("/api/invitations/accept", { token: invite.token })));
    expect(answers.map((a) => a.statusCode).sort()).toEqual([200, 400]);
    expect((await owner.get(`/api/orgs/${org.id}/members`)).json()).toHaveLength(2);
  });
});
