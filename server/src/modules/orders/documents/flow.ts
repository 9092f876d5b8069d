import { PAGE } from "./page.js";

/**
 * A cursor down the pages. pdfkit breaks pages only inside one text call; a document of
 * rows, boxes and pictures needs to decide before drawing a block whether it still fits,
 * and to repeat the page header and the table's header row on every page it starts.
 */
export class Flow {
  y: number;
  readonly left = PAGE.margins.left;
  readonly width: number;
  private readonly pageStarters: (() => void)[] = [];

  constructor(readonly doc: PDFKit.PDFDocument) {
    this.y = doc.page.margins.top;
    this.width = doc.page.width - PAGE.margins.left - PAGE.margins.right;
  }

  get right(): number {
    return this.left + this.width;
  }

  get bottom(): number {
    return this.doc.page.height - this.doc.page.margins.bottom;
  }

  /** Draws now, and again at the top of every page started from here on, until the returned function is called. */
  everyPage(draw: () => void): () => void {
    this.pageStarters.push(draw);
    draw();
    return () => {
      const index = this.pageStarters.indexOf(draw);
      if (index >= 0) this.pageStarters.splice(index, 1);
    };
  }

  /** Whether a block this tall fits below the cursor. */
  fits(height: number): boolean {
    return this.y + height <= this.bottom;
  }

  /** Starts a new page unless a block this tall fits; says whether it did. */
  keep(height: number): boolean {
    if (this.fits(height)) return false;
    this.nextPage();
    return true;
  }

  nextPage(): void {
    this.doc.addPage();
    this.y = this.doc.page.margins.top;
    for (const draw of this.pageStarters) draw();
  }
}
