import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { after, before, describe, it } from "node:test";
import JSZip from "jszip";
import type { Browser } from "playwright-core";
import { launchChromium } from "./support/browser.ts";
import { openPage, waitForMap } from "./support/site.ts";
import { startStaticHost } from "./support/static-host.ts";

/** The .pptx is built in the page, under its Content-Security-Policy, from the Share dialog. */
const host = startStaticHost();
let browser: Browser;
before(async () => (browser = await launchChromium()));
after(() => browser.close());

describe("Slides (PowerPoint)", () => {
  it("downloads a 16:9 deck of the view: a title slide and a slide with the map", async () => {
    const { page, errors } = await openPage(browser, `${host.url}/country/gbr/`);
    await waitForMap(page);
    await page.getByRole("button", { name: "Share / embed" }).click();
    const [download] = await Promise.all([
      page.waitForEvent("download", { timeout: 60_000 }),
      page.getByRole("button", { name: "Slides (PowerPoint)" }).click(),
    ]);
    assert.match(download.suggestedFilename(), /^huawei-5g-map-\d{4}-\d{2}-\d{2}\.pptx$/);
    const zip = await JSZip.loadAsync(readFileSync((await download.path())!));
    const slides = Object.keys(zip.files).filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f));
    assert.equal(slides.length, 2);
    const media = Object.keys(zip.files).filter((f) => /^ppt\/media\/.+\.png$/.test(f));
    assert.equal(media.length, 1);
    const png = await zip.file(media[0]!)!.async("uint8array");
    // A high-resolution map: the picture is drawn at twice its 1200×720 size.
    assert.equal(Buffer.from(png).readUInt32BE(16), 2400);
    await page.getByText(/Saved 2 slides/).waitFor();
    assert.deepEqual(errors, []);
    await page.close();
  });
});
