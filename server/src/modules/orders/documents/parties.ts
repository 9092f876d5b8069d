import type { Flow } from "./flow.js";
import type { Labels } from "./labels.js";
import { COLOURS, SIZES } from "./page.js";
import type { Party } from "./types.js";

const PAD = 8;
const GAP = 12;

type Box = { x: number; width: number };

/** The lines printed for a party under its role, skipping what is not known. */
function partyLines(party: Party, labels: Labels): string[] {
  const reach = [party.contact, party.phone].filter(Boolean).join("  ");
  return [
    reach && labels.field(labels.contact, reach),
    party.address && labels.field(labels.address, party.address),
  ].filter((line): line is string => Boolean(line));
}

/** Draws (or, with `draw` false, only measures) one party's box content; returns its height. */
function partyBlock(flow: Flow, box: Box, role: string, party: Party, labels: Labels, draw: boolean): number {
  const { doc } = flow;
  const width = box.width - 2 * PAD;
  const x = box.x + PAD;
  let y = flow.y + PAD;
  const put = (text: string, font: "regular" | "bold", size: number, colour: string) => {
    doc.font(font).fontSize(size).fillColor(colour);
    if (draw) doc.text(text, x, y, { width });
    y += doc.heightOfString(text, { width });
  };
  put(role, "regular", SIZES.small, COLOURS.muted);
  put(party.name, "bold", SIZES.heading, COLOURS.text);
  for (const line of partyLines(party, labels)) put(line, "regular", SIZES.body, COLOURS.text);
  doc.fillColor(COLOURS.text);
  return y + PAD - flow.y;
}

/** Two boxes side by side, the supplier's and the shop's, as tall as the taller of them. */
export function drawParties(flow: Flow, parties: { role: string; party: Party }[], labels: Labels): void {
  const width = (flow.width - GAP * (parties.length - 1)) / parties.length;
  const boxes = parties.map((_, i) => ({ x: flow.left + i * (width + GAP), width }));
  const height = Math.max(
    ...parties.map(({ role, party }, i) => partyBlock(flow, boxes[i] as Box, role, party, labels, false)),
  );
  flow.keep(height);
  parties.forEach(({ role, party }, i) => {
    const box = boxes[i] as Box;
    flow.doc.lineWidth(0.6).strokeColor(COLOURS.rule).rect(box.x, flow.y, box.width, height).stroke();
    partyBlock(flow, box, role, party, labels, true);
  });
  flow.y += height + GAP;
}
