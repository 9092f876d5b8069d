import { sql } from "drizzle-orm";
import type { Config } from "../../config.js";
import { type Db, queryRows } from "../../db/connection.js";
import { TooManyRequestsError } from "../../http/errors.js";
import { BuyerSessions } from "./buyers/caller.js";
import { type CodeSender, LogCodeSender } from "./buyers/sender.js";
import type { Buyer } from "./buyers/sessions.js";
import { claimCodeOf, maskedPhone, maskProhibited } from "./comments/mask.js";
import { type CommentLimiter, LocalCommentLimiter, RedisCommentLimiter } from "./comments/rate-limit.js";
import { findDeal, openDealWithCode } from "./deals/deals.js";
import { engineFor } from "./engine/choose.js";
import type { BuyOutcome, InventoryEngine } from "./engine/types.js";
import { expireDueClaims } from "./payment/expiry-job.js";
import { type PaymentProvider, SimulatedPayments } from "./payment/provider.js";
import { LocalBus, RedisBus, type RoomBus } from "./realtime/bus.js";
import { RoomRecorder } from "./realtime/recorder.js";
import { RoomHub } from "./realtime/room-hub.js";
import { noteSoldOut } from "./rooms/timeline.js";

type DealPlace = { hubId: string; roomId: string | null; perBuyerLimit: number };

// A window of stock signals: short, since a count told late waits a whole tick more for its update.
const STOCK_SIGNAL_MS = 50;
const EXPIRY_EVERY_MS = 15_000;

/**
 * The live module's moving parts in one server: the inventory engine, the room hub that
 * pushes updates to viewers, buyers' sessions, the code sender and the payment provider.
 * Made once by the composition root, closed with the server.
 */
export class Live {
  readonly engine: InventoryEngine;
  readonly hub: RoomHub;
  readonly buyers: BuyerSessions;
  readonly recorder: RoomRecorder;
  readonly comments: CommentLimiter;
  private readonly bus: RoomBus;
  private readonly deals = new Map<string, DealPlace>();
  /** Deals whose count moved again after this window's signal: their room and when they first moved. */
  private readonly movedDeals = new Map<string, { roomId: string; since: number }>();
  /** Deals signalled in this window (50 ms): a hot deal makes one signal a window, not one a buy. */
  private readonly signalled = new Set<string>();
  private readonly soldOut = new Set<string>();
  /** Rooms that ended: their deals take no more buys, whatever an engine counted before. */
  private readonly endedRooms = new Set<string>();
  private readonly timers: NodeJS.Timeout[] = [];

  constructor(
    readonly db: Db,
    config: Pick<Config, "liveEngine" | "redisUrl">,
    readonly sender: CodeSender = new LogCodeSender(),
    readonly payments: PaymentProvider = new SimulatedPayments("taocun-simulated-payments"),
  ) {
    this.engine = engineFor(db, config);
    const several = config.redisUrl && config.liveEngine === "redis" ? config.redisUrl : undefined;
    this.bus = several ? new RedisBus(several) : new LocalBus();
    this.comments = several ? new RedisCommentLimiter(several) : new LocalCommentLimiter();
    this.recorder = new RoomRecorder(db);
    this.hub = new RoomHub({
      bus: this.bus,
      left: (hubId, dealId) => this.engine.left(hubId, dealId),
      record: (roomId, hubId, seen) => this.recorder.saw(hubId, roomId, seen),
    });
    this.buyers = new BuyerSessions(db);
    this.bus.subscribe((signal) => {
      if (signal.type === "status" && signal.status === "ended") this.roomEnded(signal.roomId);
    });
    this.every(STOCK_SIGNAL_MS, () => this.signalMovedDeals());
    this.every(EXPIRY_EVERY_MS, () => this.expire());
  }

  /** A buy of a deal by a signed-in buyer; a deal of another hub is no deal for them. */
  async buy(buyer: Buyer, dealId: string, quantity: number, key: string): Promise<BuyOutcome & { limit?: number }> {
    const deal = await this.place(dealId);
    if (!deal || deal.hubId !== buyer.hubId) return { ok: false, reason: "deal_not_found" };
    if (deal.roomId && this.endedRooms.has(deal.roomId)) return { ok: false, reason: "deal_ended" };
    const outcome = await this.engine.buy({ hubId: deal.hubId, dealId, buyerId: buyer.id, quantity, key });
    if (outcome.ok && !outcome.repeated) this.moved(dealId, deal, outcome.left);
    return outcome.ok ? outcome : { ...outcome, limit: deal.perBuyerLimit };
  }

