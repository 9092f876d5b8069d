import type { Db } from "../db/connection.js";
import type { Hub, OrgKind } from "../modules/accounts/hubs.js";
import type { FileStorage } from "../storage/storage.js";
import type { Category } from "./organisation-names.js";
import type { Random } from "./random.js";

export type DemoScale = "small" | "village";

/** How big each scale is. `village` is Qingyanliu as reported (DOMAIN.md), `small` loads in seconds. */
export const SCALES = {
  small: { suppliers: 12, shops: 30, carrierStations: 4 },
  village: { suppliers: 300, shops: 2000, carrierStations: 30 },
} as const satisfies Record<DemoScale, { suppliers: number; shops: number; carrierStations: number }>;

export type DemoOrganisation = {
  id: string;
  kind: OrgKind;
  name: string;
  /** What a supplier makes or a shop mostly sells; later steps pick products by it. */
  category: Category | undefined;
  regionCode: string;
  ownerId: string;
  staffIds: string[];
};

export type DemoLogin = { email: string; role: string };

/** What every step sees. Steps run in order inside one transaction and add to the lists. */
export type DemoContext = {
  /** The loading transaction: a failed step leaves nothing behind. */
  db: Db;
  /** Where the step writes files it generates (product pictures). */
  storage: FileStorage;
  /** This step's own generator, seeded from the hub's seed and the step's name. */
  rng: Random;
  scale: DemoScale;
  figures: (typeof SCALES)[DemoScale];
  hub: Hub;
  /** The demo password, hashed once: argon2 for thousands of users would take minutes. */
  passwordHash: string;
  organisations: DemoOrganisation[];
  logins: DemoLogin[];
};

export type DemoStep = { name: string; run(ctx: DemoContext): Promise<void> };
