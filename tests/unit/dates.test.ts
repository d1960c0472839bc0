import { describe, expect, it } from "vitest";
import {
  addDays,
  daysBetween,
  formatDate,
  monthStarts,
  parseReaderDate,
} from "../../src/domain/dates";
import { playTiming } from "../../src/domain/playback";

describe("formatDate", () => {
  it.each([
    ["2020-07-05", "day", "5 July 2020"],
    ["2020-07-01", "month", "July 2020"],
    ["2018-12-31", "day", "31 December 2018"],
    ["2019-01-01", "day", "1 January 2019"],
  ] as const)("writes %s (%s precision) as %j in any time zone", (date, precision, expected) =>
    expect(formatDate(date, precision)).toBe(expected),
  );
  it("writes every day of two years as British English Intl does", () => {
    const day = new Intl.DateTimeFormat("en-GB", {
      timeZone: "UTC",
      day: "numeric",
      month: "long",
      year: "numeric",
    });
    const month = new Intl.DateTimeFormat("en-GB", {
      timeZone: "UTC",
      month: "long",
      year: "numeric",
    });
    for (let d = Date.UTC(2019, 0, 1); d < Date.UTC(2021, 0, 1); d += 86_400_000) {
      const iso = new Date(d).toISOString().slice(0, 10);
      expect(formatDate(iso)).toBe(day.format(d));
      expect(formatDate(iso, "month")).toBe(month.format(d));
    }
  });
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

describe("parseReaderDate", () => {
  it.each([
    ["14 July 2020", "2020-07-14"],
    ["14 july 2020", "2020-07-14"],
    ["  14   Jul  2020 ", "2020-07-14"],
    ["14 Sept 2020", "2020-09-14"],
    ["July 14, 2020", "2020-07-14"],
    ["1 January 2019", "2019-01-01"],
    ["2020-07-14", "2020-07-14"],
    ["2020-7-4", "2020-07-04"],
    ["29 February 2020", "2020-02-29"],
  ])("reads %j as %s", (text, expected) => {
    expect(parseReaderDate(text)).toBe(expected);
  });

  it.each([
    ["07/14/2020"],
    ["14/07/2020"],
    ["29 February 2021"],
    ["31 April 2020"],
    ["14 Ju 2020"],
    ["14 Juillet 2020"],
    ["2020-13-01"],
    [""],
    ["yesterday"],
  ])("refuses %j", (text) => {
    expect(parseReaderDate(text)).toBeNull();
  });

  it("reads back every date it writes", () => {
    for (const date of ["2018-01-01", "2020-07-14", "2024-12-31", "2022-09-30"])
      expect(parseReaderDate(formatDate(date))).toBe(date);
  });
});

describe("playTiming", () => {
  const months = (n: number) =>
    Array.from({ length: n }, (_, i) => ({ date: `m${i}`, eventId: null as string | null }));
  it("spreads a play-through over about a minute, events pausing 2.5 steps", () => {
    const steps = [...months(100), ...months(40).map((s, i) => ({ ...s, eventId: `e${i}` }))];
    const { stepMs, eventMs } = playTiming(steps);
    expect(stepMs).toBe(300);
    expect(eventMs).toBe(750);
    expect(100 * stepMs + 40 * eventMs).toBe(60_000);
  });
  it("takes twice as long at half speed", () => {
    expect(playTiming(months(100), 0.5).stepMs).toBe(1200);
  });
});
