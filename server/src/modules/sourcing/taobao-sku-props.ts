import type { ProductOption } from "../catalog/schema.js";
import type { ListedVariant } from "./selection.js";
import { yuan } from "./wording.js";

/** Taobao's sale properties for variants: 颜色分类 and 尺码. */
export const COLOUR_PID = 1627207;
export const SIZE_PID = 20509;
/** Seller-defined values take negative ids, −1001 onwards, counted per property. */
const FIRST_CUSTOM_VID = -1001;

const SIZE_LIKE = /尺码|尺寸|码数|大小|size/i;
const COLOUR_LIKE = /色|colou?r/i;

export type TaobaoSkuFields = { skuProps: string; propAlias: string; inputCustomCpv: string };

/**
 * A product's variants as 淘宝助理 writes them. Per variant `price:quantity:outerId:pid:vid;pid:vid;`,
 * each value named in propAlias and input_custom_cpv (`pid:vid:name;`). Taobao offers two
 * sale properties without a category: the colour-like option goes to colour, the others —
 * joined, when there are more than one — to size.
 */
export function taobaoSkuFields(
  options: ProductOption[],
  variants: { variant: ListedVariant; quantity: number }[],
): TaobaoSkuFields {
  if (options.length === 0) return { skuProps: "", propAlias: "", inputCustomCpv: "" };
  const [colourAt, sizeAts] = assign(options);
  const axes = [
    { pid: COLOUR_PID, valueIn: (values: string[]) => (colourAt === undefined ? undefined : values[colourAt]) },
    { pid: SIZE_PID, valueIn: (values: string[]) => sizeValue(values, sizeAts) },
  ];
  const vids = axes.map(() => new Map<string, number>());
  const skuProps = variants.map(({ variant, quantity }) => {
    const props = axes.flatMap(({ pid, valueIn }, axis) => {
      const value = valueIn(variant.sku.optionValues);
      return value === undefined ? [] : [`${pid}:${vidOf(vids[axis] as Map<string, number>, value)};`];
    });
    const price = variant.priceFen === null ? "" : yuan(variant.priceFen);
    return `${price}:${quantity}:${clean(variant.sku.code)}:${props.join("")}`;
  });
  const named = axes.flatMap(({ pid }, axis) =>
    [...(vids[axis] as Map<string, number>)].map(([value, vid]) => `${pid}:${vid}:${clean(value)};`),
  );
  return { skuProps: skuProps.join(""), propAlias: named.join(""), inputCustomCpv: named.join("") };
}

// Which option is the colour (if any) and which make up the size.
function assign(options: ProductOption[]): [number | undefined, number[]] {
  const indexes = options.map((_, i) => i);
  if (options.length === 1) return SIZE_LIKE.test(options[0]?.name ?? "") ? [undefined, [0]] : [0, []];
  const colour =
    indexes.find((i) => COLOUR_LIKE.test(options[i]?.name ?? "")) ??
    indexes.find((i) => !SIZE_LIKE.test(options[i]?.name ?? "")) ??
    0;
  return [colour, indexes.filter((i) => i !== colour)];
}

function sizeValue(values: string[], at: number[]): string | undefined {
  return at.length === 0 ? undefined : at.map((i) => values[i] ?? "").join(" ");
}

function vidOf(vids: Map<string, number>, value: string): number {
  let vid = vids.get(value);
  if (vid === undefined) {
    vid = FIRST_CUSTOM_VID - vids.size;
    vids.set(value, vid);
  }
  return vid;
}

// The separators of these fields cannot appear inside a value.
function clean(text: string): string {
  return text.replace(/[:;|]/g, " ").trim();
}
