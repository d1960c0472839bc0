import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { Browser, Page } from "playwright-core";
import { launchChromium } from "./support/browser.ts";
import { startStaticHost } from "./support/static-host.ts";

/**
 * The embed inside real host pages on a plain static host: one that uses the real Pym.js parent
 * (as many CMSes do), and one built from the page's oEmbed answer with our own snippet.
 */
const PYM_HOST = `<!doctype html><html><head><title>Pym host</title>
<script src="/pym.v1.min.js"></script></head>
<body style="margin:0"><div id="holder" style="width:1000px"><div id="embed-here"></div></div>
<script>window.pymParent = new pym.Parent("embed-here", "/?embed=1", {});</script>
</body></html>`;

const host = startStaticHost("dist", {
  "/pym-host.html": PYM_HOST,
  "file:/pym.v1.min.js": "node_modules/pym.js/dist/pym.v1.min.js",
});
let browser: Browser;
before(async () => (browser = await launchChromium()));
after(() => browser.close());

/** The height the Pym parent last gave its iframe (it sets the attribute from our messages). */
const iframeHeight = (page: Page) =>
  page.evaluate(() =>
    parseInt(document.querySelector("#embed-here iframe")?.getAttribute("height") ?? "0"),
  );

async function heightChange(page: Page, from: number) {
  await page.waitForFunction(
    (h) =>
      parseInt(document.querySelector("#embed-here iframe")?.getAttribute("height") ?? "0") !== h,
    from,
    { timeout: 15_000 },
  );
  return iframeHeight(page);
}

describe("the embed in a Pym.js host page", () => {
  it("resizes the iframe through Pym, smaller when narrowed and taller again when widened", async () => {
    const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(`${host.url}/pym-host.html`);
    await page
      .frameLocator("#embed-here iframe")
      .locator('svg[data-testid="world-map"] [data-iso3]')
      .first()
      .waitFor({ timeout: 15_000 });
    // Pym's iframe starts 150px tall; our messages make it the embed's natural height.
    await page.waitForFunction(
      () =>
        parseInt(document.querySelector("#embed-here iframe")?.getAttribute("height") ?? "0") > 300,
      null,
      { timeout: 15_000 },
    );
    const wide = await iframeHeight(page);

    await page.evaluate(() => (document.getElementById("holder")!.style.width = "360px"));
    const narrow = await heightChange(page, wide);
    assert.ok(narrow < wide, `narrowed: ${wide} → ${narrow}`);

    await page.evaluate(() => (document.getElementById("holder")!.style.width = "1000px"));
    const widened = await heightChange(page, narrow);
    assert.ok(widened > narrow, `widened again: ${narrow} → ${widened}`);
    assert.ok(Math.abs(widened - wide) <= 2, `back to the first height: ${wide} vs ${widened}`);

    // No scroll bar inside the iframe at the height it asked for.
    const frame = page.frames().find((f) => f.url().includes("embed=1"))!;
    const overflow = await frame.evaluate(
      () => document.documentElement.scrollHeight - document.documentElement.clientHeight,
    );
    assert.ok(overflow <= 1, `the embed overflows its iframe by ${overflow}px`);
    assert.deepEqual(errors, []);
    await page.close();
  });
});

describe("oEmbed discovery", () => {
  it("finds the oEmbed answer from a country page and embeds its iframe, which posts its height", async () => {
    const html = await (await fetch(`${host.url}/country/gbr/`)).text();
    const href = /<link rel="alternate" type="application\/json\+oembed" href="([^"]+)"/.exec(
      html,
    )?.[1];
    assert.ok(href, "the page has an oEmbed discovery link");
    // The build's SITE_URL is the public address; the test host serves the same files.
    const answer = (await (await fetch(`${host.url}${new URL(href).pathname}`)).json()) as {
      type: string;
      html: string;
    };
    assert.equal(answer.type, "rich");
    const src = /<iframe src="([^"]+)"/.exec(answer.html)?.[1]?.replace(/&amp;/g, "&");
    assert.ok(src);
    const local = `${host.url}${new URL(src).pathname}${new URL(src).search}`;
    assert.equal(new URL(local).searchParams.get("country"), "gbr");

    const page = await browser.newPage({ viewport: { width: 900, height: 900 } });
    await page.goto(`${host.url}/pym-host.html`);
    await page.setContent(`<!doctype html><body>
      <script>window.heights = []; addEventListener("message", (e) => {
        if (e.data && e.data.type === "huawei-5g-map:height") heights.push(e.data.height);
      });</script>
      ${answer.html.replace(src.replace(/&/g, "&amp;"), local.replace(/&/g, "&amp;"))}
    </body>`);
    await page.waitForFunction(
      () => (window as unknown as { heights: number[] }).heights.length > 0,
      null,
      { timeout: 15_000 },
    );
    await page.close();
  });
});
