import type { Db } from "../../db/connection.js";
import { addHubOperator, createHub, type Hub } from "./hubs.js";

let hubCount = 0;

/** A hub of its own for a test, since hubs are created by operators, not over the API. */
export async function makeHub(db: Db, operatorId?: string): Promise<Hub> {
  hubCount += 1;
  const hub = await createHub(db, {
    slug: `test-hub-${hubCount}-${Date.now()}`,
    name: `测试村${hubCount}`,
    nameEn: `Test village ${hubCount}`,
  });
  if (operatorId) await addHubOperator(db, hub.id, operatorId);
  return hub;
}
