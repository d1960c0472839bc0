import { safeCsv } from "./csv-rows";
import type {
  ApiCountriesFile,
  ApiCountryFile,
  ApiCountrySummary,
  ApiEventsFile,
  ApiSource,
} from "../data/api-schema";
import { countryName } from "../data/countries";
import type { Country, Dataset } from "../data/schema";
import { sortEvents } from "./events";
import { statusLabel } from "./labels";
import { buildStatusIndex, statusAt } from "./status-index";

/** The data API's folder under the site, versioned so a change of shape can live beside v1. */
export const DATA_API_PATH = "data/v1/";
/** First month of the status panel: the map's time axis starts in January 2018. */
export const PANEL_START = "2018-01";
/** The licence of the data files (datapackage.json, docs/data-api.md). */
export const DATA_LICENSE = {
  name: "CC-BY-4.0",
  title: "Creative Commons Attribution 4.0",
  path: "https://creativecommons.org/licenses/by/4.0/",
} as const;

const countryPage = (site: string, iso3: string) => `${site}country/${iso3.toLowerCase()}/`;
const countryData = (site: string, iso3: string) =>
  `${site}${DATA_API_PATH}countries/${iso3.toLowerCase()}.json`;

function expandSources(dataset: Dataset, ids: readonly string[]): ApiSource[] {
  return ids.flatMap((id) => {
    const source = dataset.sources[id];
    return source ? [{ id, ...source }] : [];
  });
}

/** Status today, the start of its unbroken run, and the latest entry. */
function summary(dataset: Dataset, country: Country, site: string): ApiCountrySummary {
  const history = country.history;
  const latest = history.at(-1);
  let runStart = history.length - 1;
  while (runStart > 0 && history[runStart - 1]!.status === latest?.status) runStart--;
  const sources = new Set(history.flatMap((entry) => entry.sources));
  return {
    iso3: country.iso3,
    name: countryName(country.iso3),
    region: country.region,
    status: latest?.status ?? "no_data",
    since: history[runStart]?.date ?? null,
    last_changed: latest?.date ?? null,
    last_reviewed: country.reviewed ?? null,
    counts: {
      entries: history.length,
      sources: sources.size,
      events: dataset.events.filter((e) => e.countries.includes(country.iso3)).length,
    },
    page: countryPage(site, country.iso3),
    data: countryData(site, country.iso3),
  };
}

const header = (dataset: Dataset, site: string) => ({
  version: dataset.version,
  updated: dataset.updated,
  site,
});

export function countriesFile(dataset: Dataset, site: string): ApiCountriesFile {
  return {
    ...header(dataset, site),
    countries: dataset.countries.map((country) => summary(dataset, country, site)),
  };
}

export function countryFile(dataset: Dataset, country: Country, site: string): ApiCountryFile {
  return {
    ...header(dataset, site),
    ...summary(dataset, country, site),
    summary: country.summary,
    history: country.history.map((entry) => ({
      ...entry,
      sources: expandSources(dataset, entry.sources),
    })),
    deadlines: (country.deadlines ?? []).map((deadline) => ({
      ...deadline,
      sources: expandSources(dataset, deadline.sources),
    })),
    events: sortEvents(dataset.events)
      .filter((e) => e.countries.includes(country.iso3))
      .map((e) => e.id),
  };
}

export function eventsFile(dataset: Dataset, site: string): ApiEventsFile {
  return {
    ...header(dataset, site),
    events: sortEvents(dataset.events).map((event) => ({
      ...event,
      sources: expandSources(dataset, event.sources),
    })),
  };
}

export const EVENT_CSV_COLUMNS = [
  "id",
  "date",
  "precision",
  "title",
  "description",
  "countries",
  "source_urls",
] as const;

/** One row per event, oldest first; lists inside a cell are space-separated. */
export function eventsCsv(dataset: Dataset): string {
  return safeCsv(
    sortEvents(dataset.events).map((event) => ({
      id: event.id,
      date: event.date,
      precision: event.precision ?? "day",
      title: event.title,
      description: event.description,
      countries: event.countries.join(" "),
      source_urls: expandSources(dataset, event.sources)
        .map((s) => s.url)
        .join(" "),
    })),
    EVENT_CSV_COLUMNS,
  );
}

