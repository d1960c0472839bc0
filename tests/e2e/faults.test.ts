import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, it, type TestContext } from "node:test";
import type { Page, Route } from "playwright-core";
import type { Dataset } from "../../src/data/schema.ts";
import { STATUSES_PATH, statusesOf } from "../../src/data/statuses.ts";
import { startSite, waitForMap } from "./support/site.ts";

/**
 * The faults real readers meet (a flaky connection, a redeploy while a tab is open, a wrong
 * clock, odd paths, hostile data), each injected through request routing or Playwright's clock.
 * Every one must leave a named message, a Retry that works once the fault is lifted, and no
 * page error.
 */
const site = startSite();

/** One explicit, generous wait for everything below: these must pass on a loaded 2-core machine. */
const WAIT_MS = 30_000;

async function open(t: TestContext, path: string, setup?: (page: Page) => Promise<unknown>) {
  const page = await site.browser.newPage({ viewport: { width: 1280, height: 800 } });
  t.after(() => page.close());
  page.setDefaultTimeout(WAIT_MS);
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  await setup?.(page);
  // "commit": a stalled request must not hold the navigation itself.
  await page.goto(`${site.url}${path}`, { waitUntil: "commit" });
  return { page, errors };
}

const chunk = (name: string) => new RegExp(`/assets/${name}-[\\w-]+\\.js$`);
const offline = (route: Route) => route.abort("internetdisconnected");
/** After a deploy the old chunk's name is gone from the server. */
const gone = (route: Route) => route.fulfill({ status: 404, body: "Not Found" });
/** A request that never answers. */
const stall = () => undefined;

const alertNamed = (page: Page, name: string | RegExp) =>
  page.getByRole("alert").filter({ has: page.getByRole("heading", { name }) });

describe("a code chunk that fails to load", () => {
  it("leaves the page working when the Share dialog's code is offline, and Retry loads it", async (t) => {
    const { page, errors } = await open(t, "/");
    await waitForMap(page);
    await page.route(chunk("share-dialog"), offline);
    await page.getByRole("button", { name: "Share / embed" }).click();
    const alert = alertNamed(page, "Could not load the share dialog");
    await alert.waitFor();
    // The rest of the page is still there and still works.
    await page.locator('svg[data-testid="world-map"]').waitFor();
    await page
      .getByRole("region", { name: /Countries/ })
      .getByRole("button", { name: /France/ })
      .click();
    await page.locator('[data-testid="country-panel"][data-iso3="FRA"]').waitFor();
    await page.unroute(chunk("share-dialog"));
    await alert.getByRole("button", { name: "Retry" }).click();
    await page.getByRole("dialog", { name: "Share or embed this view" }).waitFor();
    assert.deepEqual(errors, []);
  });

  it("offers a reload when the embed's chunk is gone after a deploy, and Retry works once it is back", async (t) => {
    const { page, errors } = await open(t, "/?embed=1", (p) => p.route(chunk("embed-view"), gone));
    const alert = alertNamed(page, "Could not load the embedded map");
    await alert.waitFor();
    await alert.getByText("The site has been updated since this page was opened").waitFor();
    await alert.getByRole("button", { name: "Reload the page" }).waitFor();
    await page.unroute(chunk("embed-view"));
    await alert.getByRole("button", { name: "Retry" }).click();
    await waitForMap(page);
    await page.getByRole("link", { name: /full map/ }).waitFor();
    assert.deepEqual(errors, []);
  });

  // One row a lazily loaded view: its chunk, its link, its name in the message, and what shows
  // once Retry has loaded it.
  for (const [name, path, part, ready] of [
    [
      "present-view",
      "/?present=1",
      "the presentation",
      (p: Page) => p.getByRole("button", { name: "Next →" }),
    ],
    ["country-table", "/?view=table", "the table", (p: Page) => p.getByRole("table").first()],
    [
      "side-panel",
      "/",
      "the side panel",
      (p: Page) => p.getByRole("searchbox", { name: /Search countries/ }),
    ],
    [
      "timeline-details",
      "/",
      "the events",
      (p: Page) => p.locator('[data-testid="timeline-event"]').first(),
    ],
  ] as const)
    it(`names the failure of ${part}'s chunk, and Retry loads it`, async (t) => {
      const { page, errors } = await open(t, path, (p) => p.route(chunk(name), offline));
      const alert = alertNamed(page, `Could not load ${part}`);
      await alert.waitFor();
      await page.unroute(chunk(name));
      await alert.getByRole("button", { name: "Retry" }).click();
      await ready(page).waitFor();
      assert.deepEqual(errors, []);
    });

  it("keeps the slider, play and events when only the counts chart fails", async (t) => {
    const { page, errors } = await open(t, "/", (p) => p.route(chunk("counts-chart"), offline));
    await waitForMap(page);
    const timeline = page.getByRole("region", { name: "Time" });
    const alert = timeline.getByRole("alert");
    await alert.getByRole("heading", { name: "Could not load the counts chart" }).waitFor();
    await timeline.getByRole("slider", { name: "As of" }).waitFor();
    await timeline.getByRole("button", { name: "Play the map through time" }).waitFor();
    await page.locator('[data-testid="timeline-event"][data-date="2018-12-01"]').first().waitFor();
    await page.unroute(chunk("counts-chart"));
    await alert.getByRole("button", { name: "Retry" }).click();
    await alert.waitFor({ state: "detached" });
    await timeline.getByRole("img", { name: /Countries per category over time/ }).waitFor();
    assert.deepEqual(errors, []);
  });
});

