import { describe, expect, it } from "vitest";
import type { Category, Country } from "../../src/data/schema";
import { mapSummary } from "../../src/domain/map-summary";
import { buildStatusIndex, statusesAt } from "../../src/domain/status-index";
import fixture from "../fixtures/small-dataset.json";

const categories = fixture.categories as Category[];
const index = buildStatusIndex(fixture.countries as Country[]);
const summaryAt = (date: string) => mapSummary(categories, statusesAt(index, date), date);

describe("mapSummary", () => {
  it.each([
    [
      "2020-07-14",
      "As of 14 July 2020: 1 country banned Huawei, 2 countries restricted it, 1 country was reviewing it, 1 country partnered with it.",
    ],
    [
      "2018-09-01",
      "As of 1 September 2018: 1 country banned Huawei; 4 countries with no data yet.",
    ],
    [
      "2018-01-01",
      "As of 1 January 2018: no country had a recorded position; 5 countries with no data yet.",
    ],
  ])("says what the map shows on %s", (date, expected) => {
    expect(summaryAt(date)).toBe(expected);
  });

  it("changes as the date moves", () => {
    expect(summaryAt("2019-12-31")).not.toBe(summaryAt("2020-12-31"));
  });
});
