import { hubTimeToIso } from "./hub-time";
import type { RoomInput } from "./queries";

export type RoomForm = { title: string; time: string; streamUrl: string; anchors: string[]; skuIds: string[] };
export type RoomField = "title" | "time" | "streamUrl" | "skuIds";

/** A stream the buyer page can show: an HLS playlist or a link to the platform's room, over http(s). */
export function isStreamUrl(text: string): boolean {
  try {
    return ["http:", "https:"].includes(new URL(text).protocol);
  } catch {
    return false;
  }
}

/** The form as the server takes it, or the fields to fix; the time is read on the hub's clock. */
export function roomInput(
  form: RoomForm,
  timeZone: string,
): { ok: true; input: RoomInput } | { ok: false; errors: Partial<Record<RoomField, true>> } {
  const errors: Partial<Record<RoomField, true>> = {};
  const title = form.title.trim();
  const scheduledAt = hubTimeToIso(form.time, timeZone);
  const streamUrl = form.streamUrl.trim();
  if (!title) errors.title = true;
  if (!scheduledAt) errors.time = true;
  if (streamUrl && !isStreamUrl(streamUrl)) errors.streamUrl = true;
  if (form.skuIds.length === 0) errors.skuIds = true;
  if (Object.keys(errors).length > 0 || !scheduledAt) return { ok: false, errors };
  return {
    ok: true,
    input: {
      title,
      scheduledAt,
      streamUrl: streamUrl || null,
      anchors: form.anchors.map((anchor) => anchor.trim()).filter(Boolean),
      skuIds: form.skuIds,
    },
  };
}
