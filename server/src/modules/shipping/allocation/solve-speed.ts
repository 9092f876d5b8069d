/**
 * How fast the day's allocation solves: `npx tsx server/src/modules/shipping/allocation/solve-speed.ts`.
 * 10,000 parcels of a sample day; the ten national demo carriers each given four volume tiers
 * (assumed, like the demo's), then thirty carriers (the ten, and two copies of each at prices
 * 8 % either side, half the capacity) as in the benchmark. Each with continuous and
 * with integer class volumes, on a plain day (~130 classes) and on a day with shop
 * restrictions, express and heavier parcels (~380 classes). Budget 120 s, so the times are
 * the solver's own; the default budget is 5 s.
 */
import { performance } from "node:perf_hooks";
import { demoRateCards } from "../demo-rates.js";
import { fenToYuan } from "../money.js";
import type { Band, RateCard } from "../rates/schema.js";
import { allocateParcels } from "./allocate.js";
import { mulberry32, sampleDay } from "./sample-day.js";

const PARCELS = 10_000;
const BUDGET_MS = 120_000;

/** Four tiers at a fifth, two, three and four fifths of capacity: 4, 8, 12, 16 fen off a parcel. */
function withFourTiers(card: RateCard, capacity = card.dailyCapacity ?? 5000): RateCard {
  const tiers = [1, 2, 3, 4].map((step) => ({ minParcels: Math.round((capacity * step) / 5), discountFen: 4 * step }));
  return { ...card, dailyCapacity: capacity, tiers };
}

function thirtyCarriers(ten: RateCard[]): RateCard[] {
  const random = mulberry32(3);
  const copies = [1, 2].flatMap((copy) =>
    ten.map((card) => {
      const factor = 0.92 + random() * 0.16;
      const scale = (band: Band): Band =>
        band.kind === "flat"
          ? { ...band, priceFen: Math.round(band.priceFen * factor) }
          : { ...band, firstPriceFen: Math.round(band.firstPriceFen * factor) };
      const destinations = card.destinations.map((d) => (d.served ? { ...d, bands: d.bands.map(scale) } : d));
      return withFourTiers({ ...card, carrier: `${card.carrier}${copy}`, destinations }, (card.dailyCapacity ?? 0) / 2);
    }),
  );
  return [...ten.map((card) => withFourTiers(card, (card.dailyCapacity ?? 0) / 2)), ...copies];
}

const ten = demoRateCards()
  .filter((card) => card.carrier !== "YZPY")
  .map((card) => withFourTiers(card));

// Load the WebAssembly and warm the code paths, so the first measurement is not the odd one out.
await allocateParcels({ ...sampleDay({ parcels: 200 }), cards: ten });

for (const cards of [ten, thirtyCarriers(ten)])
  for (const simple of [true, false]) {
    const day = sampleDay({ parcels: PARCELS, simple });
    for (const volumes of ["continuous", "integer"] as const) {
      const started = performance.now();
      const result = await allocateParcels({ ...day, cards }, { volumes, timeBudgetMs: BUDGET_MS });
      report(
        `${cards.length} carriers, ${simple ? "plain" : "full"} day, ${volumes}`,
        result,
        performance.now() - started,
      );
    }
  }

function report(title: string, result: Awaited<ReturnType<typeof allocateParcels>>, ms: number): void {
  const { solver, baseline } = result;
  const more = ((baseline.cheapestListFen - result.totalFen) / result.totalFen) * 100;
  const yuan = (v: number | null) => (v === null ? "none" : fenToYuan(Math.round(v)));
  const gap = solver.gapPercent === null ? "n/a" : `${solver.gapPercent.toFixed(4)} %`;
  console.log(
    [
      `${title}: ${solver.classes} classes, ${solver.variables} variables`,
      `  solver ${solver.status} in ${solver.seconds.toFixed(2)} s (allocation ${(ms / 1000).toFixed(2)} s), kept ${solver.method}, gap ${gap}`,
      `  greedy ${yuan(solver.greedyValue)}, solver ${yuan(solver.milpValue)}, total ${fenToYuan(result.totalFen)} yuan; per-parcel cheapest ${fenToYuan(baseline.cheapestListFen)} (+${more.toFixed(2)} %); unallocated ${result.unallocated.length}`,
    ].join("\n"),
  );
}
