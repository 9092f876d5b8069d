import type { FastifyRequest } from "fastify";
import type { Config } from "../../config.js";

/**
 * Where this server is reached from outside, for links that leave it (Shopify fetches
 * Image Src, a shop's tool polls its stock feed): PUBLIC_ORIGIN behind a proxy, else the
 * request's own scheme and host.
 */
export function publicOrigin(request: FastifyRequest, config: Config): string {
  return config.publicOrigin?.replace(/\/+$/, "") ?? `${request.protocol}://${request.host}`;
}
