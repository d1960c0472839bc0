import * as z from "zod/mini";
import en from "zod/v4/locales/en.js";
import { isKnownIso3 } from "./countries";
import { CATEGORY_IDS, INSTRUMENT_IDS, REGION_IDS, SCOPE_IDS, isCalendarDate } from "./ids";

// zod/mini: the same validation as classic zod with a tree-shakable API, about a tenth of the
// bytes in the browser bundle. English messages for the few checks without our own message.
// jitless: otherwise zod probes `Function("")` to see whether it may compile parsers, and the
// page's Content-Security-Policy (no eval) reports a violation. The data is small; interpreted is fine.
z.config({ ...en(), jitless: true });

/**
 * The one schema for public/data/huawei-5g.json. The app, `npm run validate:data` and CI all
 * parse through `parseDataset`, so a rule added here holds everywhere at once.
 */

// The id lists and the date check live apart from zod, so the first load can use them without
// the schema (a build-validated dataset is trusted by its digest; see trusted-dataset.ts).
export { CATEGORY_IDS, INSTRUMENT_IDS, REGION_IDS, SCOPE_IDS, isCalendarDate } from "./ids";
export type { CategoryId, InstrumentId, RegionId, ScopeId } from "./ids";

/**
 * Every text field and list has a ceiling far above anything real (the longest note is under
 * 800 characters, the most events 150), so a runaway or hostile file is refused with a named
 * reason instead of freezing the reader's page or bloating the static pages.
 */
const text = (min: number, max: number) =>
  z
    .string()
    .check(
      z.minLength(min, `must be at least ${min} characters`),
      z.maxLength(max, `must be at most ${max} characters`),
    );

const atMost = (max: number, what: string) =>
  z.maxLength(max, `has more than ${max} ${what}, more than this map is built for`);

const isoDate = z
  .string()
  .check(z.refine(isCalendarDate, "must be a real calendar date written YYYY-MM-DD"));

const precision = z.optional(z.enum(["day", "month"]));

const iso3 = z
  .string()
  .check(
    z.regex(/^[A-Z]{3}$/, "must be three upper-case letters (ISO 3166-1 alpha-3)"),
    z.refine(isKnownIso3, "is not an ISO 3166-1 alpha-3 code (XKX is allowed for Kosovo)"),
  );

function isHttpsUrl(value: string): boolean {
  try {
    return new URL(value).protocol === "https:";
  } catch {
    return false;
  }
}

const kebabId = z
  .string()
  .check(z.maxLength(100), z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "must be a kebab-case id"));

const sourceIdList = z
  .array(z.string().check(z.minLength(1), z.maxLength(100)))
  .check(z.minLength(1, "needs at least one source"), atMost(30, "sources"));

export const categorySchema = z.object({
  id: z.enum(CATEGORY_IDS),
  label: text(1, 60),
  definition: text(20, 1000),
});

export const sourceSchema = z.object({
  publisher: text(1, 300),
  title: text(1, 500),
  date: isoDate,
  precision,
  url: z.string().check(z.maxLength(2048), z.refine(isHttpsUrl, "must be an https URL")),
  /** primary: the deciding body's own text; press: a named outlet; aggregator: a repost of others' copy. */
  kind: z.enum(["primary", "press", "aggregator"]),
});

const scopeList = z
  .array(z.enum(SCOPE_IDS))
  .check(
    z.minLength(1, "needs at least one part of the network"),
    atMost(SCOPE_IDS.length, "parts"),
  );

export const historyEntrySchema = z.object({
  date: isoDate,
  precision,
  status: z.enum(CATEGORY_IDS),
  /** What kind of act the entry records. */
  instrument: z.enum(INSTRUMENT_IDS),
  /** Required on ban and restricted entries (checked below): what the measure covers. */
  scope: z.optional(scopeList),
  note: text(10, 2000),
  sources: sourceIdList,
});

/** A dated milestone a measure sets (a removal deadline); the only dates allowed in the future. */
export const deadlineSchema = z.object({
  date: isoDate,
  precision,
  text: text(10, 1000),
  scope: z.optional(scopeList),
  sources: sourceIdList,
});

export const countrySchema = z.object({
  iso3,
  region: z.enum(REGION_IDS),
  summary: text(20, 1500),
  history: z.array(historyEntrySchema).check(atMost(100, "history entries")),
  /** When someone last checked the whole history against its sources. */
  reviewed: isoDate,
  deadlines: z.optional(z.array(deadlineSchema).check(atMost(50, "deadlines"))),
});

export const eventSchema = z.object({
  id: kebabId,
  date: isoDate,
  precision,
  title: text(5, 200),
  description: text(20, 2000),
  countries: z
    .array(iso3)
    .check(z.minLength(1, "must name at least one country it touched"), atMost(300, "countries")),
  sources: sourceIdList,
});

const datasetShape = z.object({
  version: z.string().check(z.regex(/^\d{4}\.\d{2}\.\d{2}(\.\d+)?$/, "must look like 2026.11.25")),
  updated: isoDate,
  categories: z.array(categorySchema).check(z.length(CATEGORY_IDS.length)),
  sources: z
    .record(kebabId, sourceSchema)
    .check(
      z.refine(
        (sources) => Object.keys(sources).length <= 20_000,
        "has more than 20000 sources, more than this map is built for",
      ),
    ),
  countries: z.array(countrySchema).check(atMost(300, "countries")),
  // 5,000 leaves room for a dataset 20 times today's (the bench's scale run), and refuses the
  // runaway file that froze the page (10,000 events).
  events: z.array(eventSchema).check(atMost(5000, "events")),
  /** Every change to a published fact: when, what and why, and the version that carried it. */
  corrections: z
    .array(z.object({ date: isoDate, text: text(10, 2000), version: z.optional(z.string()) }))
    .check(atMost(5000, "corrections")),
});

