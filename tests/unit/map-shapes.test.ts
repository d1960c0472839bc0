import { describe, expect, it } from "vitest";
import fixture from "../fixtures/small-dataset.json";
import { parseDataset } from "../../src/data/schema";
import { rowsAtDate } from "../../src/domain/country-rows";
import { shapeStatesFor, type ShapeContext } from "../../src/domain/map-shapes";
import { buildStatusIndex } from "../../src/domain/status-index";

const parsed = parseDataset(fixture, "2026-11-25");
if (!parsed.ok) throw new Error(parsed.errors.join("\n"));
const dataset = parsed.data;
const index = buildStatusIndex(dataset.countries);
const ISO3S = ["AUS", "GBR", "FRA", "CAN", "MLT", "DEU"];

// As in the app, what a date step leaves alone keeps its identity from one step to the next.
const UNCHANGED = {
  categories: dataset.categories,
  filter: { statuses: [], region: null, query: "" },
  isFilterActive: false,
  selectedIso3: null,
  highlighted: new Set<string>(),
  changed: new Set<string>(),
  focusIso3: null,
};
const contextAt = (date: string, overrides: Partial<ShapeContext> = {}): ShapeContext => ({
  ...UNCHANGED,
  rowsByIso3: rowsAtDate(dataset, index, date).byIso3,
  ...overrides,
});

/** The countries whose state object is new in `after` (the ones a store would redraw). */
function remade(before: ShapeContext, after: ShapeContext) {
  const first = shapeStatesFor(ISO3S, before);
  const next = shapeStatesFor(ISO3S, after, { context: before, states: first });
  return ISO3S.filter((iso3) => next.get(iso3) !== first.get(iso3));
}

describe("shape states across a step", () => {
  it.each([
    ["a date step with no change keeps every state", "2019-01-01", "2019-01-02", []],
    ["a status change remakes that country only", "2020-01-27", "2020-01-28", ["GBR"]],
    ["coverage beginning remakes that country only", "2020-07-05", "2020-07-06", ["FRA"]],
    // GBR's 2024-03-01 entry confirms the ban: the status holds, the label names the new act.
    ["a new entry with the same status remakes the label", "2024-02-29", "2024-03-01", ["GBR"]],
  ])("%s", (_, from, to, expected) => {
    expect(remade(contextAt(from), contextAt(to))).toEqual(expected);
  });

  it("works every state out afresh when more than the rows changed", () => {
    const before = contextAt("2019-01-01");
    expect(remade(before, contextAt("2019-01-02", { selectedIso3: "GBR" }))).toEqual(ISO3S);
  });

  it("gives a kept state the same fields as one worked out afresh", () => {
    const before = contextAt("2019-01-01");
    const after = contextAt("2019-01-02");
    const kept = shapeStatesFor(ISO3S, after, {
      context: before,
      states: shapeStatesFor(ISO3S, before),
    });
    expect(kept).toEqual(shapeStatesFor(ISO3S, after));
  });
});
