import type { FastifyInstance } from "fastify";
import type { ModuleDeps } from "../../http/module.js";
import { anchorRoutes } from "./routes/anchor.js";
import { buyerRoutes } from "./routes/buyers.js";
import { paymentCallbackRoutes, paymentRoutes } from "./routes/payments.js";
import { roomRoutes } from "./routes/room.js";
import { socketRoutes } from "./routes/socket.js";
import { Live } from "./runtime.js";

export { Live } from "./runtime.js";

declare module "fastify" {
  interface FastifyInstance {
    /** The live module's running parts: its engine, room hub and jobs. */
    live: Live;
  }
}

/** Live: rooms, flash deals on the inventory engine, buyers, payment, the room WebSocket and the report. */
export async function registerLive(app: FastifyInstance, deps: ModuleDeps, live = new Live(deps.db, deps.config)) {
  app.decorate("live", live);
  app.addHook("onClose", () => live.close());
  const liveDeps = { ...deps, live };
  await app.register(anchorRoutes(liveDeps), { prefix: "/api" });
  await app.register(roomRoutes(liveDeps), { prefix: "/api" });
  await app.register(buyerRoutes(liveDeps), { prefix: "/api" });
  await app.register(paymentRoutes(liveDeps), { prefix: "/api" });
  await app.register(paymentCallbackRoutes(liveDeps), { prefix: "/api" });
  await app.register(socketRoutes(liveDeps), { prefix: "/api" });
  return live;
}
