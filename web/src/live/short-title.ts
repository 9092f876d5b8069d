/**
 * A product's title cut to `max` characters for a chart's axis, keeping its option in
 * brackets: two colours of one bag must not read the same ("清仓 小方包女…（黑色）").
 */
export function shortTitle(title: string, max = 14): string {
  const chars = [...title];
  if (chars.length <= max) return title;
  const match = /^(.*)（([^（）]*)）$/u.exec(title);
  const option = match?.[2];
  if (!match || option === undefined || [...option].length + 3 >= max) return `${chars.slice(0, max - 1).join("")}…`;
  const base = [...(match[1] ?? "")].slice(0, max - [...option].length - 3).join("");
  return `${base}…（${option}）`;
}