describe("a request that never answers", () => {
  it("shows that the dataset is loading, then times out with a message, and Retry loads it", async (t) => {
    const { page, errors } = await open(t, "/", async (p) => {
      await p.clock.install();
      await p.route(`**/${STATUSES_PATH}`, stall);
    });
    const busy = page.locator('[aria-busy="true"]', { hasText: "Loading the map data…" });
    await busy.waitFor();
    await page.getByText("Loading the map data…").waitFor({ state: "visible" });
    // Two attempts (one retry) of 30 s each, and the retry's delay between them.
    await page.clock.runFor(31_000);
    await page.clock.runFor(2_000);
    await page.clock.runFor(31_000);
    const alert = alertNamed(page, "Could not load the dataset");
    await alert.waitFor();
    await alert.getByText(/did not answer within 30 seconds/).waitFor();
    await page.unroute(`**/${STATUSES_PATH}`);
    await alert.getByRole("button", { name: "Retry" }).click();
    await waitForMap(page);
    assert.deepEqual(errors, []);
  });

  it("lets the panel, list, table and timeline work while the geometry loads", async (t) => {
    let release: () => void = () => undefined;
    const { page, errors } = await open(t, "/", (p) =>
      p.route("**/data/world-map.json", (route) => {
        release = () => void route.continue();
      }),
    );
    const mapArea = page.getByRole("region", { name: "Map" });
    await mapArea.locator('[aria-busy="true"]', { hasText: "Drawing the map…" }).waitFor();
    await page
      .getByRole("region", { name: /Countries/ })
      .getByRole("button", { name: /France/ })
      .click();
    await page.locator('[data-testid="country-panel"][data-iso3="FRA"]').waitFor();
    await page.locator('[data-testid="timeline-event"][data-date="2018-12-01"]').first().click();
    await page.locator('time[data-testid="as-of-date"][datetime="2018-12-01"]').waitFor();
    await page.getByRole("button", { name: "Table", exact: true }).click();
    await page.getByRole("table").first().waitFor();
    await page.getByRole("button", { name: "Map", exact: true }).click();
    release();
    await waitForMap(page);
    assert.deepEqual(errors, []);
  });

  it("times out a stalled geometry request in the embed with a named alert and Retry", async (t) => {
    const { page, errors } = await open(t, "/?embed=1", async (p) => {
      await p.clock.install();
      await p.route("**/data/world-map.json", stall);
    });
    await page.locator('[aria-busy="true"]', { hasText: "Drawing the map…" }).waitFor();
    await page.clock.runFor(31_000);
    await page.clock.runFor(2_000);
    await page.clock.runFor(31_000);
    const alert = alertNamed(page, "Could not load the world map");
    await alert.waitFor();
    await page.unroute("**/data/world-map.json");
    await alert.getByRole("button", { name: "Retry" }).click();
    await waitForMap(page);
    assert.deepEqual(errors, []);
  });
});

describe("embed and present views when the geometry fails", () => {
  for (const [mode, ready] of [
    ["embed", "Open the full map ↗"],
    ["present", "Next →"],
  ] as const)
    it(`shows a named alert with Retry in the ${mode} view`, async (t) => {
      const { page, errors } = await open(t, `/?${mode}=1`, (p) =>
        p.route("**/data/world-map.json", (route) => route.fulfill({ status: 500, body: "" })),
      );
      const alert = alertNamed(page, "Could not load the world map");
      await alert.waitFor();
      await page.getByText(ready).waitFor();
      await page.unroute("**/data/world-map.json");
      await alert.getByRole("button", { name: "Retry" }).click();
      await waitForMap(page);
      assert.deepEqual(errors, []);
    });

  it("shows notices for bad link values in the present view", async (t) => {
    const { page, errors } = await open(t, "/?present=1&country=zzz&date=tomorrow");
    await waitForMap(page);
    const notices = page.getByRole("status").filter({ hasText: "Ignored the link's" });
    await notices.getByText(`Ignored the link's "country" value "zzz"`).waitFor();
    await notices.getByText(`Ignored the link's "date" value "tomorrow"`).waitFor();
    assert.deepEqual(errors, []);
  });
});

describe("the reader's clock", () => {
  it("shows the map to a reader whose clock is years behind the data", async (t) => {
    const { page, errors } = await open(t, "/?country=gbr", (p) =>
      p.clock.install({ time: new Date("2017-06-01T12:00:00Z") }),
    );
    await waitForMap(page);
    await page.locator('[data-testid="country-panel"][data-iso3="GBR"]').waitFor();
    assert.equal(await page.getByText(/in the future/).count(), 0);
    assert.deepEqual(errors, []);
  });
});

