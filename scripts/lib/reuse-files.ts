/**
 * The files others reuse, all built from the one dataset: Atom feeds, oEmbed answers, the
 * static data API (docs/data-api.md) and the discovery links and JSON-LD that point at them.
 */
import { Feed } from "feed";
import { dataJsonSchema } from "../../src/data/api-schema.ts";
import { countryName } from "../../src/data/countries.ts";
import type { Dataset } from "../../src/data/schema.ts";
import { datasetJsonLd } from "../../src/domain/citation.ts";
import {
  countriesFile,
  countryFile,
  DATA_API_PATH,
  DATA_LICENSE,
  dataPackage,
  eventsCsv,
  eventsFile,
  statusesCsv,
} from "../../src/domain/data-api.ts";
import { oembedJson } from "../../src/domain/embed-html.ts";
import { formatDate } from "../../src/domain/dates.ts";
import { escapeMarkup as esc } from "../../src/domain/escape-markup.ts";
import { statusLabel } from "../../src/domain/labels.ts";
import { SITE_TITLE } from "../../src/domain/map-picture.ts";
import { countryPath } from "./page-html.ts";

export const FEED_FILE = "feed.xml";
export const OEMBED_FILE = "oembed.json";
/** The site-wide feed keeps the newest entries; each country's feed keeps its whole history. */
export const SITE_FEED_LIMIT = 100;

/** The feed and oEmbed discovery links for the home page (iso3 null) or a country's page. */
export function pageAlternates(site: string, iso3: string | null) {
  const page = iso3 ? `${site}${countryPath(iso3)}` : site;
  const name = iso3 ? countryName(iso3) : null;
  return [
    {
      type: "application/atom+xml",
      href: `${site}${FEED_FILE}`,
      title: `${SITE_TITLE}: status changes and events`,
    },
    ...(name
      ? [{ type: "application/atom+xml", href: `${page}${FEED_FILE}`, title: `${name}: changes` }]
      : []),
    {
      type: "application/json+oembed",
      href: `${page}${OEMBED_FILE}`,
      title: name ? `${name} on the ${SITE_TITLE}` : SITE_TITLE,
    },
  ];
}

export function homeJsonLd(dataset: Dataset, site: string) {
  const api = `${site}${DATA_API_PATH}`;
  return datasetJsonLd({
    version: dataset.version,
    updated: dataset.updated,
    url: site,
    description: `Where every government stands on Huawei's 5G network equipment since 2018: ${dataset.countries.filter((c) => c.history.length > 0).length} countries with dated, sourced status histories and ${dataset.events.length} events.`,
    license: DATA_LICENSE.path,
    distributions: [
      { url: `${site}data/huawei-5g.json`, format: "application/json" },
      { url: `${api}statuses.csv`, format: "text/csv" },
      { url: `${api}events.csv`, format: "text/csv" },
      { url: `${api}datapackage.json`, format: "application/json" },
    ],
  });
}

interface FeedEntry {
  id: string;
  date: string;
  title: string;
  link: string;
  html: string;
}

const sourceList = (dataset: Dataset, ids: readonly string[]) =>
  `<ul>${ids
    .map((id) => dataset.sources[id])
    .filter((s) => s !== undefined)
    .map(
      (s) =>
        `<li>${esc(s.publisher)}, <a href="${esc(s.url)}">${esc(s.title)}</a> (${esc(formatDate(s.date, s.precision))})</li>`,
    )
    .join("")}</ul>`;

function countryEntries(dataset: Dataset, site: string, iso3: string): FeedEntry[] {
  const country = dataset.countries.find((c) => c.iso3 === iso3);
  const name = countryName(iso3);
  const link = `${site}${countryPath(iso3)}`;
  return (country?.history ?? []).map((entry) => ({
    // A tag: URI stays the entry's id if the site moves.
    id: `tag:huawei-5g-map,2026:${iso3.toLowerCase()}/${entry.date}`,
    date: entry.date,
    title: `${name}: ${statusLabel(dataset.categories, entry.status)}`,
    link: `${link}?date=${entry.date}`,
    html: `<p>${esc(entry.note)}</p>${sourceList(dataset, entry.sources)}`,
  }));
}

function eventEntries(dataset: Dataset, site: string, iso3?: string): FeedEntry[] {
  return dataset.events
    .filter((event) => !iso3 || event.countries.includes(iso3))
    .map((event) => ({
      id: `tag:huawei-5g-map,2026:event/${event.id}`,
      date: event.date,
      title: event.title,
      link: `${site}?event=${event.id}&date=${event.date}`,
      html: `<p>${esc(event.description)}</p><p>Countries: ${event.countries
        .map((c) => `<a href="${esc(`${site}${countryPath(c)}`)}">${esc(countryName(c))}</a>`)
        .join(", ")}</p>${sourceList(dataset, event.sources)}`,
    }));
}

const atTime = (date: string) => new Date(`${date}T00:00:00Z`);

