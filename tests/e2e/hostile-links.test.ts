import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { Page } from "playwright-core";
import { startSite, waitForMap } from "./support/site.ts";

/**
 * Links written to break or hijack the page. Each must leave a working map, run nothing, add no
 * element, and say so in a notice when it had a bad value (CONTRACT: link parameters).
 */

const site = startSite();

const SCRIPT = "<script>alert(1)</script>";
const IMG = "<img src=x onerror=alert(1)>";
const SVG = '"><svg onload=alert(1)>';
const JS = "javascript:alert(1)";
const e = encodeURIComponent;

interface HostileLink {
  search: string;
  /** Whether the link has a value the app must name in a notice. */
  notice: boolean;
  /** What still has to hold: the valid part of the link applied, text shown as text. */
  check?: (page: Page) => Promise<void>;
}

const searchBox = (page: Page) => page.getByRole("searchbox", { name: "Search countries" });
const searchShows = (text: string) => async (page: Page) =>
  assert.equal(await searchBox(page).inputValue(), text);
const panelShows = (iso3: string) => (page: Page) =>
  page.locator(`[data-testid="country-panel"][data-iso3="${iso3}"]`).waitFor();
const noticeSays = (text: string) => async (page: Page) =>
  assert.ok((await page.getByRole("status").innerText()).includes(text), text);

const LINKS: HostileLink[] = [
  // HTML and script as values: search text stays text, everything else is refused.
  { search: `?q=${e(SCRIPT)}`, notice: false, check: searchShows(SCRIPT) },
  { search: `?q=${e(IMG)}`, notice: false, check: searchShows(IMG) },
  { search: `?q=${SVG}`, notice: false, check: searchShows(SVG) },
  { search: `?q=${e(JS)}`, notice: false, check: searchShows(JS) },
  { search: `?country=${e(SCRIPT)}`, notice: true },
  { search: `?country=${e(IMG)}`, notice: true, check: noticeSays("<img src=x onerror") },
  { search: `?country=${IMG}`, notice: true },
  { search: `?country=${e(JS)}`, notice: true },
  { search: `?event=${e(JS)}`, notice: true },
  { search: `?region=${e("<b>europe</b>")}`, notice: true },
  { search: `?date=${e(IMG)}`, notice: true },
  { search: `?since=${e(JS)}`, notice: true },
  { search: `?view=${e("<svg/onload=alert(1)>")}`, notice: true },
  { search: `?embed=${e(SCRIPT)}`, notice: true },
  { search: `?event=meng-arrest&present=${e(IMG)}`, notice: true },
  {
    search: `?status=${e(SCRIPT)},ban`,
    notice: true,
    check: async (page) =>
      assert.equal(
        await page.locator('[data-testid="status-filter"] input[value="ban"]').isChecked(),
        true,
      ),
  },
  // Huge values.
  { search: `?q=${"a".repeat(10_000)}`, notice: true, check: searchShows("") },
  { search: `?country=${"gbr".repeat(3_334)}`, notice: true },
  { search: `?q=${e("😀".repeat(60))}`, notice: true },
  // Broken percent-encoding.
  { search: "?q=%E0%A4%A&country=gbr", notice: true, check: panelShows("GBR") },
  { search: "?country=%ZZ", notice: true },
  { search: "?%ZZ=1&country=fra", notice: true, check: panelShows("FRA") },
  { search: "?q=%ED%A0%80", notice: true },
  // Prototype keys and values.
  {
    search: "?__proto__=x&constructor[prototype][polluted]=1&__proto__[country]=fra&country=gbr",
    notice: false,
    check: async (page) => {
      await panelShows("GBR")(page);
      assert.equal(await page.evaluate(() => "polluted" in {} || "country" in {}), false);
    },
  },
  { search: "?country=__proto__", notice: true },
  { search: "?status=__proto__,constructor", notice: true },
  // Characters that disguise text: the notice shows a replacement mark instead.
  {
    search: `?country=${e("\u202Egbr")}`,
    notice: true,
    check: async (page) =>
      assert.doesNotMatch(await page.getByRole("status").innerText(), /[\u202E\u200B]/),
  },
  { search: `?country=${e("g\u200Bbr")}`, notice: true },
  { search: `?q=${e("\u202Eabc\u200B")}`, notice: false },
  { search: `?country=${e("ſwe")}`, notice: true },
  { search: "?country=gbr%00", notice: true },
  // Repeated parameters: the first counts.
  { search: "?country=fra&country=deu", notice: true, check: panelShows("FRA") },
  { search: `?q=ital&q=${e(SCRIPT)}`, notice: true, check: searchShows("ital") },
  // Valid and invalid together: the valid part applies.
  {
    search: `?country=gbr&date=2019-02-30&status=ban,bogus&region=mars&q=${e("<b>x</b>")}`,
    notice: true,
    check: async (page) => {
      await panelShows("GBR")(page);
      await searchShows("<b>x</b>")(page);
    },
  },
  {
    search: `?date=2019-06-30&since=${e(SCRIPT)}`,
    notice: true,
    check: async (page) =>
      assert.equal(
        await page.locator('time[data-testid="as-of-date"]').getAttribute("datetime"),
        "2019-06-30",
      ),
  },
  { search: `?country=aus#${IMG}`, notice: false, check: panelShows("AUS") },
];

