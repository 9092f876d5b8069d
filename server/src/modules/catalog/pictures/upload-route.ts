import multipart from "@fastify/multipart";
import type { FastifyRequest } from "fastify";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { AppError, type FieldProblem, InvalidError } from "../../../http/errors.js";
import type { ModuleDeps } from "../../../http/module.js";
import { errors, OrgParams } from "../../accounts/api-schemas.js";
import { requireOrg } from "../../accounts/index.js";
import { Picture } from "./api-schemas.js";
import { PICTURE_SIZES, picturePath } from "./keys.js";
import { MAX_PICTURE_BYTES, MAX_PICTURE_MEGABYTES, type PreparedPicture, preparePicture } from "./prepare.js";
import { savePicture } from "./store.js";

/** A whole gallery in one go. */
export const MAX_UPLOAD_FILES = 20;

export const uploadRoutes =
  ({ db, storage }: ModuleDeps): FastifyPluginAsyncZod =>
  async (app) => {
    // Registered here only, so no other route accepts multipart bodies.
    await app.register(multipart, {
      // A file cut at the limit is reported with the others' problems rather than thrown.
      throwFileSizeLimit: false,
      limits: { fileSize: MAX_PICTURE_BYTES, files: MAX_UPLOAD_FILES, fields: 10, fieldSize: 1024 },
    });

    app.post(
      "/orgs/:orgId/pictures",
      {
        schema: {
          tags: ["catalog"],
          summary: "Upload pictures (suppliers): JPEG, PNG or WebP, up to 10 MB each, stored once per hub",
          description:
            "multipart/form-data with one or more file parts. Each picture is checked by its content, turned " +
            "upright, stripped of metadata and stored as an 800×800 main image padded on white and 400 and 160 " +
            "thumbnails. All are refused if any is, each refusal at `files.<n>`.",
          consumes: ["multipart/form-data"],
          params: OrgParams,
          // Parts are read from the stream, not validated as a body; this documents them.
          body: z.object({ files: z.array(z.string().meta({ format: "binary" })) }).nullish(),
          response: { 201: z.object({ pictures: z.array(Picture) }), ...errors(400, 401, 403, 404) },
        },
      },
      async (request, reply) => {
        const scope = await requireOrg(db, request, request.params.orgId, { kinds: ["supplier"] });
        const received = await receivePictures(request);
        const saved: PreparedPicture[] = [];
        for (const picture of received) saved.push(await savePicture(db, storage, scope, picture));
        return reply.status(201).send({ pictures: saved.map((picture) => describe(scope.hubId, picture)) });
      },
    );
  };

/**
 * Reads and checks every file part before anything is stored, so a refused upload stores
 * nothing; one file at a time, so memory holds one upload, not the whole request.
 */
async function receivePictures(request: FastifyRequest): Promise<PreparedPicture[]> {
  const none = new InvalidError("validation_failed", {}, [{ path: "files", code: "upload_no_pictures" }]);
  if (!request.isMultipart()) throw none;
  const received: PreparedPicture[] = [];
  const problems: FieldProblem[] = [];
  let count = 0;
  try {
    for await (const part of request.files()) {
      const path = `files.${count++}`;
      const bytes = await part.toBuffer();
      if (part.file.truncated) {
        problems.push({ path, code: "picture_too_large", params: { max: MAX_PICTURE_MEGABYTES } });
        continue;
      }
      try {
        received.push(await preparePicture(bytes, path));
      } catch (error) {
        if (!(error instanceof AppError)) throw error;
        problems.push(...error.problems);
      }
    }
  } catch (error) {
    if ((error as { code?: string }).code !== "FST_FILES_LIMIT") throw error;
    problems.push({ path: "files", code: "upload_too_many_pictures", params: { max: MAX_UPLOAD_FILES } });
  }
  if (count === 0) throw none;
  if (problems.length > 0) throw new InvalidError("validation_failed", {}, problems);
  return received;
}

function describe(hubId: string, { sha256, width, height, files }: PreparedPicture) {
  const [main, medium, small] = PICTURE_SIZES;
  return {
    sha256,
    width,
    height,
    bytes: files[main].length,
    urls: {
      800: picturePath(hubId, sha256, main),
      400: picturePath(hubId, sha256, medium),
      160: picturePath(hubId, sha256, small),
    },
  };
}
