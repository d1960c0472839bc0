import { describe, expect, it } from "vitest";
import { fixtureDataset } from "../fixtures/fixture-dataset";
import {
  countryPageText,
  countryStoryHtml,
  pageHtml,
  siteAddress,
} from "../../scripts/lib/page-html";

const { dataset, index } = fixtureDataset();

const TEMPLATE = `<!doctype html>
<html lang="en">
  <head>
    <title>Old title</title>
    <meta name="description" content="Old description" />
    <script type="module" crossorigin src="./assets/index.js"></script>
    <link rel="stylesheet" crossorigin href="./assets/index.css">
  </head>
  <body>
    <div id="root"></div>
  </body>
</html>`;
const META = {
  title: `A <b>"quoted"</b> & title`,
  description: "Desc with <script>alert(1)</script>",
  url: "https://example.org/maps/country/gbr/",
  image: "https://example.org/maps/country/gbr/preview.png",
  imageAlt: "Alt",
};
const parse = (html: string) => new DOMParser().parseFromString(html, "text/html");

describe("siteAddress", () => {
  it.each([
    ["https://example.org", undefined, "https://example.org/"],
    ["https://example.org/", "/", "https://example.org/"],
    ["https://example.org/", "/maps/huawei-5g/", "https://example.org/maps/huawei-5g/"],
    ["https://example.org", "maps", "https://example.org/maps/"],
  ])("joins %s and base %s", (site, base, expected) => {
    expect(siteAddress(site, base)).toBe(expected);
  });
  it.each(["example.org", "/maps/", ""])("refuses a SITE_URL that is not absolute: %j", (site) => {
    expect(() => siteAddress(site)).toThrow(/SITE_URL/);
  });
});

describe("pageHtml", () => {
  const doc = parse(pageHtml(TEMPLATE, "/maps/", META, "<p>story</p>"));
  const meta = (key: string) =>
    doc.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute("content");

  it("sets the title and description as text, escaped", () => {
    expect(doc.title).toBe(META.title);
    expect(meta("description")).toBe(META.description);
    expect(doc.querySelector("head script:not([src])")).toBeNull();
  });

  it.each([
    ["og:title", META.title],
    ["og:description", META.description],
    ["og:url", META.url],
    ["og:image", META.image],
    ["twitter:card", "summary_large_image"],
    ["twitter:image", META.image],
  ])("carries %s", (key, value) => {
    expect(meta(key)).toBe(value);
  });

  it("links the canonical address", () => {
    expect(doc.querySelector('link[rel="canonical"]')?.getAttribute("href")).toBe(META.url);
  });

  it("makes relative asset URLs absolute under the base", () => {
    expect(doc.querySelector("script[src]")?.getAttribute("src")).toBe("/maps/assets/index.js");
    expect(doc.querySelector("link[rel=stylesheet]")?.getAttribute("href")).toBe(
      "/maps/assets/index.css",
    );
  });

  it("puts the static content inside #root, where the app mounts", () => {
    expect(doc.querySelector("#root > p")?.textContent).toBe("story");
  });

  it("fails loudly on a template without a root", () => {
    expect(() => pageHtml("<title>x</title>", "/", META)).toThrow(/root|description/);
  });
});

describe("discovery links and JSON-LD", () => {
  const doc = parse(
    pageHtml(TEMPLATE, "/", {
      ...META,
      alternates: [{ type: "application/atom+xml", href: "https://e.org/feed.xml", title: "Feed" }],
      jsonLd: { "@type": "Dataset", name: "</script><script>alert(1)</script>" },
    }),
  );
  it("announces the feed", () =>
    expect(
      doc.querySelector('link[rel="alternate"][type="application/atom+xml"]')?.getAttribute("href"),
    ).toBe("https://e.org/feed.xml"));
  it("writes JSON-LD as one data block that no text can close", () => {
    const blocks = doc.querySelectorAll('script[type="application/ld+json"]');
    expect(blocks).toHaveLength(1);
    expect(JSON.parse(blocks[0]!.textContent!).name).toBe("</script><script>alert(1)</script>");
    expect(doc.querySelectorAll("script:not([src]):not([type])")).toHaveLength(0);
  });
});

describe("country pages", () => {
  it("names the country and its status at the date", () => {
    const text = countryPageText(dataset, index, "GBR", "2024-12-31");
    expect(text.title).toMatch(/^United Kingdom: Banned/);
    expect(text.description).toContain("Banned (whole network) since 13 October 2022");
  });

  it("tells the story with dated history and source links", () => {
    const doc = parse(countryStoryHtml(dataset, index, "GBR", "2024-12-31", "https://e.org/"));
    expect(doc.querySelector("h1")?.textContent).toBe("United Kingdom");
    const gbr = dataset.countries.find((c) => c.iso3 === "GBR")!;
    const [history, deadlines] = doc.querySelectorAll("ol");
    expect(history!.querySelectorAll(":scope > li")).toHaveLength(gbr.history.length);
    expect(history!.querySelectorAll(":scope > li > time")).toHaveLength(gbr.history.length);
    const links = [...history!.querySelectorAll("cite a")].map((a) => a.getAttribute("href"));
    const expected = gbr.history.flatMap((h) => h.sources.map((id) => dataset.sources[id]!.url));
    expect(links).toEqual(expected);
    // Later entries of the same status read as developments, and deadlines have their own list.
    expect(history!.textContent).toContain("confirmed · Regulator decision");
    expect(deadlines!.textContent).toContain("Remove all Huawei equipment from 5G networks");
    expect(doc.body.textContent).toContain("Last reviewed 30 November 2026");
  });

  it("escapes dataset text in the story", () => {
    const hostile = structuredClone(dataset);
    hostile.countries[0]!.summary = `<img src=x onerror=alert(1)> & "more"`;
    const iso3 = hostile.countries[0]!.iso3;
    const html = countryStoryHtml(hostile, index, iso3, "2024-12-31", "https://e.org/");
    expect(html).not.toContain("<img");
    expect(parse(html).body.textContent).toContain(`<img src=x onerror=alert(1)> & "more"`);
  });
});