/** The last day of every month from January 2018 up to `end`, and `end` itself last. */
export function panelDates(end: string): string[] {
  const dates: string[] = [];
  let [year, month] = PANEL_START.split("-").map(Number) as [number, number];
  for (;;) {
    // Day 0 of the next month is the last day of this one (UTC, so no zone shifts it).
    const last = new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
    if (last >= end) break;
    dates.push(last);
    [year, month] = month === 12 ? [year + 1, 1] : [year, month + 1];
  }
  dates.push(end);
  return dates;
}

export const STATUS_CSV_COLUMNS = ["date", "iso3", "name", "status", "status_label"] as const;

/**
 * The panel researchers load into R or pandas: one row per country per month end (long form),
 * with the status in force on that day, or no_data before the country's first entry.
 */
export function statusesCsv(dataset: Dataset): string {
  const index = buildStatusIndex(dataset.countries);
  const names = new Map(dataset.countries.map((c) => [c.iso3, countryName(c.iso3)]));
  const iso3s = [...names.keys()].sort();
  const rows = panelDates(dataset.updated).flatMap((date) =>
    iso3s.map((iso3) => {
      const status = statusAt(index, iso3, date).status;
      return {
        date,
        iso3,
        name: names.get(iso3)!,
        status,
        status_label: statusLabel(dataset.categories, status),
      };
    }),
  );
  return safeCsv(rows, STATUS_CSV_COLUMNS);
}

type Field = { name: string; type: string; description: string };

/** A CSV file of the package, with its columns in file order. */
const csvResource = (name: string, fields: Field[], primaryKey: string[]) => ({
  name,
  path: `${name}.csv`,
  profile: "tabular-data-resource",
  format: "csv",
  mediatype: "text/csv",
  encoding: "utf-8",
  schema: { fields, primaryKey },
});

/** A Frictionless Data package (https://specs.frictionlessdata.io/data-package/) for the files. */
export function dataPackage(dataset: Dataset, site: string) {
  const field = (name: string, type: string, description: string): Field => ({
    name,
    type,
    description,
  });
  const statusField = field(
    "status",
    "string",
    `Category id: ${dataset.categories.map((c) => c.id).join(", ")}, or no_data`,
  );
  return {
    profile: "data-package",
    name: "huawei-5g-policy-map",
    title: "Huawei 5G Policy Map",
    version: dataset.version,
    created: dataset.updated,
    homepage: site,
    licenses: [DATA_LICENSE],
    resources: [
      csvResource(
        "statuses",
        [
          field("date", "date", "A month's last day, and the dataset's date in the last rows"),
          field("iso3", "string", "ISO 3166-1 alpha-3 code (XKX for Kosovo)"),
          field("name", "string", "Country name"),
          statusField,
          field("status_label", "string", "The category's label, as in the legend"),
        ],
        ["date", "iso3"],
      ),
      csvResource(
        "events",
        [
          field("id", "string", "Event id (kebab-case), as in the map's event= link parameter"),
          field("date", "date", "When it happened"),
          field("precision", "string", "day, or month when only the month is known"),
          field("title", "string", "One-line title"),
          field("description", "string", "What happened"),
          field("countries", "string", "ISO alpha-3 codes it touched, space-separated"),
          field("source_urls", "string", "Source addresses, space-separated"),
        ],
        ["id"],
      ),
      ...[
        ["countries", "countries.json", "Every country: status today, since, counts"],
        ["events-json", "events.json", "Every event with its sources"],
        ["dataset", `${site}data/huawei-5g.json`, "The whole dataset the files are built from"],
        ["schema", "schema.json", "JSON Schema of the dataset and of these files"],
      ].map(([name, path, description]) => ({
        name,
        path,
        description,
        format: "json",
        mediatype: "application/json",
      })),
    ],
  };
}
