import sharp from "sharp";

/** The colours demo products come in, as suppliers name them, and how they are drawn. */
export const COLOURS = {
  黑色: "#2b2b2b",
  白色: "#fafafa",
  米白: "#efe6d2",
  卡其: "#c3a36b",
  棕色: "#7a4b2a",
  酒红: "#7b1e2b",
  红色: "#d23a3a",
  粉色: "#f2a7bb",
  黄色: "#f2c230",
  绿色: "#3c9a5f",
  墨绿: "#2d4a3a",
  蓝色: "#2f6fd0",
  藏青: "#1f2d4d",
  天蓝: "#7fb8e6",
  灰色: "#8a8a8a",
  金色: "#d4af37",
  银色: "#c0c4c8",
  玫瑰金: "#e0a899",
} as const;
export type Colour = keyof typeof COLOURS;

type Draw = (fill: string, line: string) => string;
const outline = (line: string, width = 6) => `stroke="${line}" stroke-width="${width}" stroke-linejoin="round"`;

/**
 * Simple flat drawings of the goods the village sells, one per kind, in any colour. Shapes
 * only, no text: text would need fonts, and fonts differ from one machine to the next.
 */
const DRAWINGS = {
  tote: (c, d) =>
    `<path d="M280 330 Q280 170 400 170 Q520 170 520 330" fill="none" ${outline(d, 22)}/>
     <path d="M190 320 L610 320 L570 640 L230 640 Z" fill="${c}" ${outline(d)}/>`,
  crossbody: (c, d) =>
    `<path d="M250 390 Q400 40 550 390" fill="none" ${outline(d, 12)}/>
     <rect x="220" y="360" width="360" height="260" rx="40" fill="${c}" ${outline(d)}/>
     <path d="M220 400 Q220 360 260 360 L540 360 Q580 360 580 400 L580 490 L220 490 Z" fill="${d}" opacity="0.3"/>
     <circle cx="400" cy="490" r="16" fill="#d4af37"/>`,
  backpack: (c, d) =>
    `<path d="M340 230 Q340 160 400 160 Q460 160 460 230" fill="none" ${outline(d, 18)}/>
     <rect x="240" y="210" width="320" height="440" rx="100" fill="${c}" ${outline(d)}/>
     <rect x="290" y="440" width="220" height="170" rx="40" fill="${d}" opacity="0.3"/>
     <line x1="300" y1="450" x2="500" y2="450" ${outline(d)}/>`,
  suitcase: (c, d) =>
    `<path d="M350 230 L350 120 L450 120 L450 230" fill="none" ${outline("#8a8a8a", 16)}/>
     <rect x="250" y="220" width="300" height="450" rx="36" fill="${c}" ${outline(d)}/>
     ${[325, 400, 475].map((x) => `<line x1="${x}" y1="250" x2="${x}" y2="640" ${outline(d, 8)} opacity="0.45"/>`).join("")}
     <circle cx="295" cy="690" r="20" fill="#333"/><circle cx="505" cy="690" r="20" fill="#333"/>`,
  wallet: (c, d) =>
    `<rect x="190" y="290" width="420" height="270" rx="26" fill="${c}" ${outline(d)}/>
     <path d="M190 320 Q190 290 220 290 L580 290 Q610 290 610 320 L610 410 L190 410 Z" fill="${d}" opacity="0.3"/>
     <rect x="520" y="385" width="90" height="56" rx="12" fill="${d}"/>`,
  tshirt: (c, d) =>
    `<path d="M300 190 L230 215 L140 330 L225 395 L270 350 L270 650 L530 650 L530 350 L575 395 L660 330 L570 215 L500 190 Q400 260 300 190 Z" fill="${c}" ${outline(d)}/>`,
  hoodie: (c, d) =>
    `<path d="M300 220 L235 245 L160 580 L240 595 L280 390 L280 660 L520 660 L520 390 L560 595 L640 580 L565 245 L500 220 Z" fill="${c}" ${outline(d)}/>
     <path d="M305 230 Q300 120 400 120 Q500 120 495 230 Q400 300 305 230 Z" fill="${c}" ${outline(d)}/>
     <path d="M340 225 Q400 270 460 225" fill="none" ${outline(d)}/>
     <rect x="330" y="480" width="140" height="90" rx="14" fill="${d}" opacity="0.25"/>`,
  dress: (c, d) =>
    `<path d="M335 150 L290 175 L255 250 L300 270 L325 230 L325 300 Q240 510 175 665 L625 665 Q560 510 475 300 L475 230 L500 270 L545 250 L510 175 L465 150 Q400 200 335 150 Z" fill="${c}" ${outline(d)}/>
     <line x1="326" y1="300" x2="474" y2="300" ${outline(d, 16)}/>`,
  trousers: (c, d) =>
    `<path d="M275 150 L525 150 L565 665 L430 665 L400 330 L370 665 L235 665 Z" fill="${c}" ${outline(d)}/>
     <line x1="277" y1="195" x2="523" y2="195" ${outline(d)}/>`,
  socks: (c, d) =>
    [0, 1]
      .map(
        (i) =>
          `<g transform="translate(${i * 230} ${i * 40})">
             <path d="M220 150 L330 150 L330 470 Q330 560 270 590 L190 625 Q140 640 135 590 Q132 545 180 522 L220 495 Z" fill="${c}" ${outline(d)}/>
             <rect x="220" y="150" width="110" height="50" fill="${d}" opacity="0.35"/></g>`,
      )
      .join(""),
  hairclip: (c, d) =>
    `<path d="M170 470 Q400 420 630 470" fill="none" ${outline("#9a9a9a", 10)}/>
     <rect x="140" y="340" width="520" height="110" rx="55" fill="${c}" ${outline(d)}/>
     ${[205, 283, 361, 439, 517, 595].map((x) => `<circle cx="${x}" cy="395" r="34" fill="#f7f1e3" ${outline("#d8cfc0", 4)}/>`).join("")}`,
  clawclip: (c, d) =>
    `${[250, 300, 350, 400, 450, 500, 550].map((x) => `<rect x="${x - 16}" y="360" width="32" height="${x === 400 ? 230 : 200}" rx="16" fill="${c}" ${outline(d, 4)}/>`).join("")}
     <path d="M200 380 Q400 180 600 380 L580 420 Q400 250 220 420 Z" fill="${c}" ${outline(d)}/>`,
  earrings: (c, d) =>
    [290, 510]
      .map(
        (x) =>
          `<path d="M${x - 25} 250 Q${x - 25} 190 ${x} 190 Q${x + 25} 190 ${x + 25} 250" fill="none" ${outline("#b99a3a", 6)}/>
           <line x1="${x + 25}" y1="250" x2="${x}" y2="320" ${outline("#b99a3a", 6)}/>
           <circle cx="${x}" cy="420" r="95" fill="none" stroke="${c}" stroke-width="30"/>
           <circle cx="${x}" cy="420" r="110" fill="none" stroke="${d}" stroke-width="3"/>`,
      )
      .join(""),
  necklace: (c, d) =>
    `<path d="M190 180 Q400 640 610 180" fill="none" stroke="#b99a3a" stroke-width="6" stroke-dasharray="12 8"/>
     <path d="M400 420 L450 490 L400 580 L350 490 Z" fill="${c}" ${outline(d)}/>`,
  hat: (c, d) =>
    `<circle cx="400" cy="200" r="60" fill="${c}" ${outline(d)}/>
     <path d="M220 540 Q220 220 400 220 Q580 220 580 540 Z" fill="${c}" ${outline(d)}/>
     ${[300, 350, 400, 450, 500].map((x) => `<line x1="${x}" y1="280" x2="${x}" y2="530" ${outline(d, 4)} opacity="0.4"/>`).join("")}
     <rect x="200" y="510" width="400" height="110" rx="34" fill="${c}" ${outline(d)}/>`,
  bear: (c, d) =>
    `<circle cx="290" cy="200" r="60" fill="${c}" ${outline(d)}/><circle cx="510" cy="200" r="60" fill="${c}" ${outline(d)}/>
     <circle cx="400" cy="540" r="160" fill="${c}" ${outline(d)}/>
     <circle cx="400" cy="300" r="150" fill="${c}" ${outline(d)}/>
     <ellipse cx="400" cy="350" rx="62" ry="48" fill="#f7efe3"/>
     <circle cx="345" cy="275" r="14" fill="#222"/><circle cx="455" cy="275" r="14" fill="#222"/>
     <ellipse cx="400" cy="335" rx="20" ry="14" fill="#222"/>`,
  blocks: (c, d) =>
    `${[
      [230, 470],
      [410, 470],
      [320, 310],
    ]
      .map(
        ([x, y]) =>
          `<rect x="${x}" y="${y}" width="170" height="150" rx="10" fill="${c}" ${outline(d)}/>
           <rect x="${(x ?? 0) + 25}" y="${(y ?? 0) - 30}" width="45" height="32" rx="6" fill="${c}" ${outline(d)}/>
           <rect x="${(x ?? 0) + 100}" y="${(y ?? 0) - 30}" width="45" height="32" rx="6" fill="${c}" ${outline(d)}/>`,
      )
      .join("")}`,
  car: (c, d) =>
    `<path d="M140 520 L170 420 L290 410 L350 320 L520 320 L590 410 L660 430 L670 520 Z" fill="${c}" ${outline(d)}/>
     <path d="M315 410 L365 345 L430 345 L430 410 Z M450 410 L450 345 L510 345 L560 410 Z" fill="#cfe6f5" ${outline(d, 4)}/>
     <circle cx="270" cy="530" r="58" fill="#333"/><circle cx="270" cy="530" r="24" fill="#bbb"/>
     <circle cx="540" cy="530" r="58" fill="#333"/><circle cx="540" cy="530" r="24" fill="#bbb"/>`,
  ball: (c, d) =>
    `<circle cx="400" cy="410" r="230" fill="${c}" ${outline(d)}/>
     <path d="M400 180 Q250 410 400 640" fill="none" stroke="#fafafa" stroke-width="40"/>
     <path d="M400 180 Q550 410 400 640" fill="none" stroke="#fafafa" stroke-width="40"/>
     <circle cx="400" cy="410" r="230" fill="none" ${outline(d)}/>`,
  mug: (c, d) =>
    `<path d="M520 330 Q630 330 630 420 Q630 510 520 510" fill="none" stroke="${d}" stroke-width="40"/>
     <path d="M520 330 Q630 330 630 420 Q630 510 520 510" fill="none" stroke="${c}" stroke-width="28"/>
     <rect x="240" y="240" width="290" height="380" rx="34" fill="${c}" ${outline(d)}/>
     <ellipse cx="385" cy="245" rx="140" ry="22" fill="${d}" opacity="0.35"/>`,
  box: (c, d) =>
    `<rect x="190" y="330" width="420" height="300" rx="18" fill="${c}" ${outline(d)}/>
     <rect x="165" y="280" width="470" height="70" rx="16" fill="${c}" ${outline(d)}/>
     <rect x="350" y="410" width="100" height="28" rx="14" fill="${d}" opacity="0.5"/>`,
  bottle: (c, d) =>
    `<rect x="315" y="205" width="170" height="455" rx="62" fill="${c}" ${outline(d)}/>
     <rect x="325" y="135" width="150" height="95" rx="22" fill="#4a4a4a" ${outline("#333")}/>
     <rect x="315" y="300" width="170" height="22" fill="${d}" opacity="0.3"/>`,
  notebook: (c, d) =>
    `<rect x="240" y="160" width="340" height="480" rx="16" fill="${c}" ${outline(d)}/>
     ${[210, 270, 330, 390, 450, 510, 570].map((y) => `<circle cx="240" cy="${y}" r="14" fill="none" ${outline("#777", 6)}/>`).join("")}
     <rect x="330" y="240" width="180" height="80" rx="8" fill="#fafafa" opacity="0.9"/>`,
  bowl: (c, d) =>
    `<path d="M180 380 L620 380 Q610 610 400 620 Q190 610 180 380 Z" fill="${c}" ${outline(d)}/>
     <ellipse cx="400" cy="380" rx="220" ry="42" fill="${d}" opacity="0.3" ${outline(d)}/>
     <rect x="330" y="615" width="140" height="30" rx="8" fill="${c}" ${outline(d)}/>`,
} satisfies Record<string, Draw>;
export type DrawingKind = keyof typeof DRAWINGS;

/** A drawing of one kind of goods in one colour, on a light studio background, as a PNG. */
export function drawProduct(kind: DrawingKind, colour: Colour): Promise<Buffer> {
  const fill = COLOURS[colour];
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="800" height="800" viewBox="0 0 800 800">
    <rect width="800" height="800" fill="#f5f3ef"/>
    <ellipse cx="400" cy="705" rx="270" ry="26" fill="#000" opacity="0.08"/>
    ${DRAWINGS[kind](fill, darker(fill))}</svg>`;
  // Least compression: storePicture decodes it again at once, and a PNG loses nothing.
  return sharp(Buffer.from(svg)).png({ compressionLevel: 1 }).toBuffer();
}

function darker(hex: string): string {
  const value = Number.parseInt(hex.slice(1), 16);
  const channel = (shift: number) => Math.round(((value >> shift) & 0xff) * 0.68);
  return `rgb(${channel(16)},${channel(8)},${channel(0)})`;
}
