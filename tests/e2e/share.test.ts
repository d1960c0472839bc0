import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { describe, it } from "node:test";
import { AxeBuilder } from "@axe-core/playwright";
import { countryName } from "../../src/data/countries.ts";
import { escapeMarkup } from "../../src/domain/escape-markup.ts";
import { sortEvents } from "../../src/domain/events.ts";
// Named apart from React's hook rule: this is a test fixture, not a hook.
import { openPage, publishedDataset, startSite as serveSite, waitForMap } from "./support/site.ts";

const site = serveSite();
const dataset = publishedDataset();
const EMBED_SIZES = [
  [320, 480],
  [640, 360],
  [1280, 720],
  [1920, 1080],
] as const;

/** Width and height from a PNG's IHDR chunk (bytes 16–23, big-endian). */
function pngSize(file: string) {
  const bytes = readFileSync(file);
  assert.equal(bytes.subarray(1, 4).toString("latin1"), "PNG", `${file} is not a PNG`);
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

const metaContent = (html: string, key: string) =>
  new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)"`).exec(html)?.[1];

describe("per-country pages and previews in dist/", () => {
  for (const { iso3 } of dataset.countries) {
    it(`writes a page for ${iso3} with its name, status and share tags`, () => {
      const html = readFileSync(`dist/country/${iso3.toLowerCase()}/index.html`, "utf8");
      const name = countryName(iso3);
      assert.ok(
        (/<title>([^<]*)<\/title>/.exec(html)?.[1] ?? "").includes(escapeMarkup(name)),
        `title names ${name}`,
      );
      assert.ok(
        (metaContent(html, "description") ?? "").includes(escapeMarkup(name)),
        `description names ${name}`,
      );
      for (const key of ["og:title", "og:description", "og:image", "og:url"])
        assert.ok(metaContent(html, key), `${key} is missing`);
      assert.equal(metaContent(html, "twitter:card"), "summary_large_image");
      const canonical = /<link rel="canonical" href="([^"]*)"/.exec(html)?.[1] ?? "";
      assert.match(canonical, new RegExp(`^https?://.+/country/${iso3.toLowerCase()}/$`));
      assert.equal(metaContent(html, "og:url"), canonical);
      assert.equal(metaContent(html, "og:image"), `${canonical}preview.png`);
      assert.match(html, /<div id="root"><article class="static-story">/);
    });
  }

  it("renders every preview at 1200×630", () => {
    const files = [
      "dist/preview.png",
      ...dataset.countries.map((c) => `dist/country/${c.iso3.toLowerCase()}/preview.png`),
    ];
    for (const file of files) {
      assert.ok(existsSync(file), `${file} is missing`);
      assert.deepEqual(pngSize(file), { width: 1200, height: 630 }, file);
    }
  });

  it("points the home page's share tags at the site-wide preview", () => {
    const html = readFileSync("dist/index.html", "utf8");
    assert.match(metaContent(html, "og:image") ?? "", /^https?:\/\/.+\/preview\.png$/);
  });
});

