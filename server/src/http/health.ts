import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { ModuleDeps } from "./module.js";

export const healthRoutes =
  ({ database }: ModuleDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      "/healthz",
      {
        schema: {
          tags: ["operations"],
          summary: "Liveness and database reachability",
          response: {
            200: z.object({ status: z.literal("ok"), database: z.enum(["pglite", "postgres"]) }),
            503: z.object({
              status: z.literal("unavailable"),
              database: z.enum(["pglite", "postgres"]),
              reason: z.string(),
            }),
          },
        },
      },
      async (_request, reply) => {
        try {
          await database.ping();
          return { status: "ok" as const, database: database.kind };
        } catch (error) {
          return reply
            .status(503)
            .send({ status: "unavailable" as const, database: database.kind, reason: (error as Error).message });
        }
      },
    );
  };
