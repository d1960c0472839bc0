import { describe, expect, it } from "vitest";
import fixture from "../fixtures/small-dataset.json";
import { parseDataset } from "../../src/data/schema";
import { countryRowsAt, filterRows, foldText, sortRows } from "../../src/domain/country-rows";
import { buildStatusIndex } from "../../src/domain/status-index";
import { datasetDetails, leadSource } from "../../src/domain/dataset-details";

const parsed = parseDataset(fixture, "2026-11-25");
if (!parsed.ok) throw new Error(parsed.errors.join("\n"));
const dataset = parsed.data;
const rows = countryRowsAt(dataset, buildStatusIndex(dataset.countries), "2021-01-01");
const names = (list: { name: string }[]) => list.map((r) => r.name);

describe("country rows", () => {
  it("names countries from their ISO code", () => {
    expect(names(rows)).toContain("United Kingdom");
  });
  it("gives each row its status and since-date at the date, and its first source from the details", () => {
    const gbr = rows.find((r) => r.iso3 === "GBR")!;
    expect(gbr).toMatchObject({ status: "restricted", since: "2020-01-28" });
    expect(leadSource(datasetDetails(dataset), "GBR", gbr.entry)?.publisher).toBe("The Scotsman");
  });
});

describe("leadSource", () => {
  const entry = { date: "2020-01-28" };
  it("shows the deciding body's own text first when the entry cites one", () => {
    const cited = structuredClone(dataset);
    cited.countries.find((c) => c.iso3 === "GBR")!.history[1]!.sources = [
      "scotsman-2020-01-28-gbr",
      "gov-uk-2022-10-13-gbr",
    ];
    expect(leadSource(datasetDetails(cited), "GBR", entry)?.kind).toBe("primary");
  });
  it("falls back to the first source, and to nothing without an entry", () => {
    const details = datasetDetails(dataset);
    expect(leadSource(details, "GBR", entry)?.publisher).toBe("The Scotsman");
    expect(leadSource(details, "GBR", undefined)).toBeUndefined();
  });
});

describe("filterRows", () => {
  const none = { statuses: [], region: null, query: "" };
  it.each([
    [
      "keeps every row without filters",
      none,
      ["Australia", "Canada", "France", "Malta", "United Kingdom"],
    ],
    [
      "keeps only the chosen categories",
      { ...none, statuses: ["ban", "restricted"] as const },
      ["Australia", "France", "United Kingdom"],
    ],
    ["keeps only one region", { ...none, region: "americas" as const }, ["Canada"]],
    ["searches names case-insensitively", { ...none, query: "KING" }, ["United Kingdom"]],
    ["finds a country by its exact code", { ...none, query: "fra" }, ["France"]],
    ["combines filters", { ...none, statuses: ["ban"] as const, region: "europe" as const }, []],
  ])("%s", (_name, filter, expected) => {
    expect(
      names(sortRows(filterRows(rows, { ...filter, statuses: [...filter.statuses] }), "name")),
    ).toEqual(expected);
  });
  it("ignores accents when searching", () => {
    expect(foldText("Côte d’Ivoire")).toContain("cote");
  });
});

describe("sortRows", () => {
  it("sorts by status from ban to partner, then by name", () => {
    expect(names(sortRows(rows, "status"))).toEqual([
      "Australia",
      "France",
      "United Kingdom",
      "Canada",
      "Malta",
    ]);
  });
  it("sorts by since-date and reverses on request", () => {
    expect(names(sortRows(rows, "since", true)).slice(0, 2)).toEqual(["France", "United Kingdom"]);
  });
});
