import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { openPage, publishedDataset, startSite, waitForMap } from "./support/site.ts";

const site = startSite();

describe("play in Chromium", () => {
  it("moves nothing on the page while the map plays (no layout shift)", async () => {
    const { page, errors } = await openPage(site.browser, `${site.url}/?date=2018-01-01`, {
      width: 1280,
      height: 720,
    });
    await waitForMap(page);
    // The counts chart loads lazily: let it arrive before measuring.
    await page.locator(".counts-chart svg").waitFor({ timeout: 15_000 });
    await page.evaluate(() => {
      const w = window as unknown as { __shifts: unknown[] };
      w.__shifts = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as unknown as {
          value: number;
          hadRecentInput: boolean;
          sources: { node?: Element }[];
        }[])
          w.__shifts.push({
            value: entry.value,
            input: entry.hadRecentInput,
            // What moved, so a failure says where to look.
            moved: entry.sources.map((s) =>
              s.node?.nodeType === 1
                ? `${s.node.tagName.toLowerCase()}.${s.node.getAttribute("class")}`
                : s.node?.parentElement?.className,
            ),
          });
      }).observe({ type: "layout-shift" });
    });
    await page.getByRole("button", { name: "Play the map through time" }).click();
    // Long enough to pass several months and events (2018 has many): about a sixth of the play.
    await page.waitForFunction(
      () =>
        document.querySelector('time[data-testid="as-of-date"]')!.getAttribute("datetime")! >=
        "2019-06-01",
      undefined,
      { timeout: 60_000 },
    );
    const shifts = await page.evaluate(
      () => (window as unknown as { __shifts: { input: boolean }[] }).__shifts,
    );
    await page.getByRole("button", { name: "Pause" }).click();
    const unprompted = shifts.filter((s) => !s.input);
    assert.deepEqual(unprompted, [], "layout shifts while playing");
    assert.deepEqual(errors, []);
    await page.close();
  });

  it("scrolls the selected event into view in the events strip, under its year", async () => {
    const { page } = await openPage(site.browser, `${site.url}/?event=meng-arrest`, {
      width: 1280,
      height: 720,
    });
    await waitForMap(page);
    const button = page.locator('[data-testid="timeline-event"][data-event-id="meng-arrest"]');
    assert.equal(await button.getAttribute("aria-pressed"), "true");
    // A link naming the event alone opens the map on the event's day, as embeds and slides do.
    await page.waitForSelector('time[data-testid="as-of-date"][datetime="2018-12-01"]', {
      timeout: 15_000,
    });
    // The year heading above it.
    assert.equal(
      await button.evaluate((b) => b.closest("section")!.querySelector("h3")!.textContent),
      "2018",
    );
    // Scrolled into the strip's visible part (the strip scrolls sideways on wide screens).
    await page.waitForFunction(
      () => {
        const strip = document.querySelector(".events-strip")!.getBoundingClientRect();
        const item = document
          .querySelector('[data-event-id="meng-arrest"]')!
          .getBoundingClientRect();
        return item.left >= strip.left - 1 && item.right <= strip.right + 1;
      },
      undefined,
      { timeout: 15_000 },
    );
    // "Latest" then means the latest day, with the event still open.
    await page.getByRole("button", { name: "Latest" }).click();
    const latest = publishedDataset().updated;
    await page.waitForSelector(`time[data-testid="as-of-date"][datetime="${latest}"]`, {
      timeout: 15_000,
    });
    assert.equal(await button.getAttribute("aria-pressed"), "true");
    await page.close();
  });
});
