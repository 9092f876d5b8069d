import type { Db } from "../db/connection.js";
import { addHubOperator, createHub } from "../modules/accounts/hubs.js";
import { createOrganisation } from "../modules/accounts/organisations.js";
import { hashPassword } from "../modules/accounts/secrets.js";
import { createUser } from "../modules/accounts/users.js";
import type { DemoResult, DemoScale } from "./index.js";

export const DEMO_PASSWORD = "taocun-demo";

/** Loads a demo hub modelled on Qingyanliu. */
export async function loadDemo(db: Db, _scale: DemoScale): Promise<DemoResult> {
  const hub = await createHub(db, {
    slug: "qingyanliu",
    name: "青岩刘电商村",
    nameEn: "Qingyanliu e-commerce village",
  });
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const people = [
    {
      email: "xiehui@demo.taocun.cn",
      name: "谢辉",
      org: "青岩刘电子商务协会",
      kind: "association" as const,
      role: "协会 · 园区管理员",
    },
    {
      email: "supplier@demo.taocun.cn",
      name: "楼建国",
      org: "义乌市青岩刘箱包厂",
      kind: "supplier" as const,
      role: "供应商",
    },
    { email: "shop@demo.taocun.cn", name: "陈小燕", org: "小燕饰品店", kind: "shop" as const, role: "网店" },
    {
      email: "station@demo.taocun.cn",
      name: "王强",
      org: "中通青岩刘揽收点",
      kind: "carrier_station" as const,
      role: "快递站点",
    },
  ];
  for (const person of people) {
    const user = await createUser(
      db,
      { email: person.email, name: person.name, password: DEMO_PASSWORD },
      passwordHash,
    );
    await createOrganisation(db, { hubId: hub.id, kind: person.kind, name: person.org }, user.id);
    if (person.kind === "association") await addHubOperator(db, hub.id, user.id);
  }
  return { hubName: hub.name, password: DEMO_PASSWORD, logins: people.map(({ email, role }) => ({ email, role })) };
}
