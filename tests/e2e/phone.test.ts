import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { Browser } from "playwright-core";
import { startSite, waitForMap } from "./support/site.ts";

const site = startSite();
const PHONE = { width: 390, height: 844 };

async function openPhone(browser: Browser, url: string) {
  const page = await browser.newPage({ viewport: PHONE, hasTouch: true, isMobile: true });
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  await page.goto(url);
  await waitForMap(page);
  return { page, errors };
}

describe("on a phone (390 × 844)", () => {
  it("gives the map at least 45 % of the screen height", async () => {
    const { page } = await openPhone(site.browser, `${site.url}/`);
    const box = await page.locator('svg[data-testid="world-map"]').boundingBox();
    assert.ok(box, "map has a box");
    assert.ok(box.height >= 0.45 * PHONE.height, `map is ${box.height} px tall`);
    await page.close();
  });

  it("opens a tapped country's story right there, and closing it returns focus to the map", async () => {
    const { page, errors } = await openPhone(site.browser, `${site.url}/`);
    // Germany: one compact shape (France's box spans French Guiana, its centre is ocean).
    const shape = page.locator('svg[data-testid="world-map"] path[data-iso3="DEU"]');
    await shape.tap();
    const sheet = page.getByRole("dialog", { name: "Germany" });
    await sheet.waitFor({ timeout: 15_000 });
    const box = await sheet.boundingBox();
    assert.ok(box && box.y >= 0 && box.y + box.height <= PHONE.height + 1, "sheet is on screen");
    assert.equal(await page.locator('[data-testid="country-panel"][data-iso3="DEU"]').count(), 1);
    // Focus moved into the story, to its heading.
    assert.equal(await page.evaluate(() => document.activeElement?.id), "story-heading");
    // The map is still in view above the sheet.
    const map = await page.locator('svg[data-testid="world-map"]').boundingBox();
    assert.ok(map && map.y < box!.y, "map above the sheet");
    await sheet.getByRole("button", { name: "Close Germany" }).tap();
    await sheet.waitFor({ state: "detached", timeout: 15_000 });
    assert.equal(
      await page.evaluate(() => document.activeElement?.getAttribute("data-iso3")),
      "DEU",
    );
    assert.deepEqual(errors, []);
    await page.close();
  });

  it("closes the story with Escape", async () => {
    const { page } = await openPhone(site.browser, `${site.url}/?country=fra`);
    const sheet = page.getByRole("dialog", { name: "France" });
    await sheet.waitFor({ timeout: 15_000 });
    await page.keyboard.press("Escape");
    await sheet.waitFor({ state: "detached", timeout: 15_000 });
    assert.equal(new URL(page.url()).search, "");
    await page.close();
  });

  it("has no scroll boxes inside the page", async () => {
    const { page } = await openPhone(site.browser, `${site.url}/`);
    const nested = await page.evaluate(() =>
      [...document.querySelectorAll("body *")]
        .filter((el) => {
          // No named helpers in here: tsx would wrap them in a __name the page lacks.
          const style = getComputedStyle(el);
          return (
            (/auto|scroll/.test(style.overflowY) && el.scrollHeight > el.clientHeight + 1) ||
            (/auto|scroll/.test(style.overflowX) && el.scrollWidth > el.clientWidth + 1)
          );
        })
        .map((el) => `${el.tagName.toLowerCase()}.${el.className}`),
    );
    assert.deepEqual(nested, []);
    // Nor anything wider than the phone (a phone would zoom the whole page out to fit it).
    assert.equal(await page.evaluate(() => document.documentElement.scrollWidth), PHONE.width);
    await page.close();
  });

  it("scrolls the page, not the map, with one finger on the map", async () => {
    const { page } = await openPhone(site.browser, `${site.url}/`);
    const box = (await page.locator('svg[data-testid="world-map"]').boundingBox())!;
    const before = await page.evaluate(() => window.scrollY);
    const transform = () =>
      page.getAttribute('svg[data-testid="world-map"] g.map-camera', "transform");
    const mapBefore = await transform();
    // One finger drags up from the lower part of the map.
    const cdp = await page.context().newCDPSession(page);
    const x = Math.round(box.x + box.width / 2);
    const y = Math.round(box.y + box.height * 0.7);
    await cdp.send("Input.dispatchTouchEvent", { type: "touchStart", touchPoints: [{ x, y }] });
    for (let i = 1; i <= 10; i++)
      await cdp.send("Input.dispatchTouchEvent", {
        type: "touchMove",
        touchPoints: [{ x, y: y - i * 25 }],
      });
    await cdp.send("Input.dispatchTouchEvent", { type: "touchEnd", touchPoints: [] });
    await page.waitForFunction((y) => window.scrollY > y + 100, before, { timeout: 15_000 });
    assert.equal(await transform(), mapBefore, "the map did not pan");
    await page.close();
  });

  it("pans and pinches the map with two fingers", async () => {
    const { page } = await openPhone(site.browser, `${site.url}/`);
    const box = (await page.locator('svg[data-testid="world-map"]').boundingBox())!;
    const scale = () =>
      page.$eval('svg[data-testid="world-map"] g.map-camera', (g) =>
        Number(/scale\(([\d.]+)/.exec(g.getAttribute("transform") ?? "")?.[1] ?? 1),
      );
    assert.equal(await scale(), 1);
    const before = await page.evaluate(() => window.scrollY);
    const cdp = await page.context().newCDPSession(page);
    const x = Math.round(box.x + box.width / 2);
    const y = Math.round(box.y + box.height / 2);
    const points = (spread: number) => [
      { x: x - spread, y, id: 0 },
      { x: x + spread, y, id: 1 },
    ];
    await cdp.send("Input.dispatchTouchEvent", { type: "touchStart", touchPoints: points(30) });
    for (let i = 1; i <= 10; i++)
      await cdp.send("Input.dispatchTouchEvent", {
        type: "touchMove",
        touchPoints: points(30 + i * 9),
      });
    await cdp.send("Input.dispatchTouchEvent", { type: "touchEnd", touchPoints: [] });
    // The fingers spread to four times their distance: the map zooms about four times.
    await page.waitForFunction(
      () =>
        Number(
          /scale\(([\d.]+)/.exec(
            document
              .querySelector('svg[data-testid="world-map"] g.map-camera')!
              .getAttribute("transform") ?? "",
          )?.[1] ?? 1,
        ) > 3,
      undefined,
      { timeout: 15_000 },
    );
    assert.ok((await scale()) < 5);
    assert.equal(await page.evaluate(() => window.scrollY), before, "the page did not scroll");
    await page.close();
  });

  it("fits a tapped country into the part of the map above the sheet", async () => {
    const { page, errors } = await openPhone(site.browser, `${site.url}/`);
    await page.locator('svg[data-testid="world-map"] path[data-iso3="DEU"]').tap();
    const sheet = page.getByRole("dialog", { name: "Germany" });
    await sheet.waitFor({ timeout: 15_000 });
    // The glide has landed when the transform holds still.
    await page.waitForFunction(
      () =>
        new Promise((resolve) => {
          const g = document.querySelector('svg[data-testid="world-map"] g.map-camera')!;
          const before = g.getAttribute("transform");
          setTimeout(
            () =>
              resolve(
                before !== "translate(0 0) scale(1)" && g.getAttribute("transform") === before,
              ),
            700,
          );
        }),
      undefined,
      { timeout: 15_000 },
    );
    const sheetTop = (await sheet.boundingBox())!.y;
    const map = (await page.locator('svg[data-testid="world-map"]').boundingBox())!;
    const shape = (await page.locator('path[data-iso3="DEU"]').boundingBox())!;
    assert.ok(shape.y >= map.y - 1, `top ${shape.y} below the map's top ${map.y}`);
    assert.ok(
      shape.y + shape.height <= sheetTop + 1,
      `bottom ${shape.y + shape.height} above the sheet at ${sheetTop}`,
    );
    assert.ok(shape.x >= map.x - 1 && shape.x + shape.width <= map.x + map.width + 1, "across");
    assert.ok(shape.height > 100, `Germany is ${shape.height} px tall`);
    assert.deepEqual(errors, []);
    await page.close();
  });
});
