import type { Message } from "../../../http/messages.js";

/** Messages of this part's own errors (see http/messages.ts). */
export const pictureMessages = {
  picture_empty: { "zh-CN": "图片为空", en: "The picture is empty" },
  picture_type_unsupported: {
    "zh-CN": "只支持 JPEG、PNG、WebP 图片",
    en: "Only JPEG, PNG and WebP pictures are accepted",
  },
  picture_too_large: { "zh-CN": "图片超过 {max} MB", en: "The picture is over {max} MB" },
  picture_too_many_pixels: {
    "zh-CN": "图片像素太大（{width}×{height}），最多 {wan} 万像素",
    en: "The picture has too many pixels ({width}×{height}); at most {megapixels} megapixels",
  },
  picture_unreadable: { "zh-CN": "图片已损坏，无法读取", en: "The picture is damaged and cannot be read" },
  picture_not_found: { "zh-CN": "找不到该图片", en: "No such picture" },
  upload_no_pictures: {
    "zh-CN": "请选择要上传的图片（multipart/form-data）",
    en: "Choose one or more pictures to upload (multipart/form-data)",
  },
  upload_too_many_pictures: {
    "zh-CN": "一次最多上传 {max} 张图片",
    en: "Upload at most {max} pictures at a time",
  },
  gallery_too_many: { "zh-CN": "一个商品最多 {max} 张图片", en: "A product has at most {max} pictures" },
  gallery_picture_unknown: {
    "zh-CN": "本园区没有这张图片，请先上传",
    en: "This hub has no such picture; upload it first",
  },
  gallery_picture_repeated: { "zh-CN": "同一张图片出现了两次", en: "The same picture appears twice" },
} satisfies Record<string, Message>;
