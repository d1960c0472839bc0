import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { buildStatusIndex, changedBetween, statusAt } from "../../src/domain/status-index.ts";
import { openPage, publishedDataset, startSite, waitForMap } from "./support/site.ts";

const site = startSite();
const statusOf = (page: import("playwright-core").Page, iso3: string) =>
  page.getAttribute(`svg[data-testid="world-map"] path[data-iso3="${iso3}"]`, "data-status");

describe("the map through time in Chromium", () => {
  it("shows the seed reports' positions on a date link", async () => {
    const { page } = await openPage(site.browser, `${site.url}/?date=2018-12-31`);
    await waitForMap(page);
    assert.equal(
      await page.getAttribute('time[data-testid="as-of-date"]', "datetime"),
      "2018-12-31",
    );
    // December 2018 (seed reports): Australia banned Huawei; these were considering limits.
    // (Italy was listed too, but no Italian statement stood behind it: corrected in 2026.11.30.)
    assert.equal(await statusOf(page, "AUS"), "ban");
    for (const iso3 of ["CAN", "DEU", "IND", "GBR"])
      assert.equal(await statusOf(page, iso3), "under_review", iso3);
    // And the map agrees with the dataset for every country on that date.
    const dataset = publishedDataset();
    const index = buildStatusIndex(dataset.countries);
    const drawn = await page.$$eval('svg[data-testid="world-map"] [data-iso3]', (nodes) =>
      Object.fromEntries(
        nodes.map((n) => [n.getAttribute("data-iso3"), n.getAttribute("data-status")]),
      ),
    );
    for (const country of dataset.countries)
      assert.equal(
        drawn[country.iso3],
        statusAt(index, country.iso3, "2018-12-31").status,
        country.iso3,
      );
    await page.close();
  });

  it("moves the date to a selected event and puts it in the link", async () => {
    const { page } = await openPage(site.browser, `${site.url}/`);
    await waitForMap(page);
    const event = page.locator(
      '[data-testid="timeline-event"][data-date="2018-12-01"][data-event-id="meng-arrest"]',
    );
    await event.scrollIntoViewIfNeeded();
    await event.click();
    await page.waitForSelector('time[data-testid="as-of-date"][datetime="2018-12-01"]');
    assert.match(new URL(page.url()).search, /event=meng-arrest/);
    assert.equal(
      await page
        .locator('svg[data-testid="world-map"] [data-iso3="CAN"][data-highlighted="true"]')
        .count(),
      1,
    );
    await page.close();
  });

  it("marks every country that changed between two dates", async () => {
    const dataset = publishedDataset();
    const expected = changedBetween(buildStatusIndex(dataset.countries), "2019-12-31", "2020-12-31")
      .filter((c) => c.kind === "change")
      .map((c) => c.iso3)
      .sort();
    const { page } = await openPage(site.browser, `${site.url}/?since=2019-12-31&date=2020-12-31`);
    await waitForMap(page);
    const changed = await page.$$eval(
      'svg[data-testid="world-map"] [data-changed="true"]',
      (nodes) => [...new Set(nodes.map((n) => n.getAttribute("data-iso3")!))].sort(),
    );
    assert.ok(expected.includes("GBR"));
    assert.deepEqual(changed, expected);
    assert.match(
      await page.getByRole("region", { name: /What changed/ }).innerText(),
      /United Kingdom/,
    );
    await page.close();
  });

  it("shows both dates' maps side by side on a wide screen, a toggle on a narrower one", async () => {
    const link = `${site.url}/?since=2022-12-31&date=2019-12-31`;
    const wide = await openPage(site.browser, link, { width: 1440, height: 900 });
    await waitForMap(wide.page);
    const maps = wide.page.getByTestId("compare-maps");
    // In date order, whichever date the link names first; each map coloured at its own date.
    assert.deepEqual(
      await maps
        .locator("figcaption time")
        .evaluateAll((nodes) => nodes.map((n) => n.getAttribute("datetime"))),
      ["2019-12-31", "2022-12-31"],
    );
    const index = buildStatusIndex(publishedDataset().countries);
    // Each map is described in words for its own date; the live one is the as-of date's.
    assert.match(
      await maps.locator('figure:nth-child(2) [data-testid="map-summary"]').innerText(),
      /^As of 31 December 2022: /,
    );
    assert.equal(await statusOf(wide.page, "GBR"), statusAt(index, "GBR", "2019-12-31").status);
    assert.equal(await wide.page.getByRole("group", { name: "Show the map at" }).count(), 0);
    await wide.page.close();

    const narrow = await openPage(site.browser, link, { width: 1024, height: 768 });
    await waitForMap(narrow.page);
    await narrow.page.getByRole("group", { name: "Show the map at" }).waitFor();
    assert.equal(await narrow.page.getByTestId("compare-maps").count(), 0);
    await narrow.page.close();
  });

  it("ignores a garbage date with a notice and keeps the map", async () => {
    const { page, errors } = await openPage(
      site.browser,
      `${site.url}/?date=2019-13-45&country=gbr`,
    );
    await waitForMap(page);
    await page.getByRole("status").filter({ hasText: '"2019-13-45"' }).waitFor();
    await page.locator('[data-testid="country-panel"][data-iso3="GBR"]').waitFor();
    assert.deepEqual(errors, []);
    await page.close();
  });
});
