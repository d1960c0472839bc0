import * as z from "zod/mini";
import {
  CATEGORY_IDS,
  datasetSchema,
  REGION_IDS,
  deadlineSchema,
  eventSchema,
  historyEntrySchema,
  sourceSchema,
} from "./schema";

/**
 * The shapes of the static data API (dist/data/v1/, docs/data-api.md). They reuse the dataset's
 * own field schemas, so schema.json (emitted from these by zod) and the files cannot drift apart.
 */

const date = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));
const status = z.enum([...CATEGORY_IDS, "no_data"]);

const header = {
  version: z.string(),
  updated: date,
  /** Where the file and the country pages live. */
  site: z.string(),
};

export const apiSourceSchema = z.extend(sourceSchema, { id: z.string() });

export const apiCountrySummarySchema = z.object({
  iso3: z.string().check(z.regex(/^[A-Z]{3}$/)),
  name: z.string(),
  region: z.enum(REGION_IDS),
  /** Status on the dataset's date; no_data for a country without history. */
  status,
  /** First day of the unbroken run of the current status (null without history). */
  since: z.nullable(date),
  /** Date of the latest history entry (null without history). */
  last_changed: z.nullable(date),
  /** When the whole history was last checked against its sources (null if not recorded). */
  last_reviewed: z.nullable(date),
  counts: z.object({
    entries: z.number().check(z.int()),
    sources: z.number().check(z.int()),
    events: z.number().check(z.int()),
  }),
  /** The country's page on the map, and its full history in this API. */
  page: z.string(),
  data: z.string(),
});

export const apiCountriesFileSchema = z.object({
  ...header,
  countries: z.array(apiCountrySummarySchema),
});

export const apiCountryFileSchema = z.object({
  ...header,
  ...apiCountrySummarySchema.shape,
  summary: z.string(),
  history: z.array(
    z.extend(z.omit(historyEntrySchema, { sources: true }), {
      sources: z.array(apiSourceSchema),
    }),
  ),
  deadlines: z.array(
    z.extend(z.omit(deadlineSchema, { sources: true }), { sources: z.array(apiSourceSchema) }),
  ),
  /** Ids of the events that touched the country (in events.json). */
  events: z.array(z.string()),
});

export const apiEventsFileSchema = z.object({
  ...header,
  events: z.array(
    z.extend(z.omit(eventSchema, { sources: true }), { sources: z.array(apiSourceSchema) }),
  ),
});

export type ApiSource = z.infer<typeof apiSourceSchema>;
export type ApiCountrySummary = z.infer<typeof apiCountrySummarySchema>;
export type ApiCountriesFile = z.infer<typeof apiCountriesFileSchema>;
export type ApiCountryFile = z.infer<typeof apiCountryFileSchema>;
export type ApiEventsFile = z.infer<typeof apiEventsFileSchema>;

/** The files of the data API by their place in schema.json's `$defs`. */
export const API_FILE_DEFS = {
  countriesFile: apiCountriesFileSchema,
  countryFile: apiCountryFileSchema,
  eventsFile: apiEventsFileSchema,
} as const;

/**
 * schema.json: the dataset's JSON Schema at the root (emitted by zod from the one schema), and
 * each API file's under `$defs`. Checks written as code (calendar days, cross-references) have
 * no JSON Schema form; zod leaves them out, and `npm run validate:data` still runs them.
 */
export function dataJsonSchema(today: string, id: string) {
  // Each part is emitted alone; only the root keeps the "$schema" keyword.
  const emit = (schema: z.ZodMiniType) => {
    const emitted: Record<string, unknown> = z.toJSONSchema(schema, {
      io: "output",
      unrepresentable: "any",
    });
    delete emitted.$schema;
    return emitted;
  };
  return {
    $schema: "https://json-schema.org/draft/2020-12/schema",
    $id: id,
    title: "Huawei 5G Policy Map dataset",
    ...emit(datasetSchema(today)),
    $defs: Object.fromEntries(
      Object.entries(API_FILE_DEFS).map(([name, schema]) => [name, emit(schema)]),
    ),
  };
}
