import type { FastifyInstance } from "fastify";

declare module "fastify" {
  interface FastifyRequest {
    /** The body's bytes as sent, for routes that check a signature over them. */
    rawBody?: Buffer;
  }
}

/**
 * Keeps each JSON body's bytes as sent (what a webhook's sender signed) beside the parsed
 * body. Parsers are scoped to a plugin, so only the plugin that calls this is affected.
 */
export function keepRawJson(app: FastifyInstance): void {
  app.removeContentTypeParser("application/json");
  app.addContentTypeParser("application/json", { parseAs: "buffer" }, (request, body, done) => {
    request.rawBody = body as Buffer;
    try {
      done(null, JSON.parse((body as Buffer).toString("utf8")));
    } catch (error) {
      done(Object.assign(error as Error, { statusCode: 400 }), undefined);
    }
  });
}