describe("sharing in Chromium", () => {
  const noCountries = dataset.countries.length === 0 && "the dataset has no countries yet";
  it("opens a country page with that country selected", { skip: noCountries }, async () => {
    const country = dataset.countries.at(-1)!;
    const { page, errors } = await openPage(
      site.browser,
      `${site.url}/country/${country.iso3.toLowerCase()}/`,
    );
    await page.locator(`[data-testid="country-panel"][data-iso3="${country.iso3}"]`).waitFor();
    assert.equal(await page.locator(".static-story").count(), 0, "the static story is replaced");
    assert.deepEqual(errors, []);
    await page.close();
  });

  for (const [width, height] of EMBED_SIZES) {
    it(`fits the embed in ${width}×${height} without scrolling`, async () => {
      const { page, errors } = await openPage(site.browser, `${site.url}/?embed=1&country=gbr`, {
        width,
        height,
      });
      await waitForMap(page);
      const size = await page.evaluate(() => ({
        scrollWidth: document.documentElement.scrollWidth,
        scrollHeight: document.documentElement.scrollHeight,
        legendBottom: document.querySelector(".legend")!.getBoundingClientRect().bottom,
        linkBottom: document.querySelector(".source-line")!.getBoundingClientRect().bottom,
      }));
      assert.ok(size.scrollWidth <= width, `${size.scrollWidth}px wide`);
      assert.ok(size.scrollHeight <= height, `${size.scrollHeight}px tall`);
      assert.ok(size.linkBottom <= height, "the source line is cut off");
      assert.equal(await page.locator("header, aside, .side-panel").count(), 0, "no page chrome");
      const link = page.getByRole("link", { name: /full map/ });
      assert.equal(await link.getAttribute("target"), "_blank");
      const href = new URL((await link.getAttribute("href"))!);
      assert.equal(href.searchParams.get("embed"), null);
      assert.equal(href.pathname, "/country/gbr/", "the full map is the country's own page");
      await page.locator('time[data-testid="as-of-date"]').waitFor();
      // The headline's date is never cut off, however narrow the column.
      const clipped = await page.evaluate(() => {
        const headline = document.querySelector(".embed-headline")!.getBoundingClientRect();
        const date = document.querySelector(".embed-headline time")!.getBoundingClientRect();
        return date.right > headline.right + 1 || date.bottom > headline.bottom + 1;
      });
      assert.equal(clipped, false, "the headline's date is cut off");
      assert.deepEqual(errors, []);
      await page.close();
    });
  }

  it("posts its height to the page that hosts it, again when it changes", async () => {
    const page = await site.browser.newPage({ viewport: { width: 1000, height: 900 } });
    await page.setContent(`<!doctype html><body style="margin:0">
      <script>window.heights = []; addEventListener("message", (e) => {
        if (e.data && e.data.type === "huawei-5g-map:height") heights.push(e.data.height);
      });</script>
      <iframe id="embed" src="${site.url}/?embed=1" style="border:0;width:640px;height:700px"></iframe>
    </body>`);
    await page.waitForFunction(
      () => (window as unknown as { heights: number[] }).heights.length > 0,
      null,
      { timeout: 15_000 },
    );
    await page
      .frameLocator("#embed")
      .locator('svg[data-testid="world-map"] [data-iso3]')
      .first()
      .waitFor();
    const heights = () => page.evaluate(() => (window as unknown as { heights: number[] }).heights);
    const first = (await heights()).at(-1)!;
    assert.ok(first > 100 && first <= 700, `posted ${first}`);
    await page.evaluate(() => (document.getElementById("embed")!.style.width = "320px"));
    await page.waitForFunction(
      (h) => (window as unknown as { heights: number[] }).heights.at(-1) !== h,
      first,
    );
    const second = (await heights()).at(-1)!;
    assert.ok(second < first, `a narrower embed is shorter: ${first} then ${second}`);
    await page.close();
  });

  const noEvents = dataset.events.length === 0 && "the dataset has no events yet";
  it(
    "steps through the events with the keyboard in presentation mode",
    { skip: noEvents },
    async () => {
      const events = sortEvents(dataset.events);
      const { page, errors } = await openPage(site.browser, `${site.url}/?present=1`);
      await waitForMap(page);
      const state = async () => ({
        event: new URL(page.url()).searchParams.get("event"),
        date: await page.locator('time[data-testid="as-of-date"]').getAttribute("datetime"),
      });
      const expectAt = async (i: number) => {
        const event = events[i]!;
        await page.waitForFunction(
          (id) => new URL(location.href).searchParams.get("event") === id,
          event.id,
        );
        assert.deepEqual(await state(), { event: event.id, date: event.date });
      };
      await page.keyboard.press("ArrowRight");
      await expectAt(0);
      await page.keyboard.press("PageDown");
      await expectAt(Math.min(1, events.length - 1));
      await page.keyboard.press("ArrowLeft");
      await expectAt(0);
      await page.keyboard.press("End");
      await expectAt(events.length - 1);
      await page.keyboard.press("Home");
      await expectAt(0);
      assert.match(
        await page.getByRole("region", { name: "Event" }).innerText(),
        new RegExp(events[0]!.title.slice(0, 20).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")),
      );
      assert.deepEqual(errors, []);
      await page.close();
    },
  );

  it(
    "downloads the view as SVG with every country, patterns and insets, as PNG, and the data as CSV",
    { skip: noCountries },
    async () => {
      // Luxembourg is a speck on the world map: the picture zooms on it.
      const isLux = dataset.countries.some((c) => c.iso3 === "LUX");
      const selected = isLux ? "LUX" : dataset.countries[0]!.iso3;
      const { page, errors } = await openPage(
        site.browser,
        `${site.url}/?country=${selected.toLowerCase()}`,
      );
      await waitForMap(page);
      await page.getByRole("button", { name: "Share / embed" }).click();
      const dialog = page.getByRole("dialog");
      const download = async (name: string) => {
        const [file] = await Promise.all([
          page.waitForEvent("download"),
          dialog.getByRole("button", { name }).click(),
        ]);
        return { name: file.suggestedFilename(), path: (await file.path())! };
      };

      const svg = await download("Download SVG");
      assert.match(svg.name, /\.svg$/);
      const text = readFileSync(svg.path, "utf8");
      const check = await page.evaluate((source) => {
        const doc = new DOMParser().parseFromString(source, "image/svg+xml");
        return {
          error: doc.querySelector("parsererror")?.textContent ?? null,
          root: doc.documentElement.nodeName,
          iso3s: [...doc.querySelectorAll("[data-iso3]")].map((n) => n.getAttribute("data-iso3")),
          texts: [...doc.querySelectorAll("text")].map((n) => n.textContent),
          patterns: [...doc.querySelectorAll("pattern")].map((n) => n.id),
          insets: [...doc.querySelectorAll("[data-inset]")].map((n) =>
            n.getAttribute("data-inset"),
          ),
        };
      }, text);
      assert.equal(check.error, null);
      assert.equal(check.root, "svg");
      const missing = dataset.countries
        .map((c) => c.iso3)
        .filter((iso3) => !check.iso3s.includes(iso3));
      assert.deepEqual(missing, [], "every country in the dataset has a shape or dot");
      assert.ok(
        check.texts.includes(countryName(selected)),
        "the picture names the selected country",
      );
      assert.ok(check.texts.some((t) => t?.startsWith("Source:")));
      // Patterns are on by default in downloads: one per patterned category, on the world map.
      for (const status of ["ban", "restricted", "under_review", "partner"])
        assert.ok(check.patterns.includes(`map-pattern-${status}`), status);
      assert.deepEqual(
        check.insets,
        isLux ? ["europe", "caribbean", "gulf", "zoom"] : ["europe", "caribbean", "gulf"],
      );

      const png = await download("Download PNG");
      assert.match(png.name, /\.png$/);
      assert.deepEqual(pngSize(png.path), { width: 2400, height: 1440 });
      for (const [label, size] of [
        ["1920×1080 (slide)", { width: 1920, height: 1080 }],
        ["1080×1080 (square)", { width: 1080, height: 1080 }],
      ] as const) {
        await dialog.getByRole("radio", { name: label }).check();
        const picture = await download("Download PNG");
        assert.match(picture.name, new RegExp(`-${size.width}x${size.height}\\.png$`));
        assert.deepEqual(pngSize(picture.path), size);
      }

      const csv = await download("Download CSV");
      const lines = readFileSync(csv.path, "utf8").trim().split("\n");
      assert.equal(
        lines[0],
        "code,name,status,status_label,since,last_changed,instrument,scope,reviewed,source_urls",
      );
      assert.equal(lines.length, dataset.countries.length + 1);

      const json = await download("Download JSON");
      assert.equal(JSON.parse(readFileSync(json.path, "utf8")).version, dataset.version);

      await dialog.getByRole("button", { name: "Close" }).click();
      await dialog.waitFor({ state: "detached" });
      const focused = await page.evaluate(() => document.activeElement?.textContent);
      assert.equal(focused, "Share / embed", "focus returns to the button that opened the dialog");
      assert.deepEqual(errors, []);
      await page.close();
    },
  );

  it("prints map, legend with the category patterns, date and source on one landscape page", async () => {
    const { page } = await openPage(site.browser, `${site.url}/?country=gbr`);
    await waitForMap(page);
    await page.emulateMedia({ media: "print" });
    const visible = async (selector: string) => page.locator(selector).first().isVisible();
    assert.equal(await visible('svg[data-testid="world-map"]'), true);
    assert.equal(await visible(".legend"), true);
    assert.equal(await visible('time[data-testid="as-of-date"]'), true);
    assert.match(await page.locator(".print-only").innerText(), /Source: .+country\/gbr\//);
    assert.equal(await visible(".side-panel"), false);
    // On paper a status never rests on colour alone: the category patterns print, though off on
    // screen (they are drawn as the print media query starts to match).
    await page.locator('[data-testid="pattern-overlay"] path').first().waitFor();
    assert.equal(await visible('[data-testid="pattern-overlay"] path'), true);
    assert.equal(await visible('.legend [data-pattern="ban"]'), true);
    assert.equal(await visible(".patterns-toggle"), false);
    // The map is zoomed to the United Kingdom, which it shows large: no insets.
    assert.equal(await page.locator("[data-inset]").count(), 0);
    // Swatch colours are backgrounds, which browsers leave out of print unless told otherwise.
    assert.equal(
      await page
        .locator(".legend .swatch")
        .first()
        .evaluate((el) => getComputedStyle(el).printColorAdjust),
      "exact",
    );
    const pdf = await page.pdf({ landscape: true, format: "A4", printBackground: true });
    const pages = pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) ?? [];
    assert.equal(pages.length, 1);
    await page.close();
  });

  it("prints the world map's insets with their patterns", async () => {
    const { page } = await openPage(site.browser, `${site.url}/`);
    await waitForMap(page);
    await page.locator('[data-inset="europe"]').waitFor();
    assert.equal(await page.locator('[data-inset="europe"] .pattern-overlay').count(), 0);
    await page.emulateMedia({ media: "print" });
    await page.locator('[data-inset="europe"] .pattern-overlay path').first().waitFor();
    assert.equal(
      await page.locator('[data-inset="europe"] .pattern-overlay path').first().isVisible(),
      true,
    );
    await page.emulateMedia({ media: "screen" });
    await page.locator('[data-testid="pattern-overlay"]').waitFor({ state: "detached" });
    await page.close();
  });

  it("has no axe violations in the embed, the presentation and the Share dialog", async () => {
    const found: string[] = [];
    // axe needs a page from an explicit context.
    const context = await site.browser.newContext();
    for (const url of ["/?embed=1", "/?present=1", "/?share"]) {
      const page = await context.newPage();
      await page.goto(`${site.url}${url}`);
      await waitForMap(page);
      if (url === "/?share") {
        await page.getByRole("button", { name: "Share / embed" }).click();
        await page.getByRole("dialog").waitFor(); // its code loads on first open
      }
      const { violations } = await new AxeBuilder({ page }).analyze();
      found.push(...violations.map((v) => `${url}: ${v.id} (${v.nodes[0]?.target})`));
      await page.close();
    }
    await context.close();
    assert.deepEqual(found, []);
  });
});