describe("paths the host may serve", () => {
  for (const path of ["//", "//?country=gbr", "///?country=gbr&date=2020-01-28"])
    it(`leaves a working app at ${JSON.stringify(path)}`, async (t) => {
      const { page, errors } = await open(t, path);
      await waitForMap(page);
      if (path.includes("country=gbr")) {
        await page.locator('[data-testid="country-panel"][data-iso3="GBR"]').waitFor();
        assert.equal(new URL(page.url()).pathname, "/");
      }
      await page
        .getByRole("region", { name: /Countries/ })
        .getByRole("button", { name: /France/ })
        .click();
      await page.locator('[data-testid="country-panel"][data-iso3="FRA"]').waitFor();
      assert.equal(new URL(page.url()).search.includes("country=fra"), true);
      assert.deepEqual(errors, []);
    });
});

describe("hostile data", () => {
  const published = () => JSON.parse(readFileSync("dist/data/huawei-5g.json", "utf8"));
  // Both files, as a build of that dataset would write them (the statuses file from it).
  const serveDataset = async (page: Page, dataset: Dataset) => {
    for (const [path, body] of [
      ["data/huawei-5g.json", dataset],
      [STATUSES_PATH, statusesOf(dataset)],
    ] as const)
      await page.route(`**/${path}`, (route) =>
        route.fulfill({ contentType: "application/json", body: JSON.stringify(body) }),
      );
  };

  it("refuses a source reference that only Object.prototype has, naming it", async (t) => {
    const dataset = published();
    dataset.countries[0]!.history[0]!.sources = ["toString"];
    const { page, errors } = await open(t, "/?view=table", (p) => serveDataset(p, dataset));
    // The statuses hold no sources: the table's source column (the details) names the fault.
    const alert = alertNamed(page, "Could not load the sources and notes");
    await alert.waitFor();
    await alert
      .getByText('countries.0.history.0.sources.0: unknown source id "toString"')
      .waitFor();
    assert.deepEqual(errors, []);
  });

  it("shows the story and the table for a real source whose id is constructor", async (t) => {
    const dataset = published();
    const gbr = dataset.countries.find((c: { iso3: string }) => c.iso3 === "GBR");
    const entry = gbr.history.at(-1);
    dataset.sources.constructor = { ...dataset.sources[entry.sources[0]], title: "Own source" };
    entry.sources = ["constructor"];
    const { page, errors } = await open(t, "/?country=gbr", (p) => serveDataset(p, dataset));
    const panel = page.locator('[data-testid="country-panel"][data-iso3="GBR"]');
    await panel.getByRole("link", { name: /Own source/ }).waitFor();
    await page.getByRole("button", { name: "Table", exact: true }).click();
    await page.getByRole("table").first().waitFor();
    assert.deepEqual(errors, []);
  });

  it("refuses 10,000 events with a clear message instead of freezing", async (t) => {
    const dataset = published();
    const event = dataset.events[0];
    dataset.events = Array.from({ length: 10_000 }, (_, i) => ({ ...event, id: `event-${i}` }));
    const { page, errors } = await open(t, "/", (p) => serveDataset(p, dataset));
    const alert = alertNamed(page, "Could not load the dataset");
    await alert.getByText("events: has more than 5000 events", { exact: false }).waitFor();
    assert.deepEqual(errors, []);
  });
});

describe("the embed and its parent", () => {
  it("ignores messages it does not define and posts nothing but its height", async (t) => {
    const page = await site.browser.newPage({ viewport: { width: 900, height: 800 } });
    t.after(() => page.close());
    page.setDefaultTimeout(WAIT_MS);
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    await page.setContent(`<!doctype html><title>host</title>
      <script>window.received=[];addEventListener("message",(e)=>received.push(e.data));</script>
      <iframe id="embed" src="${site.url}/?embed=1&country=gbr" style="width:640px;height:700px"></iframe>`);
    const frame = page.frameLocator("#embed");
    await frame.locator('svg[data-testid="world-map"] [data-iso3][data-status]').first().waitFor();
    const before = await frame.locator("main").innerHTML();
    await page.evaluate(() => {
      const target = (document.getElementById("embed") as HTMLIFrameElement).contentWindow!;
      for (const message of [
        { type: "huawei-5g-map:height", height: 1 },
        { type: "select", country: "FRA" },
        "<img src=x onerror=alert(1)>",
        { __proto__: { polluted: true } },
        null,
      ])
        target.postMessage(message, "*");
    });
    await page.waitForTimeout(500);
    assert.equal(await frame.locator("main").innerHTML(), before);
    const received = await page.evaluate(
      () => (window as unknown as { received: unknown[] }).received,
    );
    assert.ok(received.length > 0, "the embed posted its height");
    for (const message of received)
      assert.deepEqual(Object.keys(message as object).sort(), ["height", "type"]);
    assert.deepEqual(errors, []);
  });
});
