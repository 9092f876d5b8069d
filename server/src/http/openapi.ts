import swagger from "@fastify/swagger";
import swaggerUi from "@fastify/swagger-ui";
import type { FastifyInstance } from "fastify";
import { jsonSchemaTransform, jsonSchemaTransformObject } from "fastify-type-provider-zod";

/** The OpenAPI document at /openapi.json, made from the routes' Zod schemas, and a reference at /docs. */
export async function registerOpenApi(app: FastifyInstance): Promise<void> {
  await app.register(swagger, {
    openapi: {
      info: { title: "taocun API", version: "0.1.0", description: "The operating system of an e-commerce village." },
      components: {
        securitySchemes: {
          session: { type: "apiKey", in: "cookie", name: "taocun_session" },
          token: { type: "http", scheme: "bearer", description: "An organisation's API token (tc_…)" },
        },
      },
      security: [{ session: [] }, { token: [] }],
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(swaggerUi, { routePrefix: "/docs" });
  app.get("/openapi.json", { schema: { hide: true } }, async () => app.swagger());
}
