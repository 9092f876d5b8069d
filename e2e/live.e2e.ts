import { expect, type Page, test } from "@playwright/test";
import { logInAndWait } from "./journey";
import { buyerOnPhone, buyerPhone, dealOn, signInBuyer } from "./live-buyers";
import { snap } from "./screenshots";

// The bag factory of the demo hub goes live to clear a bag from last year's backlog.
const anchorEmail = "supplier@demo.taocun.cn";
const stamp = Date.now();
const title = `E2E 工厂清仓专场 ${stamp}`;
// Five bags at ¥19.90, three a buyer, opening after a countdown both buyers watch.
const deal = { price: "19.90", quantity: "5", limit: "3", countdown: "30" };

test("an anchor sells a clearance bag live: two buyers race for five, the limit holds, the report shows the GMV", async ({
  page,
  browser,
}) => {
  test.setTimeout(240_000);
  const origin = String(test.info().project.use.baseURL);

  // The anchor schedules the show with a clearance bag from the factory's backlog.
  await logInAndWait(page, anchorEmail);
  await page.getByRole("button", { name: "打开或关闭导航" }).click();
  await page.getByRole("navigation").getByRole("link", { name: "直播" }).click();
  await expect(page.getByRole("heading", { name: "直播", exact: true })).toBeVisible();
  await page.getByRole("link", { name: "安排直播" }).click();
  await page.getByRole("textbox", { name: "直播标题" }).fill(title);
  // The stream is an HLS playlist this server does not have: the page must say the picture dropped, not go blank.
  await page.getByRole("textbox", { name: "直播流地址" }).fill(`${origin}/streams/e2e-${stamp}.m3u8`);
  const anchors = page.getByRole("combobox", { name: "主播" });
  await anchors.fill("楼建国");
  await anchors.press("Enter");
  await page.getByRole("textbox", { name: "搜索商品名称或编码" }).fill("清仓");
  const bag = page.getByTestId("sellable").filter({ hasText: "清仓" }).first();
  await expect(bag).toContainText("原价 ¥");
  await expect(bag).toContainText("清仓价 ¥");
  await expect(bag.getByTestId("sellable-stock")).toHaveText(/^积压 [\d,]+ 件 · 可售 [\d,]+ 件$/);
  const bagTitle = (await bag.locator("p").first().textContent()) ?? "";
  await bag.getByRole("checkbox").check();
  await expect(page.getByText("已选 1 件；清仓商品排在前面")).toBeVisible();
  await snap(page, "live-schedule");
  await page.getByRole("button", { name: "安排直播" }).click();
  await page.waitForURL(/\/live\/rooms\/[0-9a-f-]{36}$/);
  const roomId = page.url().split("/").at(-1) ?? "";

  // On air, presenting the bag.
  const status = page.getByTestId("room-status").first();
  await expect(status).toHaveText("未开始");
  await page.getByRole("button", { name: "开始直播" }).click();
  await expect(status).toHaveText("直播中");
  await page.getByTestId("lineup-item").getByRole("button", { name: "讲解", exact: true }).click();
  await expect(page.getByTestId("lineup-item")).toHaveAttribute("data-pinned", "true");
  await expect(page.getByTestId("buyer-qr")).toBeVisible();
  await expect(page.getByTestId("buyer-link")).toHaveText(`${origin}/live/${roomId}`);

  // Two buyers open the room on their phones, without any staff log-in, and sign in by phone.
  const first = await buyerOnPhone(browser, origin, roomId);
  const second = await buyerOnPhone(browser, origin, roomId);
  for (const buyer of [first, second]) {
    await expect(buyer.getByRole("heading", { name: title })).toBeVisible();
    await expect(buyer.getByTestId("room-status")).toHaveText("直播中");
    await expect(buyer.getByTestId("pinned")).toContainText("讲解中");
    await expect(buyer.getByTestId("stream-poster")).toContainText("直播画面暂时中断");
  }
  await signInBuyer(first, buyerPhone(stamp, 1));
  await signInBuyer(second, buyerPhone(stamp, 2));
  await expect(page.getByTestId("counter-viewers")).toHaveText(/^[2-9]\d*$/);

  // The anchor launches the flash deal: it reaches both phones over the room's socket.
  await launchDeal(page, bagTitle);
  const deals = [dealOn(first), dealOn(second)];
  // The presented bag now points to its deal, at the deal's price.
  await expect(first.getByTestId("pinned").getByTestId("price")).toHaveText("¥19.90");
  for (const { card, buy, counts } of deals) {
    await expect(card).toHaveAttribute("data-phase", "upcoming");
    await expect(card.getByTestId("price")).toHaveText("¥19.90");
    await expect(card.getByTestId("price-was")).toHaveText(/^¥\d+\.\d\d$/);
    await expect(counts).toHaveText("已抢 0 件 · 剩 5 件");
    await expect(buy).toBeDisabled();
    await expect(buy).toHaveText(/^00:\d\d 后开抢$/);
  }
  // The countdown counts.
  const countdown = first.getByTestId("deal").getByTestId("countdown");
  await expect(countdown).toHaveText(/^距开抢 00:\d\d$/);
  const before = (await countdown.textContent()) ?? "";
  await expect(countdown).not.toHaveText(before, { timeout: 3_000 });
  await snap(first, "live-buyer-countdown");

  // It opens for both at once.
  for (const { card, buy } of deals) {
    await expect(card).toHaveAttribute("data-phase", "open", { timeout: 30_000 });
    await expect(buy).toHaveText("立即抢购");
  }

  // The first buyer takes two.
  const [a, b] = deals as [ReturnType<typeof dealOn>, ReturnType<typeof dealOn>];
  await a.more.click();
  await expect(a.quantity).toHaveText("2");
  await a.buy.click();
  await expect(a.card.getByTestId("buy-accepted")).toContainText("抢到了 2 件");
  await expect(b.counts).toHaveText("已抢 2 件 · 剩 3 件");

  // The second asks for four: refused by the limit, then takes the three left.
  for (let i = 0; i < 3; i++) await b.more.click();
  await expect(b.quantity).toHaveText("4");
  await b.buy.click();
  await expect(b.card.getByTestId("buy-refused")).toHaveText("每人限购 3 件");
  await expect(b.counts).toHaveText("已抢 2 件 · 剩 3 件");
  await b.less.click();
  await b.buy.click();
  await expect(b.card.getByTestId("buy-accepted")).toContainText("抢到了 3 件");

  // Sold out, on both phones and on the anchor's console.
  for (const { card, buy, counts } of deals) {
    await expect(card).toHaveAttribute("data-phase", "soldOut");
    await expect(buy).toHaveText("已抢光");
    await expect(buy).toBeDisabled();
    await expect(counts).toHaveText("已抢 5 件 · 剩 0 件");
  }
  const stats = page.getByTestId("deal-stats");
  await expect(stats).toHaveAttribute("data-phase", "soldOut");
  await expect(stats.getByTestId("deal-stats-counts")).toHaveText("已售 5 件 · 剩余 0 件 · 每人限购 3 件");

  // The first buyer pays for the two, to an address added on the way.
  await payWithNewAddress(first);
  await expect(first.getByTestId("claim")).toHaveAttribute("data-status", "paid");

  // A comment and a like reach everyone; the anchor draws a winner among the commenters.
  await second.getByRole("textbox", { name: "说点什么…" }).fill("包很好看，已经抢到了");
  await second.getByRole("button", { name: "发送" }).click();
  for (const viewer of [first, page])
    await expect(viewer.getByTestId("comment").filter({ hasText: "包很好看，已经抢到了" })).toBeVisible();
  await first.getByRole("button", { name: "点赞" }).click();
  await expect(page.getByTestId("counter-likes")).not.toHaveText("0");
  await page.getByRole("textbox", { name: "奖品" }).fill("同款小方包");
  await page.getByRole("button", { name: "开始抽奖" }).click();
  await expect(page.getByTestId("draw")).toContainText("抽奖：同款小方包");
  await expect(second.getByTestId("draw")).toContainText("恭喜，你中奖了！");
  await snap(first, "live-buyer");
  await snap(second, "live-buyer-winner");
  await snap(page, "live-console");

  // The anchor ends the show; the phones say so.
  await page.getByRole("button", { name: "结束直播" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "结束直播" }).click();
  await expect(status).toHaveText("已结束");
  for (const buyer of [first, second]) await expect(buyer.getByTestId("room-status")).toHaveText("已结束");

  // The report: 5 × ¥19.90 = ¥99.50 from two orders, the bag's units, the minutes, the timeline.
  await page.getByRole("link", { name: "直播复盘" }).click();
  await expect(page.getByRole("heading", { name: `直播复盘：${title}` })).toBeVisible();
  await expect(page.getByTestId("figure-gmv").getByTestId("figure-value")).toHaveText("¥99.50");
  await expect(page.getByTestId("figure-gmv")).toContainText("已付款 ¥39.80");
  await expect(page.getByTestId("figure-orders").getByTestId("figure-value")).toHaveText("2");
  await expect(page.getByTestId("figure-units").getByTestId("figure-value")).toHaveText("5");
  await expect(page.getByTestId("products-chart").locator("svg")).toBeVisible();
  await expect(page.getByTestId("backlog-chart").locator("svg")).toBeVisible();
  await expect(page.getByTestId("per-minute-chart").locator("svg")).toBeVisible();
  const timeline = page.getByTestId("timeline-event");
  await expect(timeline.first()).toHaveAttribute("data-kind", "started");
  await expect(timeline.last()).toHaveAttribute("data-kind", "ended");
  for (const kind of ["pinned", "deal_launched", "sold_out", "draw"])
    await expect(timeline.and(page.locator(`[data-kind="${kind}"]`))).toHaveCount(1);
  await expect(timeline.and(page.locator('[data-kind="deal_launched"]'))).toContainText("¥19.90 × 5 件");
  await snap(page, "live-report");

  // The show is in the anchor's list, ended, with its report a tap away.
  await page.getByRole("link", { name: "← 返回直播控制台" }).click();
  await page.getByRole("link", { name: "← 返回直播列表" }).click();
  const listed = page.getByTestId("live-room").and(page.locator(`[data-room="${roomId}"]`));
  await expect(listed.getByTestId("room-status")).toHaveText("已结束");
  await expect(listed.getByRole("link", { name: "直播复盘" })).toBeVisible();
  await snap(page, "live-rooms");

  await first.context().close();
  await second.context().close();
});

