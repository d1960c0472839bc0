import { countryName } from "../../src/data/countries.ts";
import { todayIso } from "../../src/data/today.ts";
import { citations, type Citations } from "../../src/domain/citation.ts";
import type { Dataset } from "../../src/data/schema.ts";
import { formatDate } from "../../src/domain/dates.ts";
import { escapeMarkup as esc } from "../../src/domain/escape-markup.ts";
import { statusLabel } from "../../src/domain/labels.ts";
import { SITE_TITLE } from "../../src/domain/map-picture.ts";
import { statusAt, type StatusIndex } from "../../src/domain/status-index.ts";

/** The site's public address: SITE_URL (origin) joined with the Vite base (BASE_PATH). */
export function siteAddress(siteUrl: string, basePath = "/"): string {
  if (!/^https?:\/\/[^/\s]+/.test(siteUrl))
    throw new Error(`SITE_URL must be an absolute http(s) address, got "${siteUrl}"`);
  const base = `/${basePath.replace(/^\/+|\/+$/g, "")}/`.replace(/^\/\/$/, "/");
  return `${siteUrl.replace(/\/+$/, "")}${base}`;
}

export function countryPath(iso3: string): string {
  return `country/${iso3.toLowerCase()}/`;
}

export interface PageMeta {
  title: string;
  description: string;
  /** Absolute canonical address. */
  url: string;
  /** Absolute address of the 1200×630 preview. */
  image: string;
  imageAlt: string;
  /** Discovery links: the Atom feed and the oEmbed answer for this page. */
  alternates?: { type: string; href: string; title: string }[];
  /** schema.org data for search engines (the home page's Dataset). */
  jsonLd?: unknown;
}

/**
 * JSON inside <script type="application/ld+json">: a data block, which the page's CSP does not
 * run. "<" is escaped so no text in it can close the script element.
 */
function jsonLdScript(data: unknown): string {
  const json = JSON.stringify(data).replace(/</g, "\\u003c");
  return `<script type="application/ld+json">${json}</script>`;
}

function metaTags(meta: PageMeta): string {
  const tags: [string, string, string][] = [
    ["property", "og:type", "website"],
    ["property", "og:site_name", SITE_TITLE],
    ["property", "og:title", meta.title],
    ["property", "og:description", meta.description],
    ["property", "og:url", meta.url],
    ["property", "og:image", meta.image],
    ["property", "og:image:width", "1200"],
    ["property", "og:image:height", "630"],
    ["property", "og:image:alt", meta.imageAlt],
    ["name", "twitter:card", "summary_large_image"],
    ["name", "twitter:title", meta.title],
    ["name", "twitter:description", meta.description],
    ["name", "twitter:image", meta.image],
  ];
  return [
    `<link rel="canonical" href="${esc(meta.url)}" />`,
    ...tags.map(([attr, name, content]) => `<meta ${attr}="${name}" content="${esc(content)}" />`),
    ...(meta.alternates ?? []).map(
      (link) =>
        `<link rel="alternate" type="${esc(link.type)}" href="${esc(link.href)}" title="${esc(link.title)}" />`,
    ),
    ...(meta.jsonLd === undefined ? [] : [jsonLdScript(meta.jsonLd)]),
  ]
    .map((line) => `    ${line}`)
    .join("\n");
}

/**
 * Turns the built index.html into a page with its own title, description, share tags and
 * (optionally) static content inside #root, which React replaces when the app mounts. Relative
 * asset URLs become absolute under the base, so the page works from any sub-folder.
 */
