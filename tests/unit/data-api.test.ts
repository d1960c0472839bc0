import { readFileSync } from "node:fs";
import { Ajv2020 } from "ajv/dist/2020.js";
import { csvParse } from "d3-dsv";
import { describe, expect, it } from "vitest";
import { parseDataset, type Dataset } from "../../src/data/schema";
import { panelDates } from "../../src/domain/data-api";
import { statusAt, buildStatusIndex } from "../../src/domain/status-index";
import { dataApiFiles } from "../../scripts/lib/reuse-files";
import { fixtureDataset } from "../fixtures/fixture-dataset";

const SITE = "https://example.org/maps/";

function published(): { raw: unknown; dataset: Dataset } {
  const raw = JSON.parse(readFileSync("public/data/huawei-5g.json", "utf8"));
  const parsed = parseDataset(raw, raw.updated);
  if (!parsed.ok) throw new Error(parsed.errors.join("\n"));
  return { raw, dataset: parsed.data };
}

describe.each([
  ["the published dataset", () => published()],
  [
    "the small fixture",
    () => ({ raw: fixtureDataset().dataset, dataset: fixtureDataset().dataset }),
  ],
])("the data API built from %s", (_name, load) => {
  const { raw, dataset } = load();
  const files = dataApiFiles(dataset, SITE);
  const json = (path: string) => JSON.parse(files.get(path)!) as Record<string, unknown>;
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  ajv.addSchema(json("schema.json"), "schema");
  const check = (ref: string, value: unknown) => {
    const validate = ajv.getSchema(ref)!;
    validate(value);
    return validate.errors ?? [];
  };

  it("validates the dataset against schema.json", () => {
    expect(check("schema", raw)).toEqual([]);
  });

  it("rejects a dataset with a wrong status, so the schema can fail", () => {
    const broken = structuredClone(dataset);
    (broken.countries[0]!.history[0] as { status: string }).status = "maybe";
    expect(check("schema", broken).length).toBeGreaterThan(0);
  });

  it("validates countries.json, events.json and every country's file against schema.json", () => {
    expect(check("schema#/$defs/countriesFile", json("countries.json"))).toEqual([]);
    expect(check("schema#/$defs/eventsFile", json("events.json"))).toEqual([]);
    for (const country of dataset.countries) {
      const file = `countries/${country.iso3.toLowerCase()}.json`;
      expect(check("schema#/$defs/countryFile", json(file)), file).toEqual([]);
    }
  });

  it("lists every country once, with its page and data file", () => {
    const countries = json("countries.json").countries as { iso3: string; data: string }[];
    expect(countries.map((c) => c.iso3)).toEqual(dataset.countries.map((c) => c.iso3));
    for (const c of countries)
      expect(c.data).toBe(`${SITE}data/v1/countries/${c.iso3.toLowerCase()}.json`);
  });

  it("has one events.csv row per event, with the same ids as events.json", () => {
    const rows = csvParse(files.get("events.csv")!);
    const ids = (json("events.json").events as { id: string }[]).map((e) => e.id);
    expect(rows.map((r) => r.id)).toEqual(ids);
    expect(new Set(ids).size).toBe(dataset.events.length);
  });

  it("has a status for every country on every month end, matching the status index", () => {
    const rows = csvParse(files.get("statuses.csv")!);
    const dates = panelDates(dataset.updated);
    expect(rows.length).toBe(dates.length * dataset.countries.length);
    const index = buildStatusIndex(dataset.countries);
    for (const row of rows.filter((_, i) => i % 37 === 0))
      expect(row.status).toBe(statusAt(index, row.iso3!, row.date!).status);
  });

  it("describes each CSV's columns in datapackage.json, in the file's order", () => {
    const resources = json("datapackage.json").resources as {
      path: string;
      schema?: { fields: { name: string }[] };
    }[];
    for (const path of ["statuses.csv", "events.csv"]) {
      const resource = resources.find((r) => r.path === path)!;
      const header = files.get(path)!.split("\n")[0]!.split(",");
      expect(resource.schema!.fields.map((f) => f.name)).toEqual(header);
    }
  });
});

describe("panelDates", () => {
  it.each([
    ["2018-03-15", ["2018-01-31", "2018-02-28", "2018-03-15"]],
    ["2018-02-28", ["2018-01-31", "2018-02-28"]],
    ["2020-03-01", ["2020-01-31", "2020-02-29", "2020-03-01"]],
  ])("runs from January 2018 to %s, ending on that day", (end, tail) => {
    expect(panelDates(end).slice(-tail.length)).toEqual(tail);
    expect(panelDates(end)[0]).toBe("2018-01-31");
  });
});

describe("the data API's CSV files", () => {
  it("write a cell that starts like a formula as text, as the download does", () => {
    const hostile = structuredClone(fixtureDataset().dataset);
    hostile.events[0]!.title = '=HYPERLINK("https://evil.example","x")';
    hostile.categories[0]!.label = "@SUM(A1)";
    const files = dataApiFiles(hostile, SITE);
    const events = csvParse(files.get("events.csv")!);
    expect(events.find((e) => e.id === hostile.events[0]!.id)!.title).toBe(
      `'=HYPERLINK("https://evil.example","x")`,
    );
    const statuses = csvParse(files.get("statuses.csv")!);
    expect(statuses.find((r) => r.status === "ban")!.status_label).toBe("'@SUM(A1)");
  });
});
