import { describe, expect, it } from "vitest";
import { formatDate, parseReaderDate } from "../../src/domain/dates";

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
