import assert from "node:assert/strict";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import type { Page } from "playwright-core";
import { CONTENT_SECURITY_POLICY, policyWithStyle } from "../../vite.config.ts";
import { startSite, waitForMap } from "./support/site.ts";

const site = startSite();

declare global {
  interface Window {
    __cspViolations: string[];
  }
}

/** Collects violations from the first script on: the event, and Chromium's console report. */
async function openWatched(url: string) {
  const page = await site.browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener("securitypolicyviolation", (e) =>
      window.__cspViolations.push(`${e.violatedDirective} blocked ${e.blockedURI || "inline"}`),
    );
  });
  const reports: string[] = [];
  page.on("console", (message) => {
    if (message.text().includes("Content Security Policy")) reports.push(message.text());
  });
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  await page.goto(url);
  return { page, reports, errors };
}

const violations = async (page: Page, reports: string[]) => [
  ...(await page.evaluate(() => window.__cspViolations)),
  ...reports,
];

function htmlFilesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return htmlFilesUnder(path);
    return path.endsWith(".html") ? [path] : [];
  });
}

/** Each view, and what shows it is fully drawn. */
const VIEWS: [string, (page: Page) => Promise<unknown>][] = [
  ["/", waitForMap],
  ["/?country=gbr", (page) => page.locator('[data-testid="country-panel"]').waitFor()],
  ["/?view=table", (page) => page.getByRole("table").first().waitFor()],
  ["/?event=meng-arrest", waitForMap],
  ["/?embed=1", waitForMap],
  ["/?present=1", waitForMap],
];

describe("the Content-Security-Policy", () => {
  it("is the first thing in the head of every built page, strict for scripts", () => {
    const files = htmlFilesUnder("dist");
    assert.ok(files.includes(join("dist", "index.html")));
    for (const file of files) {
      const html = readFileSync(file, "utf8");
      const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html);
      assert.ok(meta, `${file} has no CSP meta`);
      // A page's one inline stylesheet is allowed by its digest, and nothing else inline.
      const styles = [...html.matchAll(/<style>([^<]*)<\/style>/g)].map((m) => m[1]!);
      assert.ok(styles.length <= 1, `${file}: ${styles.length} inline stylesheets`);
      const expected = styles[0] ? policyWithStyle(styles[0]) : CONTENT_SECURITY_POLICY;
      assert.equal(meta[1]!.replace(/&#39;/g, "'"), expected, file);
      assert.ok(html.indexOf(meta[0]) < html.search(/<script|<link|<style/), `${file}: order`);
    }
    // The app's pages and the 404 page carry their styles inline: no stylesheet round trip.
    for (const file of [join("dist", "index.html"), join("dist", "404.html")])
      assert.match(readFileSync(file, "utf8"), /<style>[^<]{1000,}<\/style>/, file);
    assert.doesNotMatch(CONTENT_SECURITY_POLICY, /unsafe-inline|unsafe-eval|\*/);
    assert.match(CONTENT_SECURITY_POLICY, /object-src 'none'/);
  });

  for (const [path, ready] of VIEWS)
    it(`blocks nothing the app needs on ${path}`, async () => {
      const { page, reports, errors } = await openWatched(`${site.url}${path}`);
      await ready(page);
      // Hover and click a country: the tooltip and selection set inline style props.
      if (!path.includes("table")) {
        const shape = page.locator('svg[data-testid="world-map"] path[data-iso3="FRA"]');
        await shape.hover({ force: true });
        await shape.click({ force: true });
      }
      await page.waitForLoadState("networkidle");
      assert.deepEqual(await violations(page, reports), []);
      assert.deepEqual(errors, []);
      await page.close();
    });

  it("blocks nothing in the Share dialog, its downloads and a failed part's message", async () => {
    const { page, reports, errors } = await openWatched(`${site.url}/`);
    await waitForMap(page);
    await page.getByRole("button", { name: "Share / embed" }).click();
    const dialog = page.getByRole("dialog", { name: "Share or embed this view" });
    for (const format of ["SVG", "PNG", "CSV", "JSON"]) {
      const download = page.waitForEvent("download", { timeout: 30_000 });
      await dialog.getByRole("button", { name: `Download ${format}` }).click();
      await download;
    }
    await dialog.getByRole("button", { name: "Close" }).click();
    await page.route(/\/assets\/country-table-[\w-]+\.js$/, (route) => route.abort("failed"));
    await page.getByRole("button", { name: "Table", exact: true }).click();
    await page
      .getByRole("alert")
      .getByRole("heading", { name: "Could not load the table" })
      .waitFor();
    assert.deepEqual(await violations(page, reports), []);
    assert.deepEqual(errors, []);
    await page.close();
  });

  it("is enforced: an injected inline script does not run, and is reported", async () => {
    const { page, reports } = await openWatched(`${site.url}/`);
    await waitForMap(page);
    // (Code run through page.evaluate is exempt from CSP, so the test injects an element.)
    await page.evaluate(() => {
      const script = document.createElement("script");
      script.textContent = "window.__inlineRan = true";
      document.body.append(script);
      const img = document.createElement("img");
      img.setAttribute("src", "x");
      img.setAttribute("onerror", "window.__handlerRan = true");
      document.body.append(img);
    });
    await page.waitForFunction(() => window.__cspViolations.length >= 2);
    assert.deepEqual(
      await page.evaluate(() => ["__inlineRan" in window, "__handlerRan" in window]),
      [false, false],
    );
    assert.ok((await violations(page, reports)).length >= 2);
    await page.close();
  });
});
