import { createHmac, timingSafeEqual } from "node:crypto";
import { z } from "zod";
import { checkTime } from "../../orders/ingest/time.js";
import type { TrackingEvent } from "./record.js";
import { normaliseStatus } from "./statuses.js";

/** The header a carrier signs its webhook with: `sha256=` and the hex HMAC-SHA256 of the raw body. */
export const SIGNATURE_HEADER = "x-taocun-signature";

/** Whether `header` is the HMAC of exactly these bytes under the contract's secret (compared in constant time). */
export function signatureMatches(secret: string, body: Buffer, header: string | undefined): boolean {
  const expected = Buffer.from(`sha256=${createHmac("sha256", secret).update(body).digest("hex")}`);
  const given = Buffer.from(header ?? "");
  return given.length === expected.length && timingSafeEqual(given, expected);
}

export const WebhookBody = z
  .object({
    events: z
      .array(
        z.object({
          trackingNumber: z.string().trim().min(1).max(40),
          status: z
            .string()
            .trim()
            .min(1)
            .max(40)
            .meta({ description: "The carrier's word: 揽收, 运输中, DELIVERED …" }),
          time: z
            .string()
            .trim()
            .min(1)
            .max(40)
            .meta({ description: "ISO 8601; without an offset it is the hub's time" }),
          location: z.string().trim().max(100).optional(),
        }),
      )
      .min(1)
      .max(1000),
  })
  .meta({ id: "TrackingWebhook" });

export type WebhookProblem = {
  path: string;
  code: "tracking_status_unknown" | "tracking_time_invalid";
  params: { value: string };
};

/** The body's events in our words, or what in it cannot be read (then nothing is recorded). */
export function eventsOfWebhook(
  body: z.infer<typeof WebhookBody>,
  carrier: string,
  offset: string,
): { events: TrackingEvent[]; problems: WebhookProblem[] } {
  const events: TrackingEvent[] = [];
  const problems: WebhookProblem[] = [];
  body.events.forEach((event, i) => {
    const status = normaliseStatus(event.status);
    const time = checkTime(event.time, offset);
    if (!status)
      problems.push({ path: `events.${i}.status`, code: "tracking_status_unknown", params: { value: event.status } });
    if ("problem" in time)
      problems.push({ path: `events.${i}.time`, code: "tracking_time_invalid", params: { value: event.time } });
    if (status && "value" in time)
      events.push({
        trackingNumber: event.trackingNumber.toUpperCase(),
        carrier,
        status,
        carrierStatus: event.status,
        occurredAt: time.value,
        location: event.location,
      });
  });
  return { events, problems };
}
