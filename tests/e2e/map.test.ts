import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { buildStatusIndex, statusAt } from "../../src/domain/status-index.ts";
import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import type { ProjectedWorld } from "../../src/data/geometry-query.ts";
import { openPage, publishedDataset, startSite, waitForMap } from "./support/site.ts";

const site = startSite();

describe("the map in Chromium", () => {
  it("draws every country that has a status, coloured by it", async () => {
    const dataset = publishedDataset();
    const index = buildStatusIndex(dataset.countries);
    const { page, errors } = await openPage(site.browser, `${site.url}/`);
    await waitForMap(page);
    const drawn = await page.$$eval('svg[data-testid="world-map"] [data-iso3]', (nodes) =>
      Object.fromEntries(
        nodes.map((n) => [n.getAttribute("data-iso3"), n.getAttribute("data-status")]),
      ),
    );
    const missing = dataset.countries
      .filter((c) => c.history.length > 0)
      .filter((c) => drawn[c.iso3] !== statusAt(index, c.iso3, dataset.updated).status)
      .map((c) => `${c.iso3}: drawn ${drawn[c.iso3]}`);
    assert.deepEqual(missing, []);
    assert.deepEqual(errors, []);
    await page.close();
  });

  it("opens a country's story from a deep link", async () => {
    const { page } = await openPage(site.browser, `${site.url}/?country=aus`);
    const panel = page.locator('[data-testid="country-panel"][data-iso3="AUS"]');
    await panel.waitFor();
    assert.match(await panel.innerText(), /Australia/);
    // The sources come with the details, fetched after the map is live.
    await panel.locator("a[href^='https://']").first().waitFor({ timeout: 15_000 });
    await page.close();
  });

  it("selects a clicked country and the back button returns to the previous view", async () => {
    const { page } = await openPage(site.browser, `${site.url}/`);
    await waitForMap(page);
    await page.click('svg[data-testid="world-map"] path[data-iso3="AUS"]');
    await page.locator('[data-testid="country-panel"][data-iso3="AUS"]').waitFor();
    assert.equal(new URL(page.url()).search, "?country=aus");
    // The map has fitted Australia: the UK is off screen, so the click goes to its shape directly.
    await page.locator('svg[data-testid="world-map"] path[data-iso3="GBR"]').dispatchEvent("click");
    await page.locator('[data-testid="country-panel"][data-iso3="GBR"]').waitFor();
    await page.goBack();
    await page.locator('[data-testid="country-panel"][data-iso3="AUS"]').waitFor();
    await page.goBack();
    await page.waitForFunction(() => !document.querySelector('[data-testid="country-panel"]'));
    assert.equal(new URL(page.url()).search, "");
    await page.close();
  });

  it("names an unknown country code in a notice and still shows the map", async () => {
    const { page, errors } = await openPage(site.browser, `${site.url}/?country=xyz`);
    await waitForMap(page);
    const notice = page.getByRole("status").filter({ hasText: '"xyz"' });
    await notice.waitFor();
    assert.equal(await page.locator('[data-testid="country-panel"]').count(), 0);
    assert.deepEqual(errors, []);
    await page.close();
  });

  it("applies a category filter from the link", async () => {
    const { page } = await openPage(site.browser, `${site.url}/?status=ban`);
    await waitForMap(page);
    const filter = page.locator('[data-testid="status-filter"]');
    assert.equal(await filter.locator('input[value="ban"]').isChecked(), true);
    assert.equal(await filter.locator('input[value="partner"]').isChecked(), false);
    const items = await page
      .getByRole("region", { name: /Countries/ })
      .getByRole("button")
      .allInnerTexts();
    assert.ok(items.length > 0);
    assert.ok(
      items.every((text) => text.includes("Banned")),
      items.join(" | "),
    );
    assert.equal(await page.locator('path[data-iso3="AUS"].is-faded').count(), 0);
    await page.close();
  });

  it("fits a phone screen without horizontal scrolling", async () => {
    const { page } = await openPage(site.browser, `${site.url}/?country=gbr`, {
      width: 390,
      height: 844,
    });
    await waitForMap(page);
    await page.locator('[data-testid="country-panel"]').waitFor();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    assert.ok(overflow <= 0, `page is ${overflow}px wider than the screen`);
    await page.close();
  });
});

const CAMERA = 'svg[data-testid="world-map"] g.map-camera';
const WORLD = "translate(0 0) scale(1)";
const cameraOf = (page: Page) => page.getAttribute(CAMERA, "transform");

/** Where a map point (map units) is drawn on screen, through the camera. */
const onScreen = (page: Page, x: number, y: number) =>
  page.$eval(
    CAMERA,
    (g, [x, y]) => {
      const m = (g as SVGGraphicsElement).getScreenCTM()!;
      return { x: m.a * x + m.e, y: m.d * y + m.f };
    },
    [x, y] as const,
  );

/**
 * Every transform the camera takes from now until it settles on one that `done` accepts (a
 * MutationObserver in the page, so no frame is missed between two polls).
 */
