import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { after, before } from "node:test";
import type { Browser } from "playwright-core";
import { launchChromium } from "./support/browser.ts";
import { openPage, publishedDataset, waitForMap } from "./support/site.ts";
import { startStaticHost } from "./support/static-host.ts";

/** Links that keep their preview, on a plain static host (no SPA fallback). */
const host = startStaticHost();
const dataset = publishedDataset();
let browser: Browser;
before(async () => (browser = await launchChromium()));
after(() => browser.close());

// Large countries, easy to click; any two with pages would do.
const withPage = (iso3: string) => dataset.countries.find((c) => c.iso3 === iso3);
const [first, second] = [
  withPage("GBR") ?? dataset.countries[0],
  withPage("FRA") ?? dataset.countries[1],
];
const page = (iso3: string) => `/country/${iso3.toLowerCase()}/`;
const panel = (iso3: string) => `[data-testid="country-panel"][data-iso3="${iso3}"]`;

describe("country pages keep their address", { skip: !second && "needs two countries" }, () => {
  it("keeps /country/<iso3>/ while the app runs, moves to the next country's page, and Back walks back", async () => {
    const { page: tab, errors } = await openPage(browser, `${host.url}${page(first!.iso3)}`);
    await tab.locator(panel(first!.iso3)).waitFor({ timeout: 15_000 });
    await waitForMap(tab);
    assert.equal(new URL(tab.url()).pathname, page(first!.iso3));
    assert.equal(new URL(tab.url()).search, "");

    await tab
      .locator(`svg[data-testid="world-map"] [data-iso3="${second!.iso3}"]`)
      .first()
      .dispatchEvent("click");
    await tab.locator(panel(second!.iso3)).waitFor();
    assert.equal(new URL(tab.url()).pathname, page(second!.iso3));

    await tab.goBack();
    await tab.locator(panel(first!.iso3)).waitFor();
    assert.equal(new URL(tab.url()).pathname, page(first!.iso3));

    // The Share dialog's link is the page too, with the rest of the view.
    await tab.getByRole("button", { name: "Share / embed" }).click();
    const link = await tab.getByRole("textbox", { name: "Link to this view" }).inputValue();
    assert.equal(new URL(link).pathname, page(first!.iso3));
    assert.equal(new URL(link).searchParams.get("country"), null);
    assert.deepEqual(errors, []);
    await tab.close();
  });

  it("reaches the page from another casing through 404.html", async () => {
    const upper = `/country/${first!.iso3}/`;
    const { page: tab, errors } = await openPage(browser, `${host.url}${upper}?date=2020-01-01`);
    await tab.waitForURL((url) => url.pathname === page(first!.iso3), { timeout: 15_000 });
    await tab.locator(panel(first!.iso3)).waitFor({ timeout: 15_000 });
    assert.equal(new URL(tab.url()).searchParams.get("date"), "2020-01-01");
    assert.deepEqual(errors, []);
    await tab.close();
  });

  it("offers the map on any other missing page, with status 404", async () => {
    const tab = await browser.newPage();
    const response = await tab.goto(`${host.url}/no/such/page`);
    assert.equal(response?.status(), 404);
    await tab.getByRole("heading", { name: "Page not found" }).waitFor();
    const link = tab.getByRole("link", { name: /Open the Huawei 5G Policy Map/ });
    assert.equal(await link.getAttribute("href"), "/");
    await tab.close();
  });
});

describe("the reuse files over HTTP, as docs/data-api.md describes them", () => {
  const get = async (path: string) => {
    const response = await fetch(`${host.url}${path}`);
    assert.equal(response.status, 200, path);
    return response.text();
  };

  it("serves the data API files", async () => {
    const countries = JSON.parse(await get("/data/v1/countries.json"));
    assert.equal(countries.countries.length, dataset.countries.length);
    const gbr = JSON.parse(await get(`/data/v1/countries/${first!.iso3.toLowerCase()}.json`));
    assert.equal(gbr.iso3, first!.iso3);
    assert.equal(
      JSON.parse(await get("/data/v1/events.json")).events.length,
      dataset.events.length,
    );
    assert.equal(
      (await get("/data/v1/events.csv")).split("\n")[0],
      "id,date,precision,title,description,countries,source_urls",
    );
    assert.equal(
      (await get("/data/v1/statuses.csv")).split("\n")[0],
      "date,iso3,name,status,status_label",
    );
    assert.equal(
      JSON.parse(await get("/data/v1/schema.json")).$schema,
      "https://json-schema.org/draft/2020-12/schema",
    );
    assert.equal(JSON.parse(await get("/data/v1/datapackage.json")).profile, "data-package");
  });

  it("serves the feeds and oEmbed answers", async () => {
    for (const path of ["/feed.xml", `${page(first!.iso3)}feed.xml`])
      assert.match(
        await get(path),
        /^<\?xml[^>]*>\s*<feed xmlns="http:\/\/www\.w3\.org\/2005\/Atom">/,
      );
    for (const path of ["/oembed.json", `${page(first!.iso3)}oembed.json`])
      assert.equal(JSON.parse(await get(path)).type, "rich");
  });
});
