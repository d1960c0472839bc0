import assert from "node:assert/strict";
import { describe, it, type TestContext } from "node:test";
import type { Page } from "playwright-core";
import { findSource } from "../../src/data/schema.ts";
import { storyPath } from "../../src/data/story-file.ts";
import { publishedDataset, startSite } from "./support/site.ts";

/**
 * A country's page as a journalist's reader opens it on a phone: the story comes from the
 * page's own story file, whole in its first frame, and a failed story file is named with a
 * Retry that works.
 */
const site = startSite();
const dataset = publishedDataset();
const WAIT_MS = 30_000;
const country = dataset.countries.find((c) => c.iso3 === "DEU") ?? dataset.countries[0]!;
const latest = country.history.at(-1)!;
const source = findSource(dataset, latest.sources[0]!)!;
const panel = (page: Page) =>
  page.locator(`[data-testid="country-panel"][data-iso3="${country.iso3}"]`);

async function open(t: TestContext, setup?: (page: Page) => Promise<unknown>) {
  const page = await site.browser.newPage({ viewport: { width: 390, height: 844 } });
  t.after(() => page.close());
  page.setDefaultTimeout(WAIT_MS);
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  const requests: string[] = [];
  page.on("request", (request) => requests.push(new URL(request.url()).pathname));
  // Records whether the story ever showed its "loading" message (it moves what is below it).
  await page.addInitScript(() => {
    new MutationObserver(() => {
      const story = document.querySelector('[data-testid="country-panel"]');
      if (story?.querySelector('[aria-busy="true"]'))
        document.documentElement.dataset.storyWasLoading = "true";
    }).observe(document, { childList: true, subtree: true });
  });
  await setup?.(page);
  await page.goto(`${site.url}/country/${country.iso3.toLowerCase()}/`, { waitUntil: "commit" });
  return { page, errors, requests };
}

describe("a country's page", () => {
  it("shows its story, summary and sources from its story file, whole in the first frame", async (t) => {
    const { page, errors, requests } = await open(t);
    const story = panel(page);
    await story.getByRole("heading", { name: "Status history" }).waitFor();
    await story.getByText(country.summary).waitFor();
    const link = story.getByRole("link", { name: source.title }).first();
    assert.equal(await link.getAttribute("href"), source.url);
    assert.equal(await page.locator("html").getAttribute("data-story-was-loading"), null);
    assert.ok(requests.includes(`/${storyPath(country.iso3)}`), "the story file was fetched");
    assert.deepEqual(errors, []);
  });

  it("names a failed story file in the story, and Retry loads it", async (t) => {
    // The connection drops for the details: the story file and the whole dataset (which loads
    // on idle and would otherwise stand in for the story file) both fail.
    const routes = [`**/${storyPath(country.iso3)}`, "**/data/huawei-5g.json"];
    const { page, errors } = await open(t, (p) =>
      Promise.all(routes.map((r) => p.route(r, (route) => route.abort("internetdisconnected")))),
    );
    const story = panel(page);
    const alert = story
      .getByRole("alert")
      .filter({ has: page.getByRole("heading", { name: "Could not load the sources and notes" }) });
    await alert.waitFor();
    // The rest of the page works meanwhile.
    await page.locator('svg[data-testid="world-map"] [data-iso3][data-status]').first().waitFor();
    for (const route of routes) await page.unroute(route);
    await alert.getByRole("button", { name: "Retry" }).click();
    await story.getByText(country.summary).waitFor();
    await story.getByRole("link", { name: source.title }).first().waitFor();
    assert.equal(await alert.count(), 0);
    assert.deepEqual(errors, []);
  });

  it("tells the story from the whole dataset when only the story file fails", async (t) => {
    const route = `**/${storyPath(country.iso3)}`;
    const { page, errors } = await open(t, (p) =>
      p.route(route, (r) => r.abort("internetdisconnected")),
    );
    await panel(page).getByText(country.summary).waitFor();
    assert.deepEqual(errors, []);
  });
});
