import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { buildStatusIndex, statusAt } from "../../src/domain/status-index.ts";
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
    await page.click('svg[data-testid="world-map"] path[data-iso3="GBR"]', { force: true });
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
