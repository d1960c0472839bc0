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
// Apart from zod too: the story and the table look sources up without loading the schema.
export { findSource } from "./find-source";

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

/** What the map needs of an entry (the first-load statuses file holds only this). */
const statusEntryShape = {
  date: isoDate,
  precision,
  status: z.enum(CATEGORY_IDS),
  /** What kind of act the entry records. */
  instrument: z.enum(INSTRUMENT_IDS),
  /** Required on ban and restricted entries (checked below): what the measure covers. */
  scope: z.optional(scopeList),
};

export const historyEntrySchema = z.object({
  ...statusEntryShape,
  note: text(10, 2000),
  sources: sourceIdList,
});

/** A dated milestone a measure sets (a removal deadline); the only dates allowed in the future. */
const deadlineStatusesShape = {
  date: isoDate,
  precision,
  text: text(10, 1000),
  scope: z.optional(scopeList),
};
export const deadlineSchema = z.object({ ...deadlineStatusesShape, sources: sourceIdList });
const deadlineList = <T extends z.ZodMiniType>(deadline: T) =>
  z.optional(z.array(deadline).check(atMost(50, "deadlines")));

const countryStatusesShape = {
  iso3,
  region: z.enum(REGION_IDS),
  /** When someone last checked the whole history against its sources. */
  reviewed: isoDate,
};
const historyList = <T extends z.ZodMiniType>(entry: T) =>
  z.array(entry).check(atMost(100, "history entries"));

export const countrySchema = z.object({
  ...countryStatusesShape,
  deadlines: deadlineList(deadlineSchema),
  summary: text(20, 1500),
  history: historyList(historyEntrySchema),
});

const eventStatusesShape = {
  id: kebabId,
  date: isoDate,
  precision,
  title: text(5, 200),
  countries: z
    .array(iso3)
    .check(z.minLength(1, "must name at least one country it touched"), atMost(300, "countries")),
};

export const eventSchema = z.object({
  ...eventStatusesShape,
  description: text(20, 2000),
  sources: sourceIdList,
});

// 5,000 leaves room for a dataset 20 times today's (the bench's scale run), and refuses the
// runaway file that froze the page (10,000 events).
const eventList = <T extends z.ZodMiniType>(event: T) =>
  z.array(event).check(atMost(5000, "events"));

const datasetStatusesShape = {
  version: z.string().check(z.regex(/^\d{4}\.\d{2}\.\d{2}(\.\d+)?$/, "must look like 2026.11.25")),
  updated: isoDate,
  categories: z.array(categorySchema).check(z.length(CATEGORY_IDS.length)),
};

/**
 * The first-load file (data/huawei-5g-statuses.json, generated by the build from the dataset
 * with `statusesOf`): what the map, legend, list, timeline and event titles need, without
 * summaries, notes, descriptions, sources or corrections, which load on demand.
 */
const statusesShape = z.object({
  ...datasetStatusesShape,
  countries: z
    .array(
      z.object({
        ...countryStatusesShape,
        deadlines: deadlineList(z.object(deadlineStatusesShape)),
        history: historyList(z.object(statusEntryShape)),
      }),
    )
    .check(atMost(300, "countries")),
  events: eventList(z.object(eventStatusesShape)),
});