async function recordCamera(page: Page) {
  await page.$eval(CAMERA, (g) => {
    const seen = [g.getAttribute("transform")];
    (window as unknown as { cameraSeen: unknown }).cameraSeen = seen;
    new MutationObserver(() => seen.push(g.getAttribute("transform"))).observe(g, {
      attributeFilter: ["transform"],
    });
  });
  return () => page.evaluate(() => (window as unknown as { cameraSeen: string[] }).cameraSeen);
}

/** Waits until the camera has reached `zoom` (the end of a glide: fits land on round zooms). */
const waitForZoom = (page: Page, zoom: number) =>
  page.waitForFunction(
    ([sel, end]) => document.querySelector(sel)!.getAttribute("transform")!.endsWith(end),
    [CAMERA, `scale(${zoom})`] as const,
    { timeout: 15_000 },
  );

/** Picks Germany in the country list and waits for the map to fit it (at the closest zoom). */
async function pickGermany(page: Page) {
  await page
    .getByRole("region", { name: /Countries/ })
    .getByRole("button", { name: /^Germany/ })
    .click();
  await waitForZoom(page, 8);
}

describe("the map's camera in Chromium", () => {
  it("glides to a country picked in the list, and the reset button returns to the world", async () => {
    const { page, errors } = await openPage(site.browser, `${site.url}/`);
    await waitForMap(page);
    assert.equal(await cameraOf(page), WORLD);
    const seen = await recordCamera(page);
    await pickGermany(page);
    // Frames between the world and the fit: it glided.
    assert.ok((await seen()).length > 3, `camera frames: ${(await seen()).join(" | ")}`);
    // Germany is drawn whole inside the map.
    const map = (await page.locator('svg[data-testid="world-map"]').boundingBox())!;
    const shape = (await page.locator('path[data-iso3="DEU"]').boundingBox())!;
    assert.ok(shape.x >= map.x && shape.x + shape.width <= map.x + map.width, "inside, across");
    assert.ok(shape.y >= map.y && shape.y + shape.height <= map.y + map.height, "inside, down");
    assert.ok(shape.width > map.width / 8, `Germany is ${shape.width} px wide`);
    // The link names the country; opening it fits again.
    assert.equal(new URL(page.url()).search, "?country=deu");

    await page.getByRole("button", { name: /Reset zoom/ }).click();
    await waitForZoom(page, 1);
    assert.equal(await cameraOf(page), WORLD);
    assert.equal(new URL(page.url()).search, "?country=deu");
    assert.deepEqual(errors, []);
    await page.close();
  });

  it("opens a link to a country on that country at once, with no glide from the world", async () => {
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 800 } });
    // Every transform the live camera shows, from the moment it is in the page.
    await page.addInitScript((sel) => {
      const seen: (string | null)[] = [];
      (window as unknown as { cameraSeen: unknown }).cameraSeen = seen;
      new MutationObserver(() => {
        const g = document.querySelector(sel);
        if (g) seen.push(g.getAttribute("transform"));
      }).observe(document, { subtree: true, childList: true, attributeFilter: ["transform"] });
    }, CAMERA);
    await page.goto(`${site.url}/?country=deu`);
    await waitForMap(page);
    await waitForZoom(page, 8);
    const frames = await page.evaluate(
      () => (window as unknown as { cameraSeen: string[] }).cameraSeen,
    );
    // The world at mount, then Germany: nothing in between.
    assert.ok(new Set(frames).size <= 2, `camera frames: ${[...new Set(frames)].join(" | ")}`);
    await page.close();
  });

  it("fits Russia on its mainland, not on the whole world its tip across the date line spans", async () => {
    const { page } = await openPage(site.browser, `${site.url}/country/rus/`);
    await waitForMap(page);
    await page.waitForFunction(
      (sel) => !/scale\(1\)$/.test(document.querySelector(sel)!.getAttribute("transform")!),
      CAMERA,
      { timeout: 15_000 },
    );
    await page.close();
  });

  it("lands on the fit in one step when the reader prefers reduced motion", async () => {
    const page = await site.browser.newPage({
      viewport: { width: 1280, height: 800 },
      reducedMotion: "reduce",
    });
    await page.goto(`${site.url}/`);
    await waitForMap(page);
    const seen = await recordCamera(page);
    await pickGermany(page);
    const frames = await seen();
    assert.equal(new Set(frames).size, 2, `camera frames: ${frames.join(" | ")}`);
    await page.close();
  });

  it("fits the countries of an event selected in the timeline", async () => {
    const dataset = publishedDataset();
    // An event that touched several European countries (most touch the USA and China, whose
    // fit is the world).
    const europe = new Set(
      dataset.countries.filter((c) => c.region === "europe").map((c) => c.iso3),
    );
    const event = dataset.events.find(
      (e) => e.countries.length >= 2 && e.countries.every((c) => europe.has(c)),
    )!;
    const { page } = await openPage(site.browser, `${site.url}/`);
    await waitForMap(page);
    await page.locator(`[data-testid="timeline-event"][data-event-id="${event.id}"]`).click();
    await page.waitForFunction(
      (sel) => !/scale\(1\)$/.test(document.querySelector(sel)!.getAttribute("transform")!),
      CAMERA,
      { timeout: 15_000 },
    );
    // Let the glide finish: the transform stops changing.
    await page.waitForFunction(
      (sel) =>
        new Promise((resolve) => {
          const before = document.querySelector(sel)!.getAttribute("transform");
          setTimeout(
            () => resolve(document.querySelector(sel)!.getAttribute("transform") === before),
            700,
          );
        }),
      CAMERA,
      { timeout: 15_000 },
    );
    // Each country's main land (the box the build gives the camera) is drawn inside the map.
    const world = JSON.parse(readFileSync("dist/data/world-map.json", "utf8")) as ProjectedWorld;
    const map = (await page.locator('svg[data-testid="world-map"]').boundingBox())!;
    const inside = (p: { x: number; y: number }) =>
      p.x >= map.x - 1 &&
      p.x <= map.x + map.width + 1 &&
      p.y >= map.y - 1 &&
      p.y <= map.y + map.height + 1;
    for (const iso3 of event.countries) {
      const shape = world.shapes.find((s) => s.iso3 === iso3);
      const marker = world.smallStates.find((s) => s.iso3 === iso3);
      const [[x0, y0], [x1, y1]] = shape
        ? (shape.focus ?? shape.bounds)
        : [
            [marker!.x, marker!.y],
            [marker!.x, marker!.y],
          ];
      assert.ok(inside(await onScreen(page, x0, y0)) && inside(await onScreen(page, x1, y1)), iso3);
    }
    // And the fit is closer than the world.
    assert.doesNotMatch((await cameraOf(page))!, /scale\(1\)$/);
    await page.close();
  });

  it("opens a link's zoom and centre: that map point in the middle of the map", async () => {
    const { page, errors } = await openPage(site.browser, `${site.url}/?zoom=4&center=420,70`);
    await waitForMap(page);
    assert.match((await cameraOf(page))!, /scale\(4\)$/);
    const map = (await page.locator('svg[data-testid="world-map"]').boundingBox())!;
    const point = await onScreen(page, 420, 70);
    assert.ok(Math.abs(point.x - (map.x + map.width / 2)) < 1, `x ${point.x}`);
    assert.ok(Math.abs(point.y - (map.y + map.height / 2)) < 1, `y ${point.y}`);
    assert.equal(new URL(page.url()).search, "?zoom=4&center=420,70");
    assert.deepEqual(errors, []);
    await page.close();
  });

  it("names a malformed zoom in a notice and opens the world", async () => {
    const { page } = await openPage(site.browser, `${site.url}/?zoom=20&center=abc`);
    await waitForMap(page);
    await page.getByRole("status").filter({ hasText: '"zoom"' }).waitFor();
    await page.getByRole("status").filter({ hasText: '"center"' }).waitFor();
    assert.equal(await cameraOf(page), WORLD);
    await page.close();
  });

  it("reaches the quick views by keyboard, and one fits its area", async () => {
    const { page } = await openPage(site.browser, `${site.url}/`);
    await waitForMap(page);
    const group = page.getByRole("group", { name: "Zoom to an area" });
    assert.deepEqual(await group.getByRole("button").allInnerTexts(), [
      "Europe",
      "Gulf",
      "Caribbean",
      "South-East Asia",
    ]);
    await page.getByRole("button", { name: "Reset zoom: show the whole world" }).focus();
    await page.keyboard.press("Tab");
    await page.keyboard.press("Tab");
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), "Gulf");
    await page.keyboard.press("Enter");
    await waitForZoom(page, 8);
    // Bahrain, a marker at world zoom, is now a target a finger can hit.
    const bahrain = (await page.locator('circle[data-iso3="BHR"]').boundingBox())!;
    assert.ok(bahrain.width >= 20, `Bahrain's marker is ${bahrain.width} px across`);
    await page.locator('circle[data-iso3="BHR"]').click();
    await page.locator('[data-testid="country-panel"][data-iso3="BHR"]').waitFor();
    await page.close();
  });

  it("brings a country the keyboard moves to into view on a zoomed map", async () => {
    const { page } = await openPage(site.browser, `${site.url}/?zoom=8&center=508.5,117.6`);
    await waitForMap(page);
    // The map's one tab stop, then Home: the first country by name (Albania), far from the Gulf.
    await page.locator('svg[data-testid="world-map"] [data-iso3][tabindex="0"]').focus();
    await page.keyboard.press("Home");
    const focused = await page.evaluate(() => document.activeElement?.getAttribute("data-iso3"));
    assert.ok(focused, "a country has the focus");
    await page.waitForFunction(
      (iso3) => {
        const svg = document.querySelector('svg[data-testid="world-map"]')!.getBoundingClientRect();
        const shape = document.querySelector(`[data-iso3="${iso3}"]`)!.getBoundingClientRect();
        const x = (shape.left + shape.right) / 2;
        const y = (shape.top + shape.bottom) / 2;
        return x > svg.left && x < svg.right && y > svg.top && y < svg.bottom;
      },
      focused,
      { timeout: 15_000 },
    );
    // Still zoomed in: the map moved, it did not zoom out.
    assert.match((await cameraOf(page))!, /scale\(8\)$/);
    await page.close();
  });
});
