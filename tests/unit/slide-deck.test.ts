import PptxGenJS from "pptxgenjs";
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { composeDeck } from "../../src/features/share/slide-deck";
import { MAX_EVENT_SLIDES, planSlides } from "../../src/domain/slide-plan";
import { sortEvents } from "../../src/domain/events";
import { fixtureDataset } from "../fixtures/fixture-dataset";

const { dataset } = fixtureDataset();
/** A 1×1 PNG: the test checks the deck's structure, not the picture. */
const PIXEL =
  "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==";

async function deckZip(range: { from: string; to: string } | null) {
  const plan = planSlides(dataset, { date: dataset.updated, range });
  const images = plan.slides.map(() => ({ data: PIXEL, width: 1200, height: 720 }));
  const links = plan.slides.map((s) => `https://example.org/?date=${s.date}`);
  const deck = composeDeck(PptxGenJS, plan, images, links);
  const buffer = (await deck.write({ outputType: "uint8array" })) as Uint8Array;
  return { plan, zip: await JSZip.loadAsync(buffer) };
}

const slideFiles = (zip: JSZip) =>
  Object.keys(zip.files)
    .filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f))
    .sort((a, b) => Number(/\d+/.exec(a)![0]) - Number(/\d+/.exec(b)![0]));

describe("the slide deck", () => {
  it("is a valid .pptx zip with a title slide and one slide with a picture per event in the range", async () => {
    const events = sortEvents(dataset.events);
    const range = { from: events[0]!.date, to: events.at(-1)!.date };
    const { plan, zip } = await deckZip(range);
    expect(plan.slides).toHaveLength(Math.min(events.length, MAX_EVENT_SLIDES));
    expect(zip.file("[Content_Types].xml")).not.toBeNull();
    expect(zip.file("ppt/presentation.xml")).not.toBeNull();
    const slides = slideFiles(zip);
    expect(slides).toHaveLength(plan.slides.length + 1);
    const media = Object.keys(zip.files).filter(
      (f) => f.startsWith("ppt/media/") && !f.endsWith("/"),
    );
    expect(media).toHaveLength(plan.slides.length);
    const presentation = await zip.file("ppt/presentation.xml")!.async("string");
    // 16:9: 10 × 5.625 inches in EMU.
    expect(presentation).toContain('<p:sldSz cx="9144000" cy="5143500"');
    const second = await zip.file(slides[1]!)!.async("string");
    expect(second).toContain(plan.slides[0]!.heading.replace(/&/g, "&amp;").slice(0, 30));
    expect(second).toContain("<p:pic>");
    const rels = await zip.file("ppt/slides/_rels/slide2.xml.rels")!.async("string");
    expect(rels).toContain(`https://example.org/?date=${plan.slides[0]!.date}`);
  });

  it("holds the current view alone when no range is chosen", async () => {
    const { zip } = await deckZip(null);
    expect(slideFiles(zip)).toHaveLength(2);
  });
});
