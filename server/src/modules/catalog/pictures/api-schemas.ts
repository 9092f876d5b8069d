import { z } from "zod";
import { PICTURE_SIZES } from "./keys.js";

export const Sha256 = z.string().regex(/^[0-9a-f]{64}$/);

export const Picture = z
  .object({
    sha256: Sha256.meta({ description: "sha256 of the 800×800 main file: the picture's name in its hub" }),
    width: z.number().meta({ description: "Width of the uploaded picture, upright (every stored file is square)" }),
    height: z.number().meta({ description: "Height of the uploaded picture, upright" }),
    bytes: z.number().meta({ description: "Size of the 800×800 main file in bytes" }),
    urls: z
      .object({ 800: z.string(), 400: z.string(), 160: z.string() })
      .meta({ description: "Public paths of the 800×800 main and the 400 and 160 thumbnails" }),
  })
  .meta({ id: "Picture" });

export const PictureFileParams = z.object({
  hubId: z.uuid(),
  sha256: Sha256,
  size: z.enum(PICTURE_SIZES.map(String) as ["800", "400", "160"]),
});