/** An Atom feed, newest first; `iso3` for one country's changes and the events that touched it. */
export function atomFeed(dataset: Dataset, site: string, iso3: string | null): string {
  const self = iso3 ? `${site}${countryPath(iso3)}${FEED_FILE}` : `${site}${FEED_FILE}`;
  const entries = [
    ...(iso3
      ? countryEntries(dataset, site, iso3)
      : dataset.countries.flatMap((c) => countryEntries(dataset, site, c.iso3))),
    ...eventEntries(dataset, site, iso3 ?? undefined),
  ]
    .sort((a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id))
    .slice(0, iso3 ? undefined : SITE_FEED_LIMIT);
  const feed = new Feed({
    id: self,
    title: iso3 ? `${countryName(iso3)}: Huawei 5G status changes` : `${SITE_TITLE}: changes`,
    description: iso3
      ? `Status changes of ${countryName(iso3)} on Huawei 5G equipment, and events that touched it.`
      : "Status changes of every country on Huawei 5G equipment, and the events around them.",
    link: iso3 ? `${site}${countryPath(iso3)}` : site,
    updated: atTime(dataset.updated),
    feedLinks: { atom: self },
    copyright: `Data: ${DATA_LICENSE.title}`,
    generator: false,
  });
  for (const entry of entries)
    feed.addItem({
      id: entry.id,
      title: entry.title,
      link: entry.link,
      date: atTime(entry.date),
      published: atTime(entry.date),
      content: entry.html,
    });
  return feed.atom1();
}

export function oembedFor(site: string, iso3: string | null): string {
  const page = iso3 ? `${site}${countryPath(iso3)}` : site;
  return JSON.stringify(
    oembedJson({
      title: iso3 ? `${countryName(iso3)} on the ${SITE_TITLE}` : SITE_TITLE,
      embedUrl: `${site}?${iso3 ? `country=${iso3.toLowerCase()}&` : ""}embed=1`,
      siteUrl: site,
      thumbnail: `${page}preview.png`,
    }),
  );
}

/** Every file of the data API, by its path under data/v1/. */
export function dataApiFiles(dataset: Dataset, site: string): Map<string, string> {
  const json = (value: unknown) => JSON.stringify(value);
  const files = new Map<string, string>([
    ["countries.json", json(countriesFile(dataset, site))],
    ["events.json", json(eventsFile(dataset, site))],
    ["events.csv", eventsCsv(dataset)],
    ["statuses.csv", statusesCsv(dataset)],
    [
      "schema.json",
      JSON.stringify(
        dataJsonSchema(dataset.updated, `${site}${DATA_API_PATH}schema.json`),
        null,
        2,
      ),
    ],
    ["datapackage.json", JSON.stringify(dataPackage(dataset, site), null, 2)],
  ]);
  for (const country of dataset.countries)
    files.set(
      `countries/${country.iso3.toLowerCase()}.json`,
      json(countryFile(dataset, country, site)),
    );
  return files;
}

/**
 * 404.html: what static hosts (GitHub Pages, Netlify, Cloudflare Pages, nginx with error_page)
 * serve for a missing path. A country page asked for in another casing (/country/GBR/) goes to
 * its page in lower case (not-found.js: the CSP allows no inline script); anything else is
 * offered the map.
 */
export function notFoundPage(input: {
  basePath: string;
  site: string;
  /** The app's styles, inline (its policy allows them by digest). */
  css: string | null;
  csp: string;
}): string {
  const { basePath } = input;
  return `<!doctype html>
<html lang="en">
  <head>
    <meta http-equiv="Content-Security-Policy" content="${esc(input.csp)}" />
    <meta charset="UTF-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1.0" />
    <meta name="robots" content="noindex" />
    <title>Page not found · ${esc(SITE_TITLE)}</title>
    ${input.css ? `<style>${input.css}</style>` : ""}
    <script src="${esc(basePath)}not-found.js"></script>
  </head>
  <body>
    <main class="not-found">
      <h1>Page not found</h1>
      <p>There is no page at this address. The map is here:</p>
      <p><a href="${esc(basePath)}"><img src="${esc(basePath)}preview.png" width="600" height="315" alt="World map of government positions on Huawei 5G equipment" /></a></p>
      <p><a href="${esc(basePath)}">Open the ${esc(SITE_TITLE)}</a></p>
    </main>
  </body>
</html>
`;
}

/** Sends /country/GBR/ (any casing, with or without the slash) to /country/gbr/, if it exists. */
export function notFoundScript(iso3s: readonly string[]): string {
  const pages = JSON.stringify(iso3s.map((c) => c.toLowerCase()));
  return `(function () {
  var pages = ${pages};
  var match = /^(.*\\/country\\/)([A-Za-z]{3})(\\/(index\\.html)?)?$/.exec(location.pathname);
  if (!match) return;
  var code = match[2].toLowerCase();
  var canonical = match[1] + code + "/";
  if (pages.indexOf(code) !== -1 && canonical !== location.pathname)
    location.replace(canonical + location.search + location.hash);
})();
`;
}
