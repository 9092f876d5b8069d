import { stringify } from "csv-stringify/sync";
import { availableOf, type ListedVariant, type Listing } from "./selection.js";
import { uniqueHandles } from "./shopify-handle.js";
import { escapeHtml, yuan } from "./wording.js";

/** The columns of Shopify's product CSV (the classic template its importer reads), in its order. */
export const SHOPIFY_COLUMNS = [
  "Handle",
  "Title",
  "Body (HTML)",
  "Vendor",
  "Type",
  "Tags",
  "Published",
  "Option1 Name",
  "Option1 Value",
  "Option2 Name",
  "Option2 Value",
  "Option3 Name",
  "Option3 Value",
  "Variant SKU",
  "Variant Grams",
  "Variant Inventory Tracker",
  "Variant Inventory Qty",
  "Variant Inventory Policy",
  "Variant Fulfillment Service",
  "Variant Price",
  "Variant Compare At Price",
  "Variant Requires Shipping",
  "Variant Taxable",
  "Variant Barcode",
  "Image Src",
  "Image Position",
  "Image Alt Text",
  "Gift Card",
  "SEO Title",
  "SEO Description",
  "Variant Image",
  "Variant Weight Unit",
  "Variant Tax Code",
  "Cost per item",
  "Status",
] as const;

type Column = (typeof SHOPIFY_COLUMNS)[number];
type Row = Partial<Record<Column, string | number>>;

export type ShopifyContext = {
  /** The shop: buyers see it as the vendor, not the supplier it buys from. */
  vendor: string;
  /** An absolute URL Shopify can fetch each picture from. */
  pictureUrl: (sha256: string) => string;
  /** The pictures that exist, per product. */
  pictures: (listing: Listing) => string[];
};

/**
 * One product per listing: its rows share the handle and are contiguous; the first row
 * carries the product's fields and first variant, later rows one variant each, then one
 * row per further picture.
 */
export function shopifyCsv(listings: Listing[], context: ShopifyContext): string {
  const handleFor = uniqueHandles();
  const rows = listings.flatMap((listing) => productRows(listing, handleFor(listing.title), context));
  return stringify(rows, { header: true, columns: [...SHOPIFY_COLUMNS] });
}

function productRows(listing: Listing, handle: string, context: ShopifyContext): Row[] {
  const pictures = context.pictures(listing).map(context.pictureUrl);
  const { options } = listing.product;
  // A product without options is one variant, which Shopify calls "Default Title".
  const names = options.length > 0 ? options.map((option) => option.name) : ["Title"];
  const variantRows = listing.variants.map((variant, i) => ({
    Handle: handle,
    ...(i === 0 ? productFields(listing, names, context.vendor) : {}),
    ...variantFields(listing, variant, options.length > 0),
  }));
  const [first] = variantRows;
  if (first && pictures[0]) Object.assign(first, image(pictures[0], 1, listing.title));
  const imageRows = pictures.slice(1).map((url, i) => ({ Handle: handle, ...image(url, i + 2, listing.title) }));
  return [...variantRows, ...imageRows];
}

function productFields(listing: Listing, optionNames: string[], vendor: string): Row {
  return {
    Title: listing.title,
    "Body (HTML)": bodyHtml(listing),
    Vendor: vendor,
    Published: "TRUE",
    "Option1 Name": optionNames[0] ?? "",
    "Option2 Name": optionNames[1] ?? "",
    "Option3 Name": optionNames[2] ?? "",
    "Gift Card": "FALSE",
    Status: "active",
  };
}

function variantFields(listing: Listing, variant: ListedVariant, hasOptions: boolean): Row {
  const values = hasOptions ? variant.sku.optionValues : ["Default Title"];
  return {
    "Option1 Value": values[0] ?? "",
    "Option2 Value": values[1] ?? "",
    "Option3 Value": values[2] ?? "",
    "Variant SKU": variant.sku.code,
    "Variant Grams": variant.sku.weightGrams,
    "Variant Inventory Tracker": "shopify",
    "Variant Inventory Qty": availableOf(listing, variant),
    // Dropshipped stock is the supplier's: never sell what the warehouse does not have.
    "Variant Inventory Policy": "deny",
    "Variant Fulfillment Service": "manual",
    "Variant Price": variant.priceFen === null ? "" : yuan(variant.priceFen),
    "Variant Requires Shipping": "TRUE",
    "Variant Taxable": "TRUE",
    "Variant Barcode": variant.sku.barcode ?? "",
    "Variant Weight Unit": "g",
    "Cost per item": variant.costFen === null ? "" : yuan(variant.costFen),
  };
}

function image(url: string, position: number, alt: string): Row {
  return { "Image Src": url, "Image Position": position, "Image Alt Text": alt };
}

function bodyHtml(listing: Listing): string {
  const paragraphs = listing.product.description
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => `<p>${escapeHtml(line)}</p>`);
  const attributes = listing.product.attributes.map(
    (attribute) => `<li>${escapeHtml(attribute.name)}：${escapeHtml(attribute.value)}</li>`,
  );
  return [...paragraphs, ...(attributes.length > 0 ? [`<ul>${attributes.join("")}</ul>`] : [])].join("");
}
