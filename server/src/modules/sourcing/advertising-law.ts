/**
 * Absolute claims Advertising Law art. 9 forbids in a listing, and medical claims a
 * product may not make (DOMAIN.md). Whole terms: 最佳 is one, the bare 最 is not.
 */
export const FORBIDDEN_TERMS = [
  "国家级",
  "世界级",
  "最高级",
  "最佳",
  "第一",
  "唯一",
  "首个",
  "首选",
  "顶级",
  "极品",
  "绝对",
  "独家",
  "万能",
  "100%",
  "治疗",
  "根治",
] as const;

/** The forbidden terms a title uses, in the order they appear. Full-width forms (１００％) count too. */
export function forbiddenTermsIn(title: string): string[] {
  const text = title.normalize("NFKC");
  return FORBIDDEN_TERMS.map((term) => ({ term, at: text.indexOf(term) }))
    .filter(({ at }) => at >= 0)
    .sort((a, b) => a.at - b.at)
    .map(({ term }) => term);
}
