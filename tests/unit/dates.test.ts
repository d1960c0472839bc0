import { describe, expect, it } from "vitest";
import { addDays, daysBetween, formatDate, monthStarts } from "../../src/domain/dates";

describe("formatDate", () => {
  it.each([
    ["2020-07-05", "day", "5 July 2020"],
    ["2020-07-01", "month", "July 2020"],
    ["2018-12-31", "day", "31 December 2018"],
    ["2019-01-01", "day", "1 January 2019"],
  ] as const)("writes %s (%s precision) as %j in any time zone", (date, precision, expected) =>
    expect(formatDate(date, precision)).toBe(expected),
  );
});

describe("days", () => {
  it.each([
    ["2020-02-28", 2, "2020-03-01"],
    ["2019-02-28", 1, "2019-03-01"],
    ["2018-12-31", 1, "2019-01-01"],
    ["2018-08-23", 100, "2018-12-01"],
  ])("%s plus %i days is %s, and back", (from, days, to) => {
    expect(addDays(from, days)).toBe(to);
    expect(daysBetween(from, to)).toBe(days);
  });
});

describe("monthStarts", () => {
  it.each([
    ["2018-08-23", "2018-12-01", ["2018-09-01", "2018-10-01", "2018-11-01", "2018-12-01"]],
    ["2018-12-01", "2018-12-31", []],
    ["2018-12-15", "2019-01-01", ["2019-01-01"]],
  ])("from %s to %s gives the first days after the start", (start, end, expected) =>
    expect(monthStarts(start, end)).toEqual(expected),
  );
});
