import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDatabase } from "../../../../test/database.js";
import type { Database } from "../../../db/connection.js";
import { createOrganisation } from "../../accounts/organisations.js";
import { makeHub } from "../../accounts/test-fixtures.js";
import { createUser } from "../../accounts/users.js";
import { failInterruptedImports, SILENT_FOR } from "./interrupted.js";
import { createImport, getImport, type ImportScope } from "./service.js";

let database: Database;
let scope: ImportScope;

beforeAll(async () => {
  database = await testDatabase();
  const hub = await makeHub(database.db);
  const user = await createUser(database.db, { email: "boss@example.com", password: "-", name: "王老板" }, "-");
  const org = await createOrganisation(database.db, { hubId: hub.id, kind: "supplier", name: "白沟箱包厂" }, user.id);
  scope = { hubId: hub.id, orgId: org.id, userId: user.id };
});
afterAll(() => database.close());

async function importIn(status: "checking" | "checked" | "applying", silentForMs: number) {
  const record = await createImport(database.db, scope, `${status}.csv`);
  await database.db.execute(
    sql`update catalog_imports set status = ${status},
          heartbeat_at = now() - make_interval(secs => ${silentForMs / 1000})
        where id = ${record.id}`,
  );
  return record.id;
}

describe("imports whose job died with the server", () => {
  it("are failed as interrupted when the server starts; finished ones and, on PostgreSQL, live ones are left", async () => {
    const deadCheck = await importIn("checking", SILENT_FOR + 60_000);
    const deadApply = await importIn("applying", SILENT_FOR + 60_000);
    const recent = await importIn("applying", 1_000);
    const checked = await importIn("checked", SILENT_FOR + 60_000);

    const failed = await failInterruptedImports(database);

    for (const id of [deadCheck, deadApply]) {
      const record = await getImport(database.db, scope, id);
      expect(record.status).toBe("failed");
      expect(record.report?.failure?.code).toBe("import_interrupted");
    }
    expect((await getImport(database.db, scope, checked)).status).toBe("checked");
    // The embedded database has one process, so a job it shows running is dead however recent;
    // on PostgreSQL another server may be running it.
    const recentStatus = (await getImport(database.db, scope, recent)).status;
    expect(recentStatus).toBe(database.kind === "pglite" ? "failed" : "applying");
    expect(failed).toBe(database.kind === "pglite" ? 3 : 2);
  });
});
