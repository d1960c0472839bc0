import { describe, expect, it } from "vitest";
import type { Country } from "../../src/data/schema";
import {
  buildStatusIndex,
  changedBetween,
  countsAt,
  transitionCounts,
  statusAt,
  statusesAt,
} from "../../src/domain/status-index";

const entry = (
  date: string,
  status: Country["history"][number]["status"],
  precision?: "month",
) => ({
  date,
  status,
  instrument: "policy_statement" as const,
  ...(status === "ban" || status === "restricted" ? { scope: ["core" as const] } : {}),
  note: "test entry note",
  sources: ["s"],
  ...(precision ? { precision } : {}),
});

const countries: Country[] = [
  {
    iso3: "GBR",
    region: "europe",
    summary: "x".repeat(20),
    reviewed: "2026-11-25",
    history: [
      entry("2018-12-01", "under_review", "month"),
      entry("2020-01-28", "restricted"),
      entry("2020-07-14", "ban"),
    ],
  },
  {
    iso3: "HUN",
    region: "europe",
    summary: "x".repeat(20),
    reviewed: "2026-11-25",
    history: [entry("2018-11-01", "partner", "month")],
  },
  { iso3: "ESP", region: "europe", summary: "x".repeat(20), reviewed: "2026-11-25", history: [] },
];
const index = buildStatusIndex(countries);

describe("statusAt", () => {
  it.each([
    ["shows no data before the first entry", "GBR", "2018-11-30", "no_data"],
    [
      "applies a month-precision entry from the first of its month",
      "GBR",
      "2018-12-01",
      "under_review",
    ],
    ["holds a status until the day before the next entry", "GBR", "2020-01-27", "under_review"],
    ["applies an entry on its own date", "GBR", "2020-01-28", "restricted"],
    ["keeps the latest entry after it", "GBR", "2026-01-01", "ban"],
    ["shows no data for a country without history", "ESP", "2026-01-01", "no_data"],
    ["shows no data for a country not in the dataset", "ATA", "2026-01-01", "no_data"],
    ["reads a single-entry history", "HUN", "2019-05-05", "partner"],
  ])("%s", (_name, iso3, date, expected) => {
    expect(statusAt(index, iso3, date).status).toBe(expected);
  });

  it("returns the entry in force with its date", () => {
    expect(statusAt(index, "GBR", "2020-03-01").entry?.date).toBe("2020-01-28");
  });

  it("sorts histories given out of order", () => {
    const shuffled = buildStatusIndex([
      { ...countries[0]!, history: [...countries[0]!.history].reverse() },
    ]);
    expect(statusAt(shuffled, "GBR", "2020-03-01").status).toBe("restricted");
  });
});

describe("countsAt", () => {
  it("counts each category at a date, no data included", () => {
    expect(countsAt(statusesAt(index, "2020-02-01"))).toEqual({
      ban: 0,
      restricted: 1,
      under_review: 0,
      no_restriction: 0,
      partner: 1,
      no_data: 1,
    });
  });
});

describe("changedBetween", () => {
  it("lists countries whose status differs between two dates, with from and to", () => {
    expect(
      changedBetween(index, "2018-12-31", "2020-07-14").map(({ iso3, from, to }) => ({
        iso3,
        from,
        to,
      })),
    ).toEqual([{ iso3: "GBR", from: "under_review", to: "ban" }]);
  });
  it("tells a country entering our coverage apart from a change of status", () => {
    expect(
      changedBetween(index, "2018-10-01", "2018-11-15").map((c) => [c.iso3, c.from, c.to, c.kind]),
    ).toEqual([["HUN", "no_data", "partner", "coverage"]]);
    expect(changedBetween(index, "2018-12-31", "2020-07-14")[0]?.kind).toBe("change");
  });
  it("cites the entry that began the later status, not a later confirmation of it", () => {
    const confirmed = buildStatusIndex([
      { ...countries[0]!, history: [...countries[0]!.history, entry("2022-10-13", "ban")] },
    ]);
    expect(changedBetween(confirmed, "2019-12-31", "2023-01-01")[0]?.entry?.date).toBe(
      "2020-07-14",
    );
  });
  it("accepts the dates in either order", () => {
    expect(changedBetween(index, "2020-07-14", "2018-12-31")).toHaveLength(1);
  });
  it("finds nothing between two days with the same statuses", () => {
    expect(changedBetween(index, "2020-08-01", "2021-08-01")).toEqual([]);
  });
});

describe("transitionCounts", () => {
  it("counts each real transition and leaves coverage out", () => {
    const changes = [
      { iso3: "A", from: "under_review", to: "ban", kind: "change", entry: undefined },
      { iso3: "B", from: "under_review", to: "ban", kind: "change", entry: undefined },
      { iso3: "C", from: "restricted", to: "ban", kind: "change", entry: undefined },
      { iso3: "D", from: "no_data", to: "partner", kind: "coverage", entry: undefined },
    ] as const;
    expect(transitionCounts(changes)).toEqual([
      { from: "under_review", to: "ban", iso3s: ["A", "B"] },
      { from: "restricted", to: "ban", iso3s: ["C"] },
    ]);
  });
});