/** Anything a link could have smuggled into the document. */
const injected = (page: Page) =>
  page.evaluate(() => {
    const all = [...document.querySelectorAll("*")];
    return [
      ...all.filter((el) => ["IMG", "IFRAME", "OBJECT", "EMBED"].includes(el.tagName)),
      // The home page's schema.org JSON-LD in <head> is a data block the browser never runs.
      ...[...document.scripts].filter(
        (s) => !s.src && !(s.type === "application/ld+json" && s.parentElement === document.head),
      ),
      ...all.filter((el) => [...el.attributes].some((a) => a.name.toLowerCase().startsWith("on"))),
      ...all.filter((el) => /^\s*javascript:/i.test(el.getAttribute("href") ?? "")),
      ...("__pwned" in window ? [document.body] : []),
    ].map((el) => el.outerHTML.slice(0, 80));
  });

async function visit(page: Page, link: HostileLink, errors: string[], dialogs: string[]) {
  const url = `${site.url}/${link.search}`;
  await page.goto(url);
  await waitForMap(page);
  // Not getByRole: an empty notice area is display:none, so hidden from the accessibility tree.
  const status = page.locator('[role="status"]');
  if (link.notice)
    await status
      .filter({ hasText: /\S/ })
      .waitFor({ timeout: 5_000 })
      .catch(() => assert.fail(`no notice for ${url}`));
  else assert.equal((await status.innerText()).trim(), "", `unexpected notice for ${url}`);
  await link.check?.(page);
  assert.deepEqual(await injected(page), [], url);
  assert.deepEqual(errors, [], url);
  assert.deepEqual(dialogs, [], url);
}

describe("hostile links in Chromium", () => {
  it(`leave a working map, run nothing and explain themselves (${LINKS.length} links)`, async () => {
    // A few pages share the links; each page is reused from link to link.
    const PAGES = 4;
    await Promise.all(
      Array.from({ length: PAGES }, async (_, lane) => {
        const page = await site.browser.newPage({ viewport: { width: 1280, height: 800 } });
        const errors: string[] = [];
        const dialogs: string[] = [];
        page.on("pageerror", (error) => errors.push(error.message));
        page.on("dialog", (dialog) => {
          dialogs.push(dialog.message());
          void dialog.dismiss();
        });
        for (const link of LINKS.filter((_, i) => i % PAGES === lane))
          await visit(page, link, errors, dialogs);
        await page.close();
      }),
    );
  });
});
