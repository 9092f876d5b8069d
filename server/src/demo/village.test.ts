import { afterAll, beforeAll, expect, it } from "vitest";
import { testDatabase } from "../../test/database.js";
import { tempStorage } from "../../test/storage.js";
import type { Database } from "../db/connection.js";
import { getHubSummary, listHubs } from "../modules/accounts/hubs.js";
import { loadDemo } from "./index.js";

let database: Database;
beforeAll(async () => {
  database = await testDatabase();
});
afterAll(async () => database?.close());

// How long it takes is a figure for `taocun demo load`, not a test: the timeout only stops a hang.
it("loads the village at full scale: 2,000 shops, 300 suppliers", { timeout: 600_000 }, async () => {
  await loadDemo(database.db, "village", { storage: tempStorage() });
  const [hub] = await listHubs(database.db);
  const summary = await getHubSummary(database.db, hub?.id ?? "");
  expect(summary?.organisations).toEqual({ association: 1, supplier: 300, shop: 2000, carrier_station: 30 });
});
