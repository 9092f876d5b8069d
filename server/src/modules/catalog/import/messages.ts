import type { Message } from "../../../http/messages.js";

/** Messages of this part's own errors (see http/messages.ts), and of the rows an import report lists. */
export const importMessages = {
  // The upload and the import as a whole.
  import_sheet_missing: {
    "zh-CN": "请上传商品表格（CSV 或 XLSX，字段名 sheet）",
    en: "Upload the product sheet (CSV or XLSX, field name sheet)",
  },
  import_sheet_xls: {
    "zh-CN": "不支持旧版 .xls 文件，请在 Excel 里另存为 .xlsx 或 CSV",
    en: "Old .xls files are not supported; save it as .xlsx or CSV in Excel",
  },
  import_sheet_too_large: {
    "zh-CN": "表格文件超过 {max} MB，请分成几个文件导入",
    en: "The sheet is over {max} MB; split it into several files",
  },
  import_pictures_too_large: {
    "zh-CN": "图片 ZIP 超过 {max} MB，请分成几次导入",
    en: "The ZIP of pictures is over {max} MB; import in several parts",
  },
  import_pictures_not_zip: {
    "zh-CN": "图片包应为 ZIP 文件",
    en: "The pictures must come as a ZIP file",
  },
  import_not_found: { "zh-CN": "找不到该导入记录", en: "No such import" },
  import_not_checked: {
    "zh-CN": "该导入的状态是「{status}」，只有检查完毕的导入可以执行",
    en: "This import is “{status}”; only a checked import can be applied",
  },
  import_has_errors: {
    "zh-CN": "表格有 {count} 处错误，改好后重新上传再导入",
    en: "The sheet has {count} errors; fix them and upload it again",
  },
  import_files_gone: {
    "zh-CN": "服务器上已没有这次上传的文件，请重新上传",
    en: "The uploaded files are no longer on the server; upload them again",
  },
  import_interrupted: {
    "zh-CN": "服务器重启，这次导入没有做完，商品没有任何改动；请重新上传",
    en: "The server restarted before this import finished; no product was changed. Upload it again",
  },
  import_apply_failed: {
    "zh-CN": "导入失败，商品没有任何改动：{reason}",
    en: "The import failed and no product was changed: {reason}",
  },

  // The file.
  import_file_unreadable: {
    "zh-CN": "无法读取这个文件：{reason}",
    en: "This file cannot be read: {reason}",
  },
  import_csv_malformed: {
    "zh-CN": "CSV 格式有误（第 {line} 行附近）：{reason}",
    en: "The CSV is malformed (near line {line}): {reason}",
  },
  import_empty: { "zh-CN": "表格里没有商品行", en: "The sheet has no product rows" },
  import_too_many_rows: {
    "zh-CN": "一次最多导入 {max} 行，请分成几个文件",
    en: "At most {max} rows per import; split the sheet into several files",
  },

  // The header row.
  import_column_missing: {
    "zh-CN": "缺少必填列「{column}」",
    en: "The required column “{column}” ({columnEn}) is missing",
  },
  import_column_unknown: {
    "zh-CN": "不认识的列「{header}」，请使用模板里的列名",
    en: "Unknown column “{header}”; use the column names of the template",
  },
  import_column_unknown_suggest: {
    "zh-CN": "不认识的列「{header}」，是不是「{suggestion}」？",
    en: "Unknown column “{header}”; did you mean “{suggestion}”?",
  },
  import_column_repeated: {
    "zh-CN": "列「{column}」出现了两次（第 {first} 列和第 {second} 列）",
    en: "The column “{column}” appears twice (columns {first} and {second})",
  },

  // One cell.
  import_required: { "zh-CN": "不能为空", en: "Must not be empty" },
  import_price_decimal_comma: {
    "zh-CN": "「{value}」用逗号作了小数点，请写成 {suggestion}",
    en: "“{value}” uses a decimal comma; write {suggestion}",
  },
  import_price_negative: { "zh-CN": "价格不能为负数：{value}", en: "A price cannot be negative: {value}" },
  import_price_invalid: {
    "zh-CN": "「{value}」不是价格，请写成 12.50 这样的数字（单位：元）",
    en: "“{value}” is not a price; write a number such as 12.50 (yuan)",
  },
  import_price_too_precise: {
    "zh-CN": "价格最多精确到分（两位小数）：{value}",
    en: "A price has at most two decimals (fen): {value}",
  },
  import_price_zero: { "zh-CN": "批发价要大于 0", en: "A wholesale price must be above 0" },
  import_price_too_high: {
    "zh-CN": "价格不能超过 {max} 元：{value}",
    en: "A price cannot be over {max} yuan: {value}",
  },
  import_integer_invalid: {
    "zh-CN": "「{value}」不是整数",
    en: "“{value}” is not a whole number",
  },
  import_integer_range: {
    "zh-CN": "应在 {min} 到 {max} 之间：{value}",
    en: "Must be between {min} and {max}: {value}",
  },
  import_scientific: {
    "zh-CN": "「{value}」被 Excel 改成了科学计数法，请把这一列设为文本后重新填写",
    en: "Excel turned “{value}” into scientific notation; format the column as text and type it again",
  },
  import_code_invalid: {
    "zh-CN": "商家编码不能含空格，最长 64 个字符：{value}",
    en: "A SKU code has no spaces and at most 64 characters: {value}",
  },
  import_barcode_invalid: {
    "zh-CN": "条码应为 4 到 32 位数字、字母或 -：{value}",
    en: "A barcode has 4 to 32 digits, letters or dashes: {value}",
  },
  import_text_too_long: {
    "zh-CN": "最长 {max} 个字符",
    en: "At most {max} characters",
  },
  import_status_unknown: {
    "zh-CN": "状态应为 草稿、上架 或 下架（draft / active / archived）：{value}",
    en: "The status is one of 草稿 / 上架 / 下架 (draft / active / archived): {value}",
  },
  import_category_unknown: {
    "zh-CN": "本园区没有类目「{name}」",
    en: "This hub has no category “{name}”",
  },
  import_category_ambiguous: {
    "zh-CN": "类目「{name}」有不止一个，请写成「{example}」",
    en: "There is more than one category “{name}”; write “{example}”",
  },
  import_tier_incomplete: {
    "zh-CN": "起批量{tier} 和 批发价{tier}(元) 要同时填写",
    en: "Min quantity {tier} and wholesale price {tier} go together",
  },
  import_clearance_price_missing: {
    "zh-CN": "有清仓数量就要填写清仓价",
    en: "A clearance quantity needs a clearance price",
  },

  // A product's rows together.
  import_title_missing: {
    "zh-CN": "商品的第一行要填写商品标题",
    en: "The first row of a product needs its title",
  },
  import_rows_apart: {
    "zh-CN": "同一商品的行要挨在一起：「{title}」从第 {row} 行开始，中间隔了别的商品",
    en: "A product's rows must be together: “{title}” starts on row {row}, with other products in between",
  },
  import_product_field_differs: {
    "zh-CN": "与本商品第 {row} 行的「{expected}」不一致",
    en: "Differs from “{expected}” on this product's row {row}",
  },
  import_option_name_missing: {
    "zh-CN": "有规格值「{value}」但没有规格名",
    en: "The option value “{value}” has no option name",
  },
  import_option_value_missing: {
    "zh-CN": "本商品有规格「{name}」，这一行要填它的值",
    en: "This product has the option “{name}”; this row needs its value",
  },
  import_code_repeated: {
    "zh-CN": "商家编码 {code} 在第 {row} 行已出现过",
    en: "The SKU code {code} already appears on row {row}",
  },
  import_code_other_product: {
    "zh-CN": "商家编码 {code} 属于你的另一个商品「{title}」，不能改到这个商品下",
    en: "The SKU code {code} belongs to another of your products, “{title}”, and cannot move to this one",
  },
  import_product_updated_twice: {
    "zh-CN": "商品「{title}」已由第 {row} 行起的行更新，同一商品的规格要写在一起",
    en: "The product “{title}” is already updated by the rows from row {row}; keep a product's SKUs together",
  },
  import_untouched_skus: {
    "zh-CN":
      "商品「{title}」还有 {count} 个规格不在本表中，它们有 {expected} 个规格名，与本表的 {given} 个不同，请一并列出",
    en: "The product “{title}” has {count} SKUs not in this sheet with {expected} options, not {given} as here; list them too",
  },
  import_too_many_pictures: {
    "zh-CN": "一个商品最多 {max} 张图片",
    en: "A product has at most {max} pictures",
  },

  // Pictures.
  import_picture_missing: {
    "zh-CN": "图片「{name}」不在上传的 ZIP 里",
    en: "The picture “{name}” is not in the uploaded ZIP",
  },
  import_picture_no_zip: {
    "zh-CN": "填写了图片「{name}」，但没有上传图片 ZIP",
    en: "The picture “{name}” is named, but no ZIP of pictures was uploaded",
  },
  import_picture_ambiguous: {
    "zh-CN": "ZIP 里有多张「{name}」（{paths}），请写上文件夹",
    en: "The ZIP holds several “{name}” ({paths}); include the folder",
  },
  import_picture_type: {
    "zh-CN": "「{name}」不是 JPEG、PNG 或 WebP 图片",
    en: "“{name}” is not a JPEG, PNG or WebP picture",
  },
  import_picture_too_large: {
    "zh-CN": "图片「{name}」超过 {max} MB",
    en: "The picture “{name}” is over {max} MB",
  },
  import_picture_too_many_pixels: {
    "zh-CN": "图片「{name}」像素太大（{width}×{height}），最多 {wan} 万像素",
    en: "The picture “{name}” has too many pixels ({width}×{height}); at most {megapixels} megapixels",
  },
  import_picture_unreadable: {
    "zh-CN": "图片「{name}」已损坏，无法读取",
    en: "The picture “{name}” is damaged and cannot be read",
  },
} satisfies Record<string, Message>;

export type ImportMessageCode = keyof typeof importMessages;