export function pageHtml(template: string, base: string, meta: PageMeta, rootHtml = ""): string {
  const replaceOnce = (html: string, pattern: RegExp, replacement: string) => {
    if (!pattern.test(html)) throw new Error(`index.html has no ${pattern}`);
    return html.replace(pattern, () => replacement);
  };
  let html = template.replace(/(\s(?:src|href)=")\.\//g, `$1${base}`);
  html = replaceOnce(html, /<title>[^<]*<\/title>/, `<title>${esc(meta.title)}</title>`);
  html = replaceOnce(
    html,
    /<meta\s+name="description"\s+content="[^"]*"\s*\/?>/,
    `<meta name="description" content="${esc(meta.description)}" />\n${metaTags(meta)}`,
  );
  return replaceOnce(html, /<div id="root"><\/div>/, `<div id="root">${rootHtml}</div>`);
}

/** Title and description of a country's page, with its status at `date`. */
export function countryPageText(dataset: Dataset, index: StatusIndex, iso3: string, date: string) {
  const name = countryName(iso3);
  const at = statusAt(index, iso3, date);
  const label = statusLabel(dataset.categories, at.status);
  const since = at.entry ? ` since ${formatDate(at.entry.date, at.entry.precision)}` : "";
  const summary = dataset.countries.find((c) => c.iso3 === iso3)?.summary ?? "";
  return {
    title: `${name}: ${label} · ${SITE_TITLE}`,
    description:
      `${name} and Huawei 5G: ${label}${since} (as of ${formatDate(date)}). ${summary}`.trim(),
    imageAlt: `World map of government positions on Huawei 5G equipment, with ${name} outlined: ${label}${since}.`,
  };
}

/** "Cite this" without JavaScript: the three styles as text to select and copy. */
function citeHtml(cites: Citations): string {
  const styles: [string, string][] = [
    ["APA", cites.apa],
    ["Chicago", cites.chicago],
    ["BibTeX", cites.bibtex],
  ];
  return [
    `<section aria-labelledby="cite-heading"><h2 id="cite-heading">Cite this</h2><dl>`,
    ...styles.map(([style, text]) => `<dt>${style}</dt><dd><pre>${esc(text)}</pre></dd>`),
    `</dl></section>`,
  ].join("");
}

/** The country's story as plain HTML: readable without JavaScript and by any crawler. */
export function countryStoryHtml(
  dataset: Dataset,
  index: StatusIndex,
  iso3: string,
  date: string,
  appUrl: string,
  accessed: string = todayIso(),
): string {
  const country = dataset.countries.find((c) => c.iso3 === iso3);
  const name = countryName(iso3);
  const at = statusAt(index, iso3, date);
  const since = at.entry ? ` since ${esc(formatDate(at.entry.date, at.entry.precision))}` : "";
  const history = (country?.history ?? []).map((entry) => {
    const sources = entry.sources
      .map((id) => dataset.sources[id])
      .filter((source) => source !== undefined)
      .map(
        (s) =>
          `<li><cite>${esc(s.publisher)}, <a href="${esc(s.url)}" rel="noopener noreferrer">${esc(s.title)}</a>, ${esc(formatDate(s.date, s.precision))}</cite></li>`,
      );
    return [
      `<li><time datetime="${esc(entry.date)}">${esc(formatDate(entry.date, entry.precision))}</time>: `,
      `<strong>${esc(statusLabel(dataset.categories, entry.status))}</strong>. ${esc(entry.note)}`,
      `<ul>${sources.join("")}</ul></li>`,
    ].join("");
  });
  return [
    `<article class="static-story">`,
    `<p><a href="${esc(appUrl)}">${esc(SITE_TITLE)}</a></p>`,
    `<h1>${esc(name)}</h1>`,
    `<p><strong>${esc(statusLabel(dataset.categories, at.status))}</strong>${since} (as of <time datetime="${esc(date)}">${esc(formatDate(date))}</time>)</p>`,
    country ? `<p>${esc(country.summary)}</p>` : "",
    history.length ? `<h2>Status history</h2><ol>${history.join("")}</ol>` : "",
    `<p><a href="${esc(appUrl)}?country=${iso3.toLowerCase()}">Open ${esc(name)} on the interactive map</a></p>`,
    citeHtml(
      citations({
        version: dataset.version,
        updated: dataset.updated,
        url: `${appUrl}${countryPath(iso3)}`,
        accessed,
        country: { iso3, name },
      }),
    ),
    `</article>`,
  ].join("\n");
}
