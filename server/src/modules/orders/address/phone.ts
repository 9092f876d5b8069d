const MOBILE = /^(?:\+?86)?(1[3-9]\d{9})$/;
// 0579-85123456, 010 6512 3456, 0579-85123456-801 (spaces removed): the area code has three
// digits for 010 and 02x, four elsewhere; then the local number and an extension.
const LANDLINE = /^(0(?:[12]\d|[3-9]\d{2}))-?(\d{7,8})(?:[-#转](\d{1,6}))?$/;

/** A mainland mobile as its 11 digits (+86 138 0000 1234 → 13800001234); any other number as written. */
export function normalisePhone(phone: string): string {
  const text = phone.normalize("NFKC").trim();
  return MOBILE.exec(text.replace(/[\s()-]/g, ""))?.[1] ?? text;
}

/**
 * A phone number as everyone but the shop sees it: 138****1234 for a mobile,
 * 0579-****3456 for a landline (area code kept, extension dropped), and for anything else
 * (a short or foreign number) only its last digits. Already masked numbers pass through.
 */
export function maskPhone(phone: string): string {
  const text = phone.normalize("NFKC").trim();
  if (text === "" || text.includes("*")) return text;
  const compact = text.replace(/[\s()-]/g, "");
  const mobile = MOBILE.exec(compact)?.[1];
  if (mobile) return `${mobile.slice(0, 3)}****${mobile.slice(7)}`;
  const landline = LANDLINE.exec(text.replace(/[\s()]/g, ""));
  if (landline?.[1] && landline[2]) return `${landline[1]}-****${landline[2].slice(-4)}`;
  return maskOther(compact.replace(/\D/g, ""));
}

// Show at most a third of the digits, and never more than the last four.
function maskOther(digits: string): string {
  const shown = Math.min(4, Math.floor(digits.length / 3));
  return `****${digits.slice(digits.length - shown)}`;
}
