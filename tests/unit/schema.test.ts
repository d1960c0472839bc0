import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import fixture from "../fixtures/small-dataset.json";
import { isCalendarDate, parseDataset } from "../../src/data/schema";

const TODAY = "2026-11-25";
const clone = () => structuredClone(fixture) as typeof fixture & Record<string, unknown>;
type Mutation = (data: ReturnType<typeof clone>) => void;

describe("parseDataset", () => {
  it("accepts the test fixture", () =>
    expect(parseDataset(fixture, TODAY)).toMatchObject({ ok: true }));

  it("accepts the published dataset", () => {
    const published = JSON.parse(readFileSync("public/data/huawei-5g.json", "utf8"));
    const result = parseDataset(published, TODAY > published.updated ? TODAY : published.updated);
    expect(result.ok ? [] : result.errors).toEqual([]);
  });

  it.each<[string, Mutation, string]>([
    [
      "a history entry without sources",
      (d) => (d.countries[0]!.history[0]!.sources = []),
      "countries.0.history.0.sources: needs at least one source",
    ],
    [
      "an unknown source id",
      (d) => (d.countries[0]!.history[0]!.sources = ["nope"]),
      'countries.0.history.0.sources.0: unknown source id "nope"',
    ],
    [
      "a non-https source URL",
      (d) => (Object.values(d.sources)[0]!.url = "http://example.com/a"),
      "must be an https URL",
    ],
    [
      "a history out of date order",
      (d) => d.countries[1]!.history.reverse(),
      "is not after the previous entry",
    ],
    [
      "a date in the future",
      (d) => (d.countries[0]!.history[0]!.date = "2027-01-01"),
      "countries.0.history.0.date: 2027-01-01 is in the future",
    ],
    [
      "a machine date in a note (an authoring check)",
      (d) => (d.countries[0]!.history[0]!.note = "Announced on 2018-08-23 by the ministers."),
      "countries.0.history.0.note: writes 2018-08-23 as a machine date",
    ],
    [
      "an impossible calendar date",
      (d) => (d.countries[0]!.history[0]!.date = "2019-02-30"),
      "countries.0.history.0.date: must be a real calendar date",
    ],
    [
      "a made-up ISO code",
      (d) => (d.countries[0]!.iso3 = "ABC"),
      "countries.0.iso3: is not an ISO 3166-1 alpha-3 code",
    ],
    [
      "a duplicate country",
      (d) => d.countries.push(structuredClone(d.countries[0]!)),
      "duplicate AUS",
    ],
    [
      "an unknown category",
      (d) => ((d.countries[0]!.history[0] as { status: string }).status = "maybe"),
      "countries.0.history.0.status",
    ],
    [
      "an event that touched no country",
      (d) => (d.events[0]!.countries = []),
      "events.0.countries: must name at least one country",
    ],
    [
      "a duplicate event id",
      (d) => d.events.push(structuredClone(d.events[0]!)),
      'duplicate event id "meng-arrest"',
    ],
    [
      "categories out of legend order",
      (d) => d.categories.reverse(),
      'categories.0.id: expected "ban"',
    ],
  ])("rejects %s, naming the field and the reason", (_name, mutate, message) => {
    const data = clone();
    mutate(data);
    const result = parseDataset(data, TODAY);
    expect(result.ok).toBe(false);
    expect(result.ok ? "" : result.errors.join("\n")).toContain(message);
  });

  it("accepts future dates when no today is given (the reader's browser never refuses them)", () => {
    const data = clone();
    data.countries[0]!.history[0]!.date = "2027-01-01";
    data.countries[0]!.history = [data.countries[0]!.history[0]!];
    data.countries[0]!.reviewed = "2027-01-01";
    expect(parseDataset(data, TODAY)).toMatchObject({ ok: false });
    expect(parseDataset(data)).toMatchObject({ ok: true });
  });

  // Ids that name Object.prototype members must never resolve through inheritance.
  it.each(["toString", "__proto__", "constructor", "hasOwnProperty", "valueOf"])(
    "rejects a source reference %j that only Object.prototype has",
    (id) => {
      const data = clone();
      data.countries[0]!.history[0]!.sources = [id];
      data.events[0]!.sources = [id];
      const result = parseDataset(data, TODAY);
      expect(result.ok ? [] : result.errors).toEqual([
        `countries.0.history.0.sources.0: unknown source id "${id}"`,
        `events.0.sources.0: unknown source id "${id}"`,
      ]);
    },
  );

  it("accepts a real source whose id is an Object.prototype member's name", () => {
    const data = clone();
    const [firstId, first] = Object.entries(data.sources)[0]!;
    (data.sources as Record<string, unknown>)["constructor"] = first;
    data.countries[0]!.history[0]!.sources = ["constructor", firstId];
    expect(parseDataset(data, TODAY)).toMatchObject({ ok: true });
  });

  const many = <T>(n: number, item: T) => Array.from({ length: n }, () => structuredClone(item));
  it.each<[string, Mutation, string]>([
    [
      "a 1 MB summary",
      (d) => (d.countries[0]!.summary = "x".repeat(1_000_000)),
      "countries.0.summary: must be at most 1500 characters",
    ],
    [
      "a runaway note",
      (d) => (d.countries[0]!.history[0]!.note = "x".repeat(2001)),
      "countries.0.history.0.note: must be at most 2000 characters",
    ],
    [
      "10,000 events",
      (d) => (d.events = many(10_000, d.events[0]!).map((e, i) => ({ ...e, id: `event-${i}` }))),
      "events: has more than 5000 events",
    ],
    [
      "an entry citing 31 sources",
      (d) =>
        (d.countries[0]!.history[0]!.sources = many(31, d.countries[0]!.history[0]!.sources[0]!)),
      "countries.0.history.0.sources: has more than 30 sources",
    ],
    [
      "a 101-entry history",
      (d) => (d.countries[0]!.history = many(101, d.countries[0]!.history[0]!)),
      "countries.0.history: has more than 100 history entries",
    ],
  ])("refuses %s with a clear message", (_name, mutate, message) => {
    const data = clone();
    mutate(data);
    const result = parseDataset(data, TODAY);
    expect(result.ok ? "" : result.errors.join("\n")).toContain(message);
  });

  it("rejects something that is not a dataset at all", () => {
    const result = parseDataset("<html>", TODAY);
    expect(result.ok ? "" : result.errors[0]).toMatch(/^\(root\)/);
  });
});

describe("isCalendarDate", () => {
  it.each([
    ["2020-02-29", true],
    ["2019-02-29", false],
    ["2019-13-01", false],
    ["2019-1-01", false],
    ["2019-04-31", false],
  ])("%s → %s", (value, expected) => expect(isCalendarDate(value)).toBe(expected));
});
