import swagger from "@fastify/swagger";
import swaggerUi from "@fastify/swagger-ui";
import type { FastifyInstance } from "fastify";
import { jsonSchemaTransform, jsonSchemaTransformObject } from "fastify-type-provider-zod";
import { ErrorBody } from "./error-handler.js";

/** The OpenAPI document at /openapi.json, made from the routes' Zod schemas, and a reference at /docs. */
export async function registerOpenApi(app: FastifyInstance): Promise<void> {
  // Any write may be refused as cross-site (403 bad_origin): say so once for all of them.
  app.addHook("onRoute", (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    const response = route.schema?.response as Record<string, unknown> | undefined;
    if (response && !methods.every((m) => m === "GET" || m === "HEAD") && !response[403]) response[403] = ErrorBody;
  });
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
