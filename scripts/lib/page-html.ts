import { countryName } from "../../src/data/countries.ts";
import { todayIso } from "../../src/data/today.ts";
import { citations, type Citations } from "../../src/domain/citation.ts";
import { findSource, type Dataset } from "../../src/data/schema.ts";
import { formatDate } from "../../src/domain/dates.ts";
import { escapeMarkup as esc } from "../../src/domain/escape-markup.ts";
import { statusLabel } from "../../src/domain/labels.ts";
import { SITE_TITLE } from "../../src/domain/map-picture.ts";
import { statusAt, type StatusIndex } from "../../src/domain/status-index.ts";
import {
  ENTRY_ROLE_LABELS,
  INSTRUMENT_LABELS,
  entryRole,
  scopeText,
  sinceText,
  statusPhrase,
} from "../../src/domain/status-text.ts";

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

/**
 * A country page's template: the metas that name its story file and that file's digest, and a
 * preload of it first among the data preloads, ahead of the module scripts, so it is here when
 * the app starts (src/state/dataset-details.ts waits for it with the statuses).
 */
export function withStoryFile(
  template: string,
  story: { href: string; metas: Record<string, string> },
): string {
  const metas = Object.entries(story.metas)
    .map(([name, content]) => `    <meta name="${esc(name)}" content="${esc(content)}" />\n`)
    .join("");
  const preload = `<link rel="preload" href="${esc(story.href)}" as="fetch" crossorigin="anonymous">`;
  const dataPreload = /<link rel="preload"[^>]*>/;
  if (!dataPreload.test(template)) throw new Error(`index.html has no ${dataPreload}`);
  return template
    .replace(dataPreload, (link) => `${preload}\n    ${link}`)
    .replace("</head>", () => `${metas}  </head>`);
}

/** Title and description of a country's page, with its status at `date`. */
export function countryPageText(dataset: Dataset, index: StatusIndex, iso3: string, date: string) {
  const name = countryName(iso3);
  const at = statusAt(index, iso3, date);
  const label = statusPhrase(dataset.categories, at);
  const since = at.start ? ` ${sinceText(at)}` : "";
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
  const since = at.start ? ` ${esc(sinceText(at))}` : "";
  const sourceList = (ids: readonly string[]) =>
    `<ul>${ids
      .map((id) => findSource(dataset, id))
      .filter((source) => source !== undefined)
      .map(
        (s) =>
          `<li><cite>${esc(s.publisher)}, <a href="${esc(s.url)}" rel="noopener noreferrer">${esc(s.title)}</a>, ${esc(formatDate(s.date, s.precision))}</cite></li>`,
      )
      .join("")}</ul>`;
  const timeHtml = (d: { date: string; precision?: "day" | "month" }) =>
    `<time datetime="${esc(d.date)}">${esc(formatDate(d.date, d.precision))}</time>`;
  const history = (country?.history ?? []).map((entry, i) => {
    const scope = scopeText(entry.scope, entry.status);
    const role = [
      ENTRY_ROLE_LABELS[entryRole(country!.history, i)],
      entry.instrument && INSTRUMENT_LABELS[entry.instrument],
    ].filter(Boolean);
    return [
      `<li>${timeHtml(entry)}: `,
      `<strong>${esc(statusLabel(dataset.categories, entry.status))}${scope ? ` (${esc(scope)})` : ""}</strong> `,
      `<em>(${esc(role.join(" · "))})</em>. ${esc(entry.note)}`,
      `${sourceList(entry.sources)}</li>`,
    ].join("");
  });
  const deadlines = (country?.deadlines ?? []).map((deadline) => {
    const scope = scopeText(deadline.scope);
    return `<li>${timeHtml(deadline)}${scope ? ` (${esc(scope)})` : ""}: ${esc(deadline.text)}${sourceList(deadline.sources)}</li>`;
  });
  const facts = [
    at.entry &&
      `Last changed ${timeHtml(at.entry)}${at.entry.instrument ? ` (${esc(INSTRUMENT_LABELS[at.entry.instrument])})` : ""}`,
    country?.reviewed && `Last reviewed ${timeHtml({ date: country.reviewed })}`,
  ].filter(Boolean);
  return [
    `<article class="static-story">`,
    `<p><a href="${esc(appUrl)}">${esc(SITE_TITLE)}</a></p>`,
    `<h1>${esc(name)}</h1>`,
    `<p><strong>${esc(statusPhrase(dataset.categories, at))}</strong>${since} (as of <time datetime="${esc(date)}">${esc(formatDate(date))}</time>)</p>`,
    facts.length ? `<p>${facts.join(" · ")}</p>` : "",
    country ? `<p>${esc(country.summary)}</p>` : "",
    history.length ? `<h2>Status history</h2><ol>${history.join("")}</ol>` : "",
    deadlines.length ? `<h2>Deadlines</h2><ol>${deadlines.join("")}</ol>` : "",
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
