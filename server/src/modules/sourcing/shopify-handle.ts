import { pinyin } from "pinyin-pro";

// Shopify allows 255 characters; a handle is also the product's URL, so keep it readable.
const MAX_HANDLE = 80;

/** A Shopify handle from a title: its pinyin (letters and digits kept), lowercase, words joined by dashes. */
export function handleOf(title: string): string {
  const words = pinyin(title.normalize("NFKC"), { toneType: "none", type: "array", nonZh: "consecutive" });
  const handle = words
    .join("-")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return cut(handle) || "product";
}

function cut(handle: string): string {
  if (handle.length <= MAX_HANDLE) return handle;
  const head = handle.slice(0, MAX_HANDLE + 1);
  const lastDash = head.lastIndexOf("-");
  return (lastDash > 0 ? head.slice(0, lastDash) : head.slice(0, MAX_HANDLE)).replace(/-+$/, "");
}

/** Hands out handles unique within one file: a second 帆布包 becomes fan-bu-bao-2. */
export function uniqueHandles(): (title: string) => string {
  const taken = new Set<string>();
  return (title) => {
    const base = handleOf(title);
    let handle = base;
    for (let n = 2; taken.has(handle); n++) handle = `${base}-${n}`;
    taken.add(handle);
    return handle;
  };
}
