/**
 * Runs after build-country-pages.ts. Writes, from the dataset in dist/:
 * - dist/data/v1/: the static data API (docs/data-api.md);
 * - dist/feed.xml and dist/country/<iso3>/feed.xml: Atom feeds of changes and events;
 * - dist/oembed.json and dist/country/<iso3>/oembed.json: oEmbed answers for the pages;
 * - dist/404.html and dist/not-found.js: the static hosts' "not found" page.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { parseDataset } from "../src/data/schema.ts";
import { todayIso } from "../src/data/today.ts";
import { DATA_API_PATH } from "../src/domain/data-api.ts";
import { CONTENT_SECURITY_POLICY, policyWithStyle } from "../vite.config.ts";
import { countryPath } from "./lib/page-html.ts";
import {
  atomFeed,
  dataApiFiles,
  FEED_FILE,
  notFoundPage,
  notFoundScript,
  OEMBED_FILE,
  oembedFor,
} from "./lib/reuse-files.ts";
import { basePath, DIST, site } from "./lib/site-env.ts";

const parsed = parseDataset(
  JSON.parse(readFileSync(join(DIST, "data/huawei-5g.json"), "utf8")),
  todayIso(),
);
if (!parsed.ok) throw new Error(`The dataset is invalid:\n${parsed.errors.join("\n")}`);
const dataset = parsed.data;

const write = (path: string, text: string) => {
  mkdirSync(dirname(join(DIST, path)), { recursive: true });
  writeFileSync(join(DIST, path), text);
};

const api = dataApiFiles(dataset, site);
for (const [path, text] of api) write(`${DATA_API_PATH}${path}`, text);

write(FEED_FILE, atomFeed(dataset, site, null));
write(OEMBED_FILE, oembedFor(site, null));
for (const { iso3 } of dataset.countries) {
  write(`${countryPath(iso3)}${FEED_FILE}`, atomFeed(dataset, site, iso3));
  write(`${countryPath(iso3)}${OEMBED_FILE}`, oembedFor(site, iso3));
}

// The same inline styles as the app's pages, and the policy that allows them.
const template = readFileSync(join(DIST, "index.html"), "utf8");
const css = /<style>([^<]*)<\/style>/.exec(template)?.[1] ?? null;
write(
  "404.html",
  notFoundPage({ basePath, site, css, csp: css ? policyWithStyle(css) : CONTENT_SECURITY_POLICY }),
);
write("not-found.js", notFoundScript(dataset.countries.map((c) => c.iso3)));

console.log(
  `Wrote ${api.size} data API files, ${dataset.countries.length + 1} feeds and oEmbed answers, 404.html`,
);
