import { describe, expect, it } from "vitest";
import { formatDate, parseReaderDate } from "../../src/domain/dates";
import { playTiming } from "../../src/domain/playback";

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