/** 上架秒杀 from the console: the bag at ¥19.90, five units, three a buyer, a countdown, code 1. */
async function launchDeal(page: Page, bagTitle: string) {
  await page.getByRole("combobox", { name: "商品" }).click();
  await page.getByRole("option", { name: bagTitle }).click();
  await page.getByRole("textbox", { name: "秒杀价（元）" }).fill(deal.price);
  await page.getByRole("textbox", { name: "数量（件）" }).fill(deal.quantity);
  await page.getByRole("textbox", { name: "每人限购（件）" }).fill(deal.limit);
  await page.getByRole("textbox", { name: "倒计时（秒）" }).fill(deal.countdown);
  await page.getByRole("textbox", { name: "持续（分钟）" }).fill("10");
  await page.getByRole("textbox", { name: "口令" }).fill("1");
  await page.getByRole("button", { name: "上架秒杀" }).click();
  await expect(page.getByTestId("deal-stats")).toHaveAttribute("data-phase", "upcoming");
}

/** 我的订单 → 去付款: a new address in the book, then the simulated payment. */
async function payWithNewAddress(buyer: Page) {
  const claim = buyer.getByTestId("claim");
  await expect(claim).toHaveAttribute("data-status", "accepted");
  await expect(claim.getByTestId("pay-by")).toHaveText(/^请在 1[45]:\d\d 内付款$/);
  await claim.getByRole("button", { name: "去付款" }).click();
  const sheet = buyer.getByRole("dialog", { name: "付款" });
  await sheet.getByRole("textbox", { name: "收货人" }).fill("陈静");
  await sheet.getByRole("textbox", { name: "手机号" }).fill("13905790001");
  await sheet.getByRole("textbox", { name: "详细地址" }).fill("浙江省金华市义乌市江东街道青岩刘村8幢2单元");
  await sheet.getByRole("button", { name: "保存地址" }).click();
  await expect(sheet.getByRole("radio", { name: /陈静/ })).toBeChecked();
  await sheet.getByRole("button", { name: "确认付款 ¥39.80" }).click();
  await expect(sheet).toBeHidden();
}