const datasetShape = z.object({
  ...datasetStatusesShape,
  sources: z
    .record(kebabId, sourceSchema)
    .check(
      z.refine(
        (sources) => Object.keys(sources).length <= 20_000,
        "has more than 20000 sources, more than this map is built for",
      ),
    ),
  countries: z.array(countrySchema).check(atMost(300, "countries")),
  events: eventList(eventSchema),
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
/** The first-load statuses file; a whole Dataset is one too (it has every field it has). */
export type DatasetStatuses = z.infer<typeof statusesShape>;
export type StatusEntry = DatasetStatuses["countries"][number]["history"][number];
export type CountryStatuses = DatasetStatuses["countries"][number];
export type EventStatuses = DatasetStatuses["events"][number];
export type DeadlineStatuses = NonNullable<CountryStatuses["deadlines"]>[number];

/** The rules a field-by-field schema can't express: references, order, uniqueness, the calendar. */
function checkCrossReferences<D extends DatasetStatuses>(
  data: D,
  ctx: z.core.$RefinementCtx<D>,
  today: string | undefined,
) {
  const issue = (path: (string | number)[], message: string) =>
    ctx.addIssue({ code: "custom", path, message, input: data });
  // The statuses file has no sources (nor source ids): only the whole dataset checks them.
  const { sources } = data as Partial<Pick<Dataset, "sources">>;
  const checkSources = (ids: string[] | undefined, path: (string | number)[]) =>
    ids?.forEach((id, i) => {
      // An own key only: "toString" or "constructor" must not pass as a source by inheritance.
      if (sources && !Object.hasOwn(sources, id))
        issue([...path, "sources", i], `unknown source id "${id}"`);
    });
  const checkNotFuture = (date: string, path: (string | number)[]) => {
    if (today !== undefined && date > today)
      issue([...path, "date"], `${date} is in the future (today is ${today})`);
  };

  // Readers see dates one way ("25 February 2021"); a machine date in prose reads as a slip.
  const checkProse = (text: string | undefined, path: (string | number)[]) => {
    const machineDate =
      today !== undefined && text !== undefined && /\b\d{4}-\d{2}-\d{2}\b/.exec(text);
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
    checkProse((country as Partial<Country>).summary, ["countries", c, "summary"]);
    country.history.forEach((entry: StatusEntry & Partial<HistoryEntry>, h) => {
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
    country.deadlines?.forEach((deadline: DeadlineStatuses & Partial<Deadline>, d) => {
      checkSources(deadline.sources, ["countries", c, "deadlines", d]);
      checkProse(deadline.text, ["countries", c, "deadlines", d, "text"]);
    });
  });

  const seenEvents = new Set<string>();
  data.events.forEach((event: EventStatuses & Partial<DatasetEvent>, e) => {
    if (seenEvents.has(event.id)) issue(["events", e, "id"], `duplicate event id "${event.id}"`);
    seenEvents.add(event.id);
    checkSources(event.sources, ["events", e]);
    checkNotFuture(event.date, ["events", e]);
    checkProse((event as Partial<DatasetEvent>).description, ["events", e, "description"]);
  });

  Object.entries(sources ?? {}).forEach(([id, source]) =>
    checkNotFuture(source.date, ["sources", id]),
  );
}

export function datasetSchema(today?: string) {
  return datasetShape.check(z.superRefine((data, ctx) => checkCrossReferences(data, ctx, today)));
}

export type ParseResult<T = Dataset> = { ok: true; data: T } | { ok: false; errors: string[] };

function parseWith<T>(schema: z.ZodMiniType<T>, input: unknown): ParseResult<T> {
  const result = schema.safeParse(input);
  if (result.success) return { ok: true, data: result.data };
  return {
    ok: false,
    errors: result.error.issues.map(
      (issue) => `${issue.path.length ? issue.path.join(".") : "(root)"}: ${issue.message}`,
    ),
  };
}

/**
 * Parses untrusted JSON; every error names the path of the bad field and the reason.
 * `today` turns on the authoring check that no fact lies in the future: `validate:data`, the
 * build and CI pass it. The app never does: a reader whose clock is behind the data's dates
 * must still get the map.
 */
export function parseDataset(input: unknown, today?: string): ParseResult {
  return parseWith(datasetSchema(today), input);
}

/** The statuses file under the same rules as the dataset (less the fields it does not hold). */
export function parseStatuses(input: unknown, today?: string): ParseResult<DatasetStatuses> {
  return parseWith(
    statusesShape.check(z.superRefine((data, ctx) => checkCrossReferences(data, ctx, today))),
    input,
  );
}
