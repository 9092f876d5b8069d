import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { AppError } from "../../../http/errors.js";
import type { ModuleDeps } from "../../../http/module.js";
import { errors } from "../../accounts/api-schemas.js";
import { PictureFileParams } from "./api-schemas.js";
import { type PictureSize, pictureFileKey } from "./keys.js";

/** 404 with a message of its own: `not_found` names its things from a list this part does not own. */
class PictureNotFoundError extends AppError {
  constructor() {
    super(404, "picture_not_found");
  }
}

/**
 * Serves stored picture files to anyone: the path holds the content's hash, so it never
 * changes (cached for a year) and cannot be guessed (other platforms fetch listing images
 * from it without a log-in).
 */
export const mediaRoutes =
  ({ storage }: ModuleDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      "/media/pictures/:hubId/:sha256/:size.jpg",
      {
        schema: {
          tags: ["catalog"],
          summary: "A stored picture file, 800×800 main or 400/160 thumbnail (public, cached for a year)",
          security: [],
          // Validated params are all a storage key is made of: no path can climb out.
          params: PictureFileParams,
          response: {
            200: {
              description: "The JPEG file",
              content: { "image/jpeg": { schema: z.any().meta({ type: "string", format: "binary" }) } },
            },
            ...errors(400, 404),
          },
        },
      },
      async (request, reply) => {
        const { hubId, sha256, size } = request.params;
        const file = await storage.get(pictureFileKey(hubId, sha256, Number(size) as PictureSize));
        if (!file) throw new PictureNotFoundError();
        return reply
          .header("content-type", "image/jpeg")
          .header("cache-control", "public, max-age=31536000, immutable")
          .header("x-content-type-options", "nosniff")
          .send(file);
      },
    );
  };
