import assert from "node:assert/strict";
import { describe, it } from "node:test";
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "playwright-core";
import { openPage, startSite, waitForMap } from "./support/site.ts";

const site = startSite();

/** WCAG 2.1 A and AA rules; each violation is listed with the elements it hit. */
async function violations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .analyze();
  return results.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} — ${v.nodes
        .slice(0, 3)
        .map((n) => n.target.join(" "))
        .join(" | ")}`,
  );
}

const VIEWS: [string, string, { dark?: boolean; width?: number }?][] = [
  ["the main view", "/"],
  ["a selected country", "/?country=gbr"],
  ["the timeline with an event selected", "/?event=meng-arrest"],
  ["a comparison", "/?since=2019-12-31&date=2021-06-30"],
  ["the table view", "/?view=table"],
  ["the dark theme", "/?country=fra", { dark: true }],
  ["the category patterns, dark theme", "/?patterns=1", { dark: true }],
  ["a phone", "/?country=deu", { width: 390 }],
  ["a comparison on a phone", "/?since=2019-12-31&date=2021-06-30", { width: 390 }],
  ["the presentation with a long caption", "/?present=1&event=eu-cybersecurity-act-revision-2026"],
];

describe("accessibility (axe-core, WCAG 2.1 A/AA)", () => {
  for (const [name, path, options = {}] of VIEWS) {
    it(`has no violations in ${name}`, async () => {
      const context = await site.browser.newContext({
        viewport: { width: options.width ?? 1280, height: 900 },
        colorScheme: options.dark ? "dark" : "light",
      });
      const page = await context.newPage();
      await page.goto(`${site.url}${path}`);
      if (path.includes("view=table")) await page.getByRole("table").waitFor();
      else await waitForMap(page);
      assert.deepEqual(await violations(page), []);
      await context.close();
    });
  }

  // Failures are views too: each named message must be as accessible as the page it replaces.
  for (const [name, path, fault] of [
    ["a failed chart and Share dialog", "/", /\/assets\/(counts-chart|share-dialog)-[\w-]+\.js$/],
    ["an embed whose map failed", "/?embed=1", "**/data/world-map.json"],
    ["a presentation whose chunk failed", "/?present=1", /\/assets\/present-view-[\w-]+\.js$/],
  ] as const)
    it(`has no violations in ${name}`, async (t) => {
      // axe needs a page in its own context.
      const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 } });
      t.after(() => context.close());
      const page = await context.newPage();
      page.setDefaultTimeout(30_000);
      await page.route(fault, (route) => route.abort("failed"));
      await page.goto(`${site.url}${path}`);
      if (path === "/") {
        await waitForMap(page);
        await page.getByRole("button", { name: "Share / embed" }).click();
        await page.getByRole("heading", { name: "Could not load the share dialog" }).waitFor();
      }
      await page.getByRole("alert").getByRole("button", { name: "Retry" }).first().waitFor();
      assert.deepEqual(await violations(page), []);
    });

  it("reaches the map, selects a country and clears it with the keyboard only", async () => {
    const { page } = await openPage(site.browser, `${site.url}/`);
    await waitForMap(page);
    let onMap = false;
    for (let i = 0; i < 30 && !onMap; i++) {
      await page.keyboard.press("Tab");
      onMap = await page.evaluate(() => document.activeElement?.hasAttribute("data-iso3") ?? false);
    }
    assert.ok(onMap, "Tab reaches a country on the map");
    await page.keyboard.press("ArrowRight");
    const iso3 = await page.evaluate(() => document.activeElement?.getAttribute("data-iso3"));
    await page.keyboard.press("Enter");
    await page.locator(`[data-testid="country-panel"][data-iso3="${iso3}"]`).waitFor();
    await page.keyboard.press("Escape");
    await page.waitForFunction(() => !document.querySelector('[data-testid="country-panel"]'));
    await page.close();
  });

  it("turns the category patterns on and off from the keyboard", async () => {
    const { page } = await openPage(site.browser, `${site.url}/`);
    await waitForMap(page);
    const toggle = page.getByRole("button", { name: "Patterns" });
    let reached = false;
    for (let i = 0; i < 60 && !reached; i++) {
      await page.keyboard.press("Tab");
      reached = await toggle.evaluate((el) => el === document.activeElement);
    }
    assert.ok(reached, "Tab reaches the Patterns toggle");
    await page.keyboard.press("Enter");
    assert.equal(await toggle.getAttribute("aria-pressed"), "true");
    await page.locator('[data-testid="pattern-overlay"] path').first().waitFor();
    await page.keyboard.press("Space");
    assert.equal(await toggle.getAttribute("aria-pressed"), "false");
    await page.close();
  });
});
