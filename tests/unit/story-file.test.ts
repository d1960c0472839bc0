import { createHash } from "node:crypto";
import { afterEach, describe, expect, it } from "vitest";
import { parseDataset, type Dataset } from "../../src/data/schema";
import {
  pageStoryCountry,
  STORY_COUNTRY_META,
  STORY_DIGEST_META,
  storyOf,
  storyPath,
} from "../../src/data/story-file";
import { digestText, isBuildValidated } from "../../src/data/trusted-dataset";
import { withStoryFile } from "../../scripts/lib/page-html";
import fixture from "../fixtures/small-dataset.json";

const dataset = fixture as Dataset;
const gbr = dataset.countries.find((c) => c.iso3 === "GBR")!;
const cited = [
  ...gbr.history.flatMap((e) => e.sources),
  ...(gbr.deadlines ?? []).flatMap((d) => d.sources),
];

function pageNames(metas: Record<string, string>) {
  for (const [name, content] of Object.entries(metas)) {
    const meta = document.createElement("meta");
    meta.name = name;
    meta.content = content;
    document.head.append(meta);
  }
}

afterEach(() => {
  for (const name of [STORY_COUNTRY_META, STORY_DIGEST_META])
    document.head.querySelector(`meta[name="${name}"]`)?.remove();
});

describe("a country's story file", () => {
  it("holds that country whole, the sources it cites and no other, and the categories", () => {
    const story = storyOf(dataset, "GBR");
    expect(story.countries).toEqual([gbr]);
    expect(Object.keys(story.sources).sort()).toEqual([...new Set(cited)].sort());
    expect(Object.keys(dataset.sources).length).toBeGreaterThan(new Set(cited).size);
    expect(story.categories).toEqual(dataset.categories);
    expect(story).toMatchObject({ version: dataset.version, updated: dataset.updated });
    expect(story.events).toEqual([]);
    expect(story.corrections).toEqual([]);
  });

  it("passes the whole dataset's schema, so a file the page does not vouch for is checked like it", () => {
    for (const { iso3 } of dataset.countries) {
      const result = parseDataset(JSON.parse(JSON.stringify(storyOf(dataset, iso3))));
      expect(result.ok, iso3).toBe(true);
    }
  });

  it("fails that schema when a source it cites is left out", () => {
    const story = structuredClone(storyOf(dataset, "GBR"));
    delete story.sources[cited[0]!];
    const result = parseDataset(story);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors.join("\n")).toMatch(/unknown source id/);
  });

  it("refuses a country the dataset does not hold", () => {
    expect(() => storyOf(dataset, "ZZZ")).toThrow("no country ZZZ");
  });

  it("lives at a lower-case path", () => {
    expect(storyPath("GBR")).toBe("data/stories/gbr.json");
  });
});

describe("the page's own story", () => {
  it("is named by the page in upper case, and by no page otherwise", () => {
    expect(pageStoryCountry()).toBeNull();
    pageNames({ [STORY_COUNTRY_META]: "gbr" });
    expect(pageStoryCountry()).toBe("GBR");
  });

  it("ignores a value that is not a country code", () => {
    pageNames({ [STORY_COUNTRY_META]: "../../x" });
    expect(pageStoryCountry()).toBeNull();
  });

  it("is trusted by the digest the page names, and only that exact file", async () => {
    const story = storyOf(dataset, "GBR");
    const digest = createHash("sha256").update(digestText(story)).digest("hex");
    pageNames({ [STORY_DIGEST_META]: digest });
    expect(await isBuildValidated(structuredClone(story), STORY_DIGEST_META)).toBe(true);
    expect(await isBuildValidated(storyOf(dataset, "FRA"), STORY_DIGEST_META)).toBe(false);
    // The page's story digest never vouches for the whole dataset.
    expect(await isBuildValidated(story)).toBe(false);
  });
});

describe("a country page's template", () => {
  const TEMPLATE = `<head>
    <style>body{margin:0}</style>
    <link rel="preload" href="/data/huawei-5g-statuses.json" as="fetch" crossorigin="anonymous">
    <script type="module" crossorigin src="/assets/index.js"></script>
  </head>`;

  it("names the story file and its digest, and preloads it first among the data files", () => {
    const html = withStoryFile(TEMPLATE, {
      href: "/maps/data/stories/gbr.json",
      metas: { [STORY_COUNTRY_META]: "GBR", [STORY_DIGEST_META]: "ab12" },
    });
    expect(html).toContain(`<meta name="${STORY_COUNTRY_META}" content="GBR" />`);
    expect(html).toContain(`<meta name="${STORY_DIGEST_META}" content="ab12" />`);
    const preload = html.indexOf(
      `<link rel="preload" href="/maps/data/stories/gbr.json" as="fetch" crossorigin="anonymous">`,
    );
    expect(preload).toBeGreaterThan(html.indexOf("</style>"));
    expect(preload).toBeLessThan(html.indexOf("huawei-5g-statuses.json"));
    expect(preload).toBeLessThan(html.indexOf("<script"));
    expect(html.indexOf(STORY_DIGEST_META)).toBeLessThan(html.indexOf("</head>"));
  });

  it("escapes what it writes into attributes", () => {
    const html = withStoryFile(TEMPLATE, { href: `/a"b`, metas: { x: `"><script>` } });
    expect(html).not.toContain("<script>");
    expect(html).toContain(`href="/a&quot;b"`);
  });

  it("fails loudly on a template without data preloads", () => {
    expect(() => withStoryFile("<head></head>", { href: "/x", metas: {} })).toThrow("has no");
  });
});