  /**
   * A buyer's comment: refused when they flood, masked, shown to the room; a comment that is
   * an open deal's code (扣1) claims one unit, and only the buyer hears how that went.
   */
  async comment(buyer: Buyer, room: { hubId: string; id: string }, text: string) {
    const wait = await this.comments.take(buyer.id);
    if (wait !== undefined) throw new TooManyRequestsError("live_comment_too_fast", wait);
    const shown = maskProhibited(text.trim());
    const [row] = await queryRows<{ id: string; at: string }>(
      this.db,
      sql`insert into live_comments (hub_id, room_id, buyer_id, text) values (${room.hubId}, ${room.id}, ${buyer.id}, ${shown})
          returning id, to_json(created_at)#>>'{}' as at`,
    );
    const comment = { id: (row as { id: string }).id, buyer: maskedPhone(buyer.phone), text: shown, at: row?.at ?? "" };
    this.hub.publish({ type: "comment", roomId: room.id, comment });
    const claim = await this.claimByComment(buyer, room, text, comment.id);
    return { comment, claim };
  }

  async close(): Promise<void> {
    for (const timer of this.timers) clearInterval(timer);
    this.hub.close();
    this.recorder.close();
    await this.recorder.flush();
    await this.engine.close();
    await this.bus.close();
    await this.comments.close();
  }

  /**
   * Tells the room a deal's count moved (launched, bought, expired); its viewers read it at the
   * next tick. The first move of a window is told at once, later ones at the window's end.
   */
  dealMoved(roomId: string, dealId: string): void {
    if (!this.signalled.has(dealId)) {
      this.signalled.add(dealId);
      this.hub.publish({ type: "stock", roomId, dealId, since: Date.now() });
    } else if (!this.movedDeals.has(dealId)) this.movedDeals.set(dealId, { roomId, since: Date.now() });
  }

  /** A room ended: its deals take no more buys here at once, and on other servers when the bus tells them. */
  roomEnded(roomId: string): void {
    this.endedRooms.add(roomId);
  }

  /** Runs the expiry job once now; the server also runs it every 15 s. */
  async expire(at = new Date()): Promise<number> {
    const expired = await expireDueClaims(this.db, this.engine, at);
    for (const claim of expired) if (claim.roomId) this.dealMoved(claim.roomId, claim.dealId);
    return expired.length;
  }

  private async claimByComment(buyer: Buyer, room: { hubId: string; id: string }, text: string, commentId: string) {
    const code = claimCodeOf(text);
    const deal = code ? await openDealWithCode(this.db, room, code) : undefined;
    if (!deal) return undefined;
    const outcome = await this.buy(buyer, deal.id, 1, `comment:${commentId}`);
    const message = { type: "claim", dealId: deal.id, outcome };
    this.hub.publish({ type: "private", roomId: room.id, buyerId: buyer.id, message });
    return { dealId: deal.id, outcome };
  }

  private moved(dealId: string, deal: DealPlace, left: number): void {
    if (!deal.roomId) return;
    this.dealMoved(deal.roomId, dealId);
    if (left === 0 && !this.soldOut.has(dealId)) {
      this.soldOut.add(dealId);
      void noteSoldOut(this.db, deal.hubId, deal.roomId, dealId).catch(() => this.soldOut.delete(dealId));
    }
  }

  /** A window's end: the deals that moved after their signal are told now, and count as told in the next window. */
  private signalMovedDeals(): void {
    this.signalled.clear();
    for (const [dealId, { roomId, since }] of this.movedDeals) {
      this.signalled.add(dealId);
      this.hub.publish({ type: "stock", roomId, dealId, since });
    }
    this.movedDeals.clear();
  }

  /** Where a deal is: read once per server, since a deal never moves. */
  private async place(dealId: string): Promise<DealPlace | undefined> {
    const known = this.deals.get(dealId);
    if (known) return known;
    const deal = await findDeal(this.db, dealId);
    if (!deal) return undefined;
    const place = { hubId: deal.hubId, roomId: deal.roomId, perBuyerLimit: deal.perBuyerLimit };
    if (deal.roomEnded && deal.roomId) this.endedRooms.add(deal.roomId);
    this.deals.set(dealId, place);
    return place;
  }

  private every(ms: number, work: () => unknown): void {
    const timer = setInterval(() => void Promise.resolve(work()).catch(() => {}), ms);
    timer.unref();
    this.timers.push(timer);
  }
}
