/**
 * Runs after `vite build`. Writes, from dist/index.html:
 * - dist/country/<iso3>/index.html for every country in the dataset: its own title, description,
 *   canonical and share tags, and its story as static HTML that the app replaces on mount;
 * - dist/data/stories/<iso3>.json, each country's story file (src/data/story-file.ts), which its
 *   page preloads and trusts by digest, so the story needs no part of the whole dataset;
 * - dist/country/<iso3>/preview.png and dist/preview.png (1200×630 link previews);
 * - share tags on dist/index.html itself, and the default map prerendered into it.
 * The public address is SITE_URL joined with BASE_PATH (the base vite.config.ts builds with).
 */
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { loadDataset } from "../src/domain/loaded-dataset.ts";
import { GEOMETRY_PATH, type ProjectedWorld } from "../src/data/geometry-query.ts";
import { parseDataset, parseStatuses } from "../src/data/schema.ts";
import { STATUSES_PATH } from "../src/data/statuses.ts";
import {
  STORY_COUNTRY_META,
  STORY_DIGEST_META,
  storyOf,
  storyPath,
} from "../src/data/story-file.ts";
import { todayIso } from "../src/data/today.ts";
import {
  DATASET_DIGEST_META,
  digestText,
  STATUSES_DIGEST_META,
} from "../src/data/trusted-dataset.ts";
import { pictureInput, SITE_TITLE } from "../src/domain/map-picture.ts";
import { composeMapSvg } from "../src/domain/map-svg.ts";
import { buildStatusIndex } from "../src/domain/status-index.ts";
import {
  countryPageText,
  countryPath,
  countryStoryHtml,
  pageHtml,
  withStoryFile,
} from "./lib/page-html.ts";
import { basePath, DIST, site } from "./lib/site-env.ts";
import { pageAlternates, homeJsonLd } from "./lib/reuse-files.ts";
import { prerenderedMapHtml } from "./lib/prerender-map.tsx";
import { renderPng } from "./lib/render-png.ts";

const readText = (file: string) => readFileSync(join(DIST, file), "utf8");
const readJson = (file: string) => JSON.parse(readText(file)) as unknown;
const datasetText = readText("data/huawei-5g.json");
const datasetJson = JSON.parse(datasetText) as unknown;
const parsed = parseDataset(datasetJson, todayIso());
if (!parsed.ok) throw new Error(`The dataset is invalid:\n${parsed.errors.join("\n")}`);
const dataset = parsed.data;
const index = buildStatusIndex(dataset.countries);
const geometry = readJson(GEOMETRY_PATH) as ProjectedWorld;
// The dataset has just passed the full schema: every page names its digest, so the browser can
// trust this exact file without validating it again (src/data/trusted-dataset.ts). The digest
// is of the file's text as served, which the browser hashes before parsing it.
// The statuses file is generated from it (vite.config.ts) and checked here under its own schema.
const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");
const statusesText = readText(STATUSES_PATH);
const statusesJson = JSON.parse(statusesText) as unknown;
const statusesCheck = parseStatuses(statusesJson, todayIso());
if (!statusesCheck.ok)
  throw new Error(`The statuses file is invalid:\n${statusesCheck.errors.join("\n")}`);
const template = readFileSync(join(DIST, "index.html"), "utf8").replace(
  "</head>",
  `  <meta name="${DATASET_DIGEST_META}" content="${sha256(datasetText)}" />\n` +
    `  <meta name="${STATUSES_DIGEST_META}" content="${sha256(statusesText)}" />\n  </head>`,
);
const date = dataset.updated;

const preview = (iso3: string | null, url: string) =>
  renderPng(
    composeMapSvg(
      pictureInput(dataset, index, geometry, { date, iso3, width: 1200, height: 630, url }),
    ),
  );

const started = performance.now();
for (const country of dataset.countries) {
  const path = countryPath(country.iso3);
  const url = `${site}${path}`;
  const text = countryPageText(dataset, index, country.iso3, date);
  // The story file is a slice of the dataset that has just passed the schema: trusted the same way.
  const storyText = digestText(storyOf(dataset, country.iso3));
  mkdirSync(join(DIST, "data/stories"), { recursive: true });
  writeFileSync(join(DIST, storyPath(country.iso3)), storyText);
  const html = pageHtml(
    withStoryFile(template, {
      href: `${basePath}${storyPath(country.iso3)}`,
      metas: { [STORY_COUNTRY_META]: country.iso3, [STORY_DIGEST_META]: sha256(storyText) },
    }),
    basePath,
    { ...text, url, image: `${url}preview.png`, alternates: pageAlternates(site, country.iso3) },
    countryStoryHtml(dataset, index, country.iso3, date, site),
  );
  mkdirSync(join(DIST, path), { recursive: true });
  writeFileSync(join(DIST, path, "index.html"), html);
  writeFileSync(join(DIST, path, "preview.png"), preview(country.iso3, url));
}

writeFileSync(join(DIST, "preview.png"), preview(null, site));
const home = pageHtml(
  template,
  basePath,
  {
    title: /<title>([^<]*)<\/title>/.exec(template)?.[1] ?? SITE_TITLE,
    description: /<meta\s+name="description"\s+content="([^"]*)"/.exec(template)?.[1] ?? SITE_TITLE,
    url: site,
    image: `${site}preview.png`,
    imageAlt: `World map of government positions on Huawei 5G equipment, as of ${date}.`,
    alternates: pageAlternates(site, null),
    jsonLd: homeJsonLd(dataset, site),
  },
  prerenderedMapHtml(loadDataset(dataset), geometry),
);
writeFileSync(join(DIST, "index.html"), home);

console.log(
  `Wrote ${dataset.countries.length} country pages and ${dataset.countries.length + 1} previews for ${site} in ${Math.round(performance.now() - started)} ms`,
);
