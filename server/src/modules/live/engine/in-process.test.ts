import { describeEngine } from "./engine-contract.js";
import { InProcessEngine } from "./in-process.js";

describeEngine("in-process", async (database) => new InProcessEngine(database.db));
