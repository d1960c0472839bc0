import type PptxGenJS from "pptxgenjs";
import { formatDate } from "../../domain/dates";
import type { SlidePlan } from "../../domain/slide-plan";

export interface DeckImage {
  /** A PNG as a data: URL. */
  data: string;
  width: number;
  height: number;
}

const FONT = "Arial";
const GREY = "595959";
/** LAYOUT_16x9 is 10 × 5.625 inches. */
const SLIDE = { w: 10, h: 5.625 };

/**
 * A 16:9 deck: a title slide, then per planned slide the date, title, one-line description,
 * the map (its picture carries the legend) and the source line with the view's link. Plain
 * text boxes and pictures only, so PowerPoint, Keynote and Google Slides show it alike.
 */
export function composeDeck(
  Pptx: typeof PptxGenJS,
  plan: SlidePlan,
  images: readonly DeckImage[],
  links: readonly string[],
): PptxGenJS {
  const deck = new Pptx();
  deck.layout = "LAYOUT_16x9";
  deck.title = plan.title;
  deck.subject = plan.subtitle;

  const cover = deck.addSlide();
  cover.addText(plan.title, {
    x: 0.6,
    y: 1.6,
    w: 8.8,
    h: 1,
    fontFace: FONT,
    fontSize: 36,
    bold: true,
  });
  cover.addText(plan.subtitle, {
    x: 0.6,
    y: 2.6,
    w: 8.8,
    h: 0.8,
    fontFace: FONT,
    fontSize: 18,
    color: GREY,
  });
  cover.addText(plan.source, {
    x: 0.6,
    y: 4.6,
    w: 8.8,
    h: 0.5,
    fontFace: FONT,
    fontSize: 11,
    color: GREY,
  });

  plan.slides.forEach((planned, i) => {
    const slide = deck.addSlide();
    slide.addText(formatDate(planned.date), {
      x: 0.4,
      y: 0.2,
      w: 9.2,
      h: 0.3,
      fontFace: FONT,
      fontSize: 12,
      color: GREY,
    });
    slide.addText(planned.heading, {
      x: 0.4,
      y: 0.45,
      w: 9.2,
      h: 0.5,
      fontFace: FONT,
      fontSize: 22,
      bold: true,
      fit: "shrink",
    });
    slide.addText(planned.description, {
      x: 0.4,
      y: 0.95,
      w: 9.2,
      h: 0.55,
      fontFace: FONT,
      fontSize: 11,
      fit: "shrink",
      valign: "top",
    });
    const image = images[i];
    if (image) {
      // Fit the picture into the space between the text and the source line, keeping its shape.
      const box = { x: 0.4, y: 1.55, w: 9.2, h: 3.55 };
      const scale = Math.min(box.w / image.width, box.h / image.height);
      const [w, h] = [image.width * scale, image.height * scale];
      slide.addImage({ data: image.data, x: (SLIDE.w - w) / 2, y: box.y, w, h });
    }
    const link = links[i] ?? "";
    slide.addText(
      [{ text: `${plan.source} ` }, { text: link, options: { hyperlink: { url: link } } }],
      { x: 0.4, y: 5.15, w: 9.2, h: 0.35, fontFace: FONT, fontSize: 9, color: GREY },
    );
  });
  return deck;
}
