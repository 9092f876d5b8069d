import { randomUUID } from "node:crypto";
import type { OrgKind } from "../modules/accounts/hubs.js";
import { hubOperators, memberships, organisations, users } from "../modules/accounts/schema.js";
import { type Address, factory, flat, VILLAGE_STREET, villageRoom, villageShopfront } from "./addresses.js";
import { insertInBatches } from "./batches.js";
import type { DemoContext, DemoOrganisation, DemoStep } from "./context.js";
import { type Category, shopName, stationNames, supplierName, uniqueName } from "./organisation-names.js";
import { mobilePhone, personName } from "./people.js";
import type { Random } from "./random.js";
import { OTHER_CLUSTERS, placePrefix, YIWU } from "./regions.js";

type Person = { id: string; email: string; name: string };
type Plan = {
  id: string;
  kind: OrgKind;
  name: string;
  category: Category | undefined;
  address: Address;
  contactPhone: string;
  owner: Person;
  staff: Person[];
};
type Face = { org: string; category?: Category; owner: string; email: string; role: string };

// The four stable demo logins: the first organisation of each kind.
const FACES: Record<OrgKind, Face> = {
  association: { org: "青岩刘电子商务协会", owner: "谢辉", email: "xiehui", role: "协会 · 园区管理员" },
  supplier: { org: "义乌市青岩刘箱包厂", category: "箱包", owner: "楼建国", email: "supplier", role: "供应商" },
  shop: { org: "小燕饰品店", category: "饰品", owner: "陈小燕", email: "shop", role: "网店" },
  carrier_station: { org: "青岩刘快递驿站", owner: "王强", email: "station", role: "快递站点" },
};

// Staff who use taocun besides the owner: a factory's office, a shop's one helper.
const STAFF: Record<OrgKind, [number, number]> = {
  association: [3, 3],
  supplier: [1, 4],
  shop: [0, 2],
  carrier_station: [1, 3],
};

const SUPPLIER_MIX = { 饰品: 25, 日用百货: 25, 服装: 20, 箱包: 15, 玩具: 15 } as const;
const SHOP_MIX = { 服装: 30, 饰品: 25, 日用百货: 25, 箱包: 10, 玩具: 10 } as const;
// Counties next to Yiwu where a few sellers live and still ship through the village.
const NEIGHBOURS = ["330783", "330702", "330726"];

/** The hub's association, suppliers, shops and carrier stations, with their people. */
export const accountsStep: DemoStep = {
  name: "accounts",
  async run(ctx) {
    const plans = planVillage(ctx);
    await insertPeople(ctx, plans);
    await insertOrganisations(ctx, plans);
    ctx.organisations.push(...plans.map(madeOrganisation));
    ctx.logins.push(...Object.values(FACES).map((face) => ({ email: demoEmail(face.email), role: face.role })));
  },
};

function madeOrganisation({ id, kind, name, category, address, owner, staff }: Plan): DemoOrganisation {
  return {
    id,
    kind,
    name,
    category,
    regionCode: address.regionCode,
    ownerId: owner.id,
    staffIds: staff.map((s) => s.id),
  };
}

function planVillage({ rng, figures }: DemoContext): Plan[] {
  const taken = new Set(Object.values(FACES).map((face) => face.org));
  const stations = stationNames(rng).filter((name) => !taken.has(name));
  return [
    planOrg(rng, "association", 0, FACES.association.org, undefined, villageShopfront(rng)),
    ...times(figures.suppliers, (i) => planSupplier(rng, taken, i)),
    ...times(figures.shops, (i) => planShop(rng, taken, i)),
    ...times(figures.carrierStations, (i) => planStation(rng, stations, i)),
  ];
}

function planStation(rng: Random, names: string[], i: number): Plan {
  const name = i === 0 ? "" : names[i - 1];
  if (name === undefined) throw new Error(`only ${names.length + 1} carrier station names to draw from`);
  return planOrg(rng, "carrier_station", i, name, undefined, villageShopfront(rng));
}

function planSupplier(rng: Random, taken: Set<string>, i: number): Plan {
  if (i === 0) return planOrg(rng, "supplier", 0, "", undefined, factory(rng, YIWU, VILLAGE_STREET));
  const category = rng.weighted(SUPPLIER_MIX);
  const clusters: readonly string[] = OTHER_CLUSTERS[category];
  const county = clusters.length === 0 || rng.chance(0.75) ? YIWU : rng.pick(clusters);
  // Distributors rent shopfronts in the village; factories are on the towns' industrial roads.
  const distributor = county === YIWU && rng.chance(0.3);
  const name = uniqueName(taken, () => supplierName(rng, placePrefix(county), category, distributor));
  const address = distributor ? villageShopfront(rng) : factory(rng, county);
  return planOrg(rng, "supplier", i, name, category, address);
}

function planShop(rng: Random, taken: Set<string>, i: number): Plan {
  const category = i === 0 ? "饰品" : rng.weighted(SHOP_MIX);
  const name = uniqueName(taken, () => shopName(rng, category));
  const where = rng.weighted({ village: 85, yiwu: 10, neighbour: 5 });
  const address = where === "village" ? villageRoom(rng) : flat(rng, where === "yiwu" ? YIWU : rng.pick(NEIGHBOURS));
  return planOrg(rng, "shop", i, name, category, address);
}

/** The first organisation of a kind is its face, with the stable demo login; the rest are drawn. */
function planOrg(
  rng: Random,
  kind: OrgKind,
  i: number,
  drawnName: string,
  category: Category | undefined,
  address: Address,
): Plan {
  const face = i === 0 ? FACES[kind] : undefined;
  const local = face?.email ?? `${FACES[kind].email}-${String(i).padStart(4, "0")}`;
  const [least, most] = STAFF[kind];
  return {
    id: randomUUID(),
    kind,
    name: face?.org ?? drawnName,
    category: face?.category ?? category,
    address,
    contactPhone: mobilePhone(rng),
    owner: person(rng, local, face?.owner),
    staff: times(rng.int(least, most), (k) => person(rng, `${local}.${k + 1}`)),
  };
}

function person(rng: Random, local: string, name = personName(rng)): Person {
  return { id: randomUUID(), email: demoEmail(local), name };
}

function demoEmail(local: string): string {
  return `${local}@demo.taocun.cn`;
}

async function insertPeople({ db, passwordHash }: DemoContext, plans: Plan[]): Promise<void> {
  const rows = plans.flatMap((plan) => [plan.owner, ...plan.staff]).map((p) => ({ ...p, passwordHash }));
  await insertInBatches(db, users, rows);
}

async function insertOrganisations({ db, hub }: DemoContext, plans: Plan[]): Promise<void> {
  const hubId = hub.id;
  const rows = plans.map(({ id, kind, name, address, contactPhone }) => ({
    hubId,
    id,
    kind,
    name,
    ...address,
    contactPhone,
  }));
  await insertInBatches(db, organisations, rows);
  const members = plans.flatMap((plan) => [
    { hubId, orgId: plan.id, userId: plan.owner.id, role: "owner" as const },
    ...plan.staff.map((s) => ({ hubId, orgId: plan.id, userId: s.id, role: "staff" as const })),
  ]);
  await insertInBatches(db, memberships, members);
  // The association's people run the hub.
  const association = plans.filter((plan) => plan.kind === "association");
  const operators = association.flatMap((plan) => [plan.owner, ...plan.staff]).map((p) => ({ hubId, userId: p.id }));
  await insertInBatches(db, hubOperators, operators);
}

function times<T>(count: number, make: (i: number) => T): T[] {
  return Array.from({ length: count }, (_, i) => make(i));
}