export type Category = z.infer<typeof categorySchema>;
export type Source = z.infer<typeof sourceSchema>;
export type HistoryEntry = z.infer<typeof historyEntrySchema>;
export type Country = z.infer<typeof countrySchema>;
export type Deadline = z.infer<typeof deadlineSchema>;
export type DatasetEvent = z.infer<typeof eventSchema>;
export type Dataset = z.infer<typeof datasetShape>;

/** The rules a field-by-field schema can't express: references, order, uniqueness, the calendar. */
function checkCrossReferences(
  data: Dataset,
  ctx: z.core.$RefinementCtx<Dataset>,
  today: string | undefined,
) {
  const issue = (path: (string | number)[], message: string) =>
    ctx.addIssue({ code: "custom", path, message, input: data });
  const checkSources = (ids: string[], path: (string | number)[]) =>
    ids.forEach((id, i) => {
      // An own key only: "toString" or "constructor" must not pass as a source by inheritance.
      if (!Object.hasOwn(data.sources, id))
        issue([...path, "sources", i], `unknown source id "${id}"`);
    });
  const checkNotFuture = (date: string, path: (string | number)[]) => {
    if (today !== undefined && date > today)
      issue([...path, "date"], `${date} is in the future (today is ${today})`);
  };

  // Readers see dates one way ("25 February 2021"); a machine date in prose reads as a slip.
  const checkProse = (text: string, path: (string | number)[]) => {
    const machineDate = today !== undefined && /\b\d{4}-\d{2}-\d{2}\b/.exec(text);
    if (machineDate)
      issue(path, `writes ${machineDate[0]} as a machine date; write it as readers read it`);
  };

  data.categories.forEach((category, i) => {
    if (category.id !== CATEGORY_IDS[i])
      issue(["categories", i, "id"], `expected "${CATEGORY_IDS[i]}" here (legend order)`);
  });

  const seenCountries = new Set<string>();
  data.countries.forEach((country, c) => {
    if (seenCountries.has(country.iso3))
      issue(["countries", c, "iso3"], `duplicate ${country.iso3}`);
    seenCountries.add(country.iso3);
    checkProse(country.summary, ["countries", c, "summary"]);
    country.history.forEach((entry, h) => {
      const path = ["countries", c, "history", h];
      checkSources(entry.sources, path);
      checkProse(entry.note, [...path, "note"]);
      checkNotFuture(entry.date, path);
      if (
        (entry.status === "ban" || entry.status === "restricted") &&
        entry.instrument &&
        !entry.scope
      )
        issue(
          [...path, "scope"],
          `a ${entry.status} entry must say which parts of networks it covers`,
        );
      const previous = country.history[h - 1];
      if (previous && previous.date >= entry.date)
        issue(
          [...path, "date"],
          `${entry.date} is not after the previous entry (${previous.date})`,
        );
    });
    const latest = country.history.at(-1);
    if (latest && country.reviewed < latest.date)
      issue(
        ["countries", c, "reviewed"],
        `${country.reviewed} is before the latest entry (${latest.date})`,
      );
    country.deadlines?.forEach((deadline, d) => {
      checkSources(deadline.sources, ["countries", c, "deadlines", d]);
      checkProse(deadline.text, ["countries", c, "deadlines", d, "text"]);
    });
  });

  const seenEvents = new Set<string>();
  data.events.forEach((event, e) => {
    if (seenEvents.has(event.id)) issue(["events", e, "id"], `duplicate event id "${event.id}"`);
    seenEvents.add(event.id);
    checkSources(event.sources, ["events", e]);
    checkNotFuture(event.date, ["events", e]);
    checkProse(event.description, ["events", e, "description"]);
  });

  Object.entries(data.sources).forEach(([id, source]) =>
    checkNotFuture(source.date, ["sources", id]),
  );
}

export function datasetSchema(today?: string) {
  return datasetShape.check(z.superRefine((data, ctx) => checkCrossReferences(data, ctx, today)));
}

export type ParseResult = { ok: true; data: Dataset } | { ok: false; errors: string[] };

/**
 * Parses untrusted JSON; every error names the path of the bad field and the reason.
 * `today` turns on the authoring check that no fact lies in the future: `validate:data`, the
 * build and CI pass it. The app never does: a reader whose clock is behind the data's dates
 * must still get the map.
 */
export function parseDataset(input: unknown, today?: string): ParseResult {
  const result = datasetSchema(today).safeParse(input);
  if (result.success) return { ok: true, data: result.data };
  return {
    ok: false,
    errors: result.error.issues.map(
      (issue) => `${issue.path.length ? issue.path.join(".") : "(root)"}: ${issue.message}`,
    ),
  };
}

/**
 * A source by id, as an own key only: ids come from the file, and `sources["toString"]` or
 * `sources["constructor"]` would otherwise find Object.prototype's members.
 */
export function findSource(dataset: Pick<Dataset, "sources">, id: string): Source | undefined {
  return Object.hasOwn(dataset.sources, id) ? dataset.sources[id] : undefined;
}
