import type { IsolationCase, Victim } from "../accounts/isolation-cases.js";

/** A live room of the victim factory, with its product lined up. */
async function victimRoom({ browser, orgId, skuId }: Victim) {
  const response = await browser.post(`/api/orgs/${orgId}/live/rooms`, {
    title: "受害工厂的直播间",
    scheduledAt: new Date(Date.now() + 3600_000).toISOString(),
    skuIds: [skuId],
  });
  return { roomId: response.json().id as string };
}

const room = (skuId: string) => ({
  title: "被篡改的直播间",
  scheduledAt: new Date(Date.now() + 3600_000).toISOString(),
  skuIds: [skuId],
});

/** Live routes that name an organisation. */
export const liveCases: Record<string, IsolationCase> = {
  "GET /api/orgs/{orgId}/live/sellable": {},
  "GET /api/orgs/{orgId}/live/rooms": {},
  "POST /api/orgs/{orgId}/live/rooms": { body: room("00000000-0000-4000-8000-000000000000") },
  "GET /api/orgs/{orgId}/live/rooms/{roomId}": { prepare: victimRoom },
  "PUT /api/orgs/{orgId}/live/rooms/{roomId}": { body: room("00000000-0000-4000-8000-000000000000") },
  "POST /api/orgs/{orgId}/live/rooms/{roomId}/start": {},
  "POST /api/orgs/{orgId}/live/rooms/{roomId}/end": {},
  "POST /api/orgs/{orgId}/live/rooms/{roomId}/pin": { body: { skuId: null } },
  "POST /api/orgs/{orgId}/live/rooms/{roomId}/deals": {
    body: { skuId: "00000000-0000-4000-8000-000000000000", dealPriceFen: 100, quantity: 1, perBuyerLimit: 1 },
  },
  "POST /api/orgs/{orgId}/live/rooms/{roomId}/draws": { body: { prize: "偷来的奖品" } },
  "GET /api/orgs/{orgId}/live/rooms/{roomId}/report": {},
};
