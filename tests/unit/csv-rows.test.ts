import { describe, expect, it } from "vitest";
import { csvParse } from "d3-dsv";
import { fixtureDataset } from "../fixtures/fixture-dataset";
import { countryRowsAt } from "../../src/domain/country-rows";
import { csvRows, toCsv } from "../../src/domain/csv-rows";
import { datasetDetails } from "../../src/domain/dataset-details";

const { dataset, index } = fixtureDataset();
const rowsAt = (date: string) =>
  csvRows(datasetDetails(dataset), countryRowsAt(dataset, index, date));

describe("csvRows", () => {
  it("has one row per country in the dataset", () => {
    expect(rowsAt("2024-12-31").map((r) => r.code)).toEqual(dataset.countries.map((c) => c.iso3));
  });

  it.each([
    [
      "before the first entry",
      "2018-01-01",
      { status: "no_data", status_label: "No data", since: "", source_urls: "" },
    ],
    [
      "on an entry's date",
      "2020-01-28",
      { status: "restricted", status_label: "Restricted", since: "2020-01-28" },
    ],
    [
      "after the last entry",
      "2024-12-31",
      // The ban began in October 2022; the 2024 entry is a development within it, not a new start.
      { status: "ban", status_label: "Banned", since: "2022-10-13", last_changed: "2024-03-01" },
    ],
  ])("gives the status in force %s", (_, date, expected) => {
    expect(rowsAt(date).find((r) => r.code === "GBR")).toMatchObject({
      name: "United Kingdom",
      ...expected,
    });
  });

  it("lists the source URLs of the entry in force", () => {
    const gbr = rowsAt("2024-12-31").find((r) => r.code === "GBR")!;
    expect(gbr.source_urls).toMatch(/^https:\/\/www\.gov\.uk\//);
  });
});

describe("toCsv", () => {
  it("round-trips through a CSV parser, quoting commas and quotes", () => {
    const rows = [
      {
        code: "XKX",
        name: 'Kosovo, "test"',
        status: "ban",
        status_label: "Banned",
        since: "2020-01-01",
        last_changed: "2021-03-01",
        instrument: "law",
        scope: "core ran",
        reviewed: "2026-11-30",
        source_urls: "https://a https://b",
      },
    ];
    const text = toCsv(rows);
    expect(text.split("\n")[0]).toBe(
      "code,name,status,status_label,since,last_changed,instrument,scope,reviewed,source_urls",
    );
    expect([...csvParse(text)]).toEqual(rows);
  });
});

describe("formula injection", () => {
  const base = {
    code: "GBR",
    name: "United Kingdom",
    status: "ban",
    status_label: "Banned",
    since: "2020-01-01",
    last_changed: "2021-01-01",
    instrument: "law",
    scope: "core",
    reviewed: "2026-11-30",
    source_urls: "https://a",
  };
  it.each(["=1+1", "+1", "-1", "@SUM(A1)", "\t=1", "\r=1"])(
    "writes a cell starting %j as text, in every column",
    (hostile) => {
      const columns = Object.keys(base) as (keyof typeof base)[];
      for (const column of columns) {
        const parsed = csvParse(toCsv([{ ...base, [column]: hostile }]));
        expect(parsed[0]![column]).toBe(`'${hostile}`);
      }
    },
  );

  it("leaves ordinary cells as they are", () => {
    expect([...csvParse(toCsv([base]))]).toEqual([base]);
  });

  it("neutralises a category label that reaches the status_label column", () => {
    const hostile = structuredClone(dataset);
    hostile.categories[0]!.label = '=HYPERLINK("https://evil.example","x")';
    const rows = csvRows(datasetDetails(hostile), countryRowsAt(hostile, index, "2024-12-31"));
    const gbr = csvParse(toCsv(rows)).find((r) => r.code === "GBR")!;
    expect(gbr.status_label).toBe(`'=HYPERLINK("https://evil.example","x")`);
  });
});
