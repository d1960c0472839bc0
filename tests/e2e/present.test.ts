import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { openPage, startSite, waitForMap } from "./support/site.ts";

const site = startSite();
// The dataset's longest caption, so the clamp is exercised.
const LONG = "eu-cybersecurity-act-revision-2026";
const SLIDE = { width: 1280, height: 720 };

/** The presentation on the long caption's event, map drawn. */
async function openSlide(viewport = SLIDE) {
  const opened = await openPage(site.browser, `${site.url}/?present=1&event=${LONG}`, viewport);
  await waitForMap(opened.page);
  return opened;
}

describe("the presentation view", () => {
  for (const viewport of [
    { width: 1280, height: 720 },
    { width: 1920, height: 1080 },
  ])
    it(`gives the map at least 60 % of a ${viewport.width}×${viewport.height} slide`, async () => {
      const { page, errors } = await openSlide(viewport);
      const box = (await page.locator('svg[data-testid="world-map"]').boundingBox())!;
      const share = (box.width * box.height) / (viewport.width * viewport.height);
      assert.ok(share >= 0.6, `map takes ${Math.round(share * 100)} % of the slide`);
      // The legend grows with the slide: not smaller than the page's body text would be.
      const legendPx = await page
        .locator(".present-footer .legend-item")
        .first()
        .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
      assert.ok(legendPx >= viewport.width * 0.0105, `legend text ${legendPx}px`);
      assert.deepEqual(errors, []);
      await page.close();
    });

  it("puts the caption under the map, clear of its insets, and keeps the map's size from event to event", async () => {
    const { page, errors } = await openSlide();
    const mapBox = () => page.locator('svg[data-testid="world-map"]').boundingBox();
    const first = (await mapBox())!;
    const caption = (await page.locator(".present-caption").boundingBox())!;
    assert.ok(
      caption.y >= first.y + first.height,
      `caption at ${caption.y}, map ends ${first.y + first.height}`,
    );
    // Europe's inset (bottom left of the map) is whole on screen, above the caption.
    const europe = (await page
      .locator('g.map-inset[data-inset="europe"] > rect.inset-ocean')
      .boundingBox())!;
    assert.ok(europe.y + europe.height <= caption.y, "the Europe inset ends above the caption");
    // Captions of every length: short and long titles, one to many lines of description.
    for (const key of ["ArrowLeft", "ArrowLeft", "ArrowLeft", "ArrowRight"]) {
      const before = await page.locator(".present-step").textContent();
      await page.keyboard.press(key);
      await page.waitForFunction(
        (text) => document.querySelector(".present-step")?.textContent !== text,
        before,
        { timeout: 15_000 },
      );
      assert.deepEqual(await mapBox(), first);
    }
    assert.deepEqual(errors, []);
    await page.close();
  });

  it("clamps a long caption and opens the rest on request", async () => {
    const { page } = await openSlide();
    const description = page.locator(".present-description");
    const clamped = () => description.evaluate((el) => el.scrollHeight > el.clientHeight + 1);
    assert.equal(await clamped(), true);
    const more = page.getByRole("button", { name: "Read the rest" });
    assert.equal(await more.getAttribute("aria-expanded"), "false");
    await more.click();
    assert.equal(
      await page.getByRole("button", { name: "Show less" }).getAttribute("aria-expanded"),
      "true",
    );
    assert.equal(await clamped(), false);
    await page.close();
  });

  it("hides the buttons after a few seconds without the pointer moving, shows them on move", async () => {
    const { page } = await openSlide();
    const nav = page.locator(".present-nav");
    const opacity = () => nav.evaluate((el) => getComputedStyle(el).opacity);
    await page.waitForFunction(
      () => getComputedStyle(document.querySelector(".present-nav")!).opacity === "0",
      undefined,
      { timeout: 20_000 },
    );
    await page.mouse.move(300, 300);
    await page.mouse.move(320, 310);
    await page.waitForFunction(
      () => getComputedStyle(document.querySelector(".present-nav")!).opacity === "1",
      undefined,
      { timeout: 10_000 },
    );
    assert.equal(await opacity(), "1");
    await page.close();
  });

  it("is usable on a phone held sideways (844×390): map, caption and buttons on screen", async () => {
    const { page } = await openSlide({
      width: 844,
      height: 390,
    });
    const map = (await page.locator('svg[data-testid="world-map"]').boundingBox())!;
    assert.ok(map.height >= 390 * 0.5, `map ${map.height}px tall`);
    for (const name of ["← Previous", "Next →"]) {
      const box = (await page.getByRole("button", { name }).boundingBox())!;
      assert.ok(box.y + box.height <= 390, `${name} on screen`);
    }
    assert.equal(
      await page.evaluate(() => document.documentElement.scrollHeight <= window.innerHeight),
      true,
    );
    await page.close();
  });

  it("opens a linked zoomed view and keeps it while stepping through the events", async () => {
    const url = `${site.url}/?present=1&zoom=3&center=420,70&event=${LONG}`;
    const { page, errors } = await openPage(site.browser, url, { width: 1920, height: 1080 });
    await waitForMap(page);
    const camera = () =>
      page.getAttribute('svg[data-testid="world-map"] g.map-camera', "transform");
    assert.match((await camera())!, /scale\(3\)$/);
    const before = await camera();
    const date = () => page.getAttribute('time[data-testid="as-of-date"]', "datetime");
    const first = await date();
    await page.keyboard.press("ArrowLeft");
    await page.waitForFunction(
      (d) =>
        document.querySelector('time[data-testid="as-of-date"]')?.getAttribute("datetime") !== d,
      first,
      { timeout: 15_000 },
    );
    // The presenter's view holds: a slide does not fly off on its own.
    assert.equal(await camera(), before);
    assert.match(new URL(page.url()).search, /zoom=3&center=420,70/);
    // Nothing to zoom with on a slide.
    assert.equal(await page.getByRole("group", { name: "Zoom to an area" }).count(), 0);
    assert.deepEqual(errors, []);
    await page.close();
  });

  it("applies a link's camera in the embed too", async () => {
    const { page } = await openPage(site.browser, `${site.url}/?embed=1&zoom=2.5&center=300,150`);
    await waitForMap(page);
    assert.match(
      (await page.getAttribute('svg[data-testid="world-map"] g.map-camera', "transform"))!,
      /scale\(2\.5\)$/,
    );
    await page.close();
  });
});
