/** A name found in the text: what it may name (several when ambiguous) and how long it is. */
export type NameMatch<T> = { items: T[]; at: number; length: number };

// After a short name, these mean a road or a village named after the place (朝阳北路, 义乌街,
// 金华镇), or another division of that name (朝阳区 is not 朝阳市), not the place itself.
const NOT_A_PLACE = /^[东西南北中]?[路街道巷弄镇乡村里]|^[区县市州旗盟]/;

/**
 * Names of divisions (full and short) looked up at a position of a text, longest first.
 * A lookup is a handful of Map probes, which keeps parsing 10,000 addresses in milliseconds.
 */
export class NameIndex<T> {
  private readonly full = new Map<string, T[]>();
  private readonly short = new Map<string, T[]>();
  private longest = 0;
  private shortest = Number.POSITIVE_INFINITY;

  add(name: string, item: T, isShort = false): void {
    const names = isShort ? this.short : this.full;
    const items = names.get(name) ?? [];
    if (!items.includes(item)) items.push(item);
    names.set(name, items);
    this.longest = Math.max(this.longest, name.length);
    this.shortest = Math.min(this.shortest, name.length);
  }

  /** The longest name starting at `at`; a full name is preferred to a short one of the same text. */
  matchAt(text: string, at: number): NameMatch<T> | undefined {
    for (let length = Math.min(this.longest, text.length - at); length >= this.shortest; length--) {
      const name = text.slice(at, at + length);
      const items = this.full.get(name) ?? this.shortAt(name, text, at + length);
      if (items) return { items, at, length };
    }
    return undefined;
  }

  private shortAt(name: string, text: string, end: number): T[] | undefined {
    const items = this.short.get(name);
    if (!items || NOT_A_PLACE.test(text.slice(end, end + 2))) return undefined;
    return items;
  }
}
