import type { Config } from "../config.js";
import type { Database, Db } from "../db/connection.js";
import type { FileStorage } from "../storage/storage.js";

/** What every module's routes are given by the composition root. */
export type ModuleDeps = { db: Db; database: Database; config: Config; storage: FileStorage };
