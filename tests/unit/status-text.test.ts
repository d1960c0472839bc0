import { describe, expect, it } from "vitest";
import type { Category, HistoryEntry } from "../../src/data/schema";
import { buildStatusIndex, runStartIndexes, statusAt } from "../../src/domain/status-index";
import {
  describeStatus,
  entryRole,
  scopeText,
  sinceText,
  statusPhrase,
} from "../../src/domain/status-text";

const categories: Category[] = [
  { id: "ban", label: "Banned", definition: "x".repeat(20) },
  { id: "restricted", label: "Restricted", definition: "x".repeat(20) },
  { id: "under_review", label: "Under review", definition: "x".repeat(20) },
  { id: "no_restriction", label: "No restriction", definition: "x".repeat(20) },
  { id: "partner", label: "Partner", definition: "x".repeat(20) },
];
const entry = (date: string, status: HistoryEntry["status"], scope?: HistoryEntry["scope"]) =>
  ({
    date,
    status,
    note: "test entry note",
    sources: ["s"],
    ...(scope ? { scope } : {}),
  }) as HistoryEntry;

describe("runStartIndexes", () => {
  it.each([
    ["a single entry starts its own run", ["ban"], [0]],
    ["a repeated status continues the run", ["restricted", "ban", "ban", "ban"], [0, 1, 1, 1]],
    ["a status that comes back starts a new run", ["ban", "restricted", "ban"], [0, 1, 2]],
    ["no history has no runs", [], []],
  ] as const)("%s", (_, statuses, expected) => {
    expect(runStartIndexes(statuses.map((status) => ({ status })))).toEqual(expected);
  });
});

describe("since: when the current status began", () => {
  const index = buildStatusIndex([
    {
      iso3: "GBR",
      region: "europe",
      reviewed: "2026-11-25",
      history: [
        entry("2020-01-28", "restricted", ["core", "critical_sites"]),
        entry("2020-07-14", "ban", ["core", "ran", "transport"]),
        entry("2022-10-13", "ban", ["core", "ran", "transport"]),
      ],
    },
    {
      iso3: "ITA",
      region: "europe",
      reviewed: "2026-11-25",
      history: [
        entry("2019-09-05", "restricted", ["core"]),
        entry("2020-10-23", "restricted", ["core", "ran"]),
        entry("2021-05-20", "restricted", ["core", "ran"]),
      ],
    },
  ]);

  it.each([
    ["the UK's ban began in July 2020, not with the 2022 law", "GBR", "2024-12-31", "2020-07-14"],
    [
      "on the day a development lands, the run still began earlier",
      "GBR",
      "2022-10-13",
      "2020-07-14",
    ],
    ["before the ban, the restriction's own start", "GBR", "2020-03-01", "2020-01-28"],
    ["Italy restricted since September 2019", "ITA", "2026-11-30", "2019-09-05"],
  ])("%s", (_, iso3, date, expected) => {
    expect(statusAt(index, iso3, date).start?.date).toBe(expected);
  });

  it("keeps the latest entry as the one in force", () => {
    expect(statusAt(index, "GBR", "2024-12-31").entry?.date).toBe("2022-10-13");
  });

  it("writes the sentence every view shows", () => {
    const at = statusAt(index, "GBR", "2024-12-31");
    expect(sinceText(at)).toBe("since 14 July 2020");
    expect(describeStatus("GBR", at, categories)).toBe(
      "United Kingdom: Banned (whole network) since 14 July 2020",
    );
    expect(describeStatus("FRA", statusAt(index, "FRA", "2024-12-31"), categories)).toBe(
      "France: no data",
    );
  });
});

describe("scopeText and statusPhrase", () => {
  it.each([
    [["core"], "core only"],
    [["core", "critical_sites"], "core and critical sites"],
    [["government"], "government networks only"],
    [["ran", "transport", "critical_sites"], "radio access, transport and critical sites"],
  ] as const)("%j reads %s", (scope, expected) => {
    expect(scopeText(scope)).toBe(expected);
  });

  it("calls a ban of core, radio access and transport a whole-network ban, and nothing else", () => {
    expect(scopeText(["core", "ran", "transport"], "ban")).toBe("whole network");
    expect(scopeText(["core", "ran", "transport", "government"], "ban")).toBe(
      "whole network and government networks",
    );
    expect(scopeText(["core", "ran", "transport"], "restricted")).toBe(
      "core, radio access and transport",
    );
  });

  it("shows a ban from the core only as such, not as a plain ban", () => {
    const at = {
      status: "ban" as const,
      entry: entry("2021-01-01", "ban", ["core"]),
      start: undefined,
    };
    expect(statusPhrase(categories, at)).toBe("Banned (core only)");
  });

  it("gives statuses without a scope their plain label", () => {
    const at = {
      status: "partner" as const,
      entry: entry("2021-01-01", "partner"),
      start: undefined,
    };
    expect(statusPhrase(categories, at)).toBe("Partner");
  });
});

describe("entryRole", () => {
  const history = [
    entry("2019-09-05", "restricted", ["core"]),
    entry("2020-10-23", "restricted", ["core", "ran"]),
    entry("2021-05-20", "restricted", ["core", "ran"]),
    entry("2022-01-01", "restricted", ["core"]),
    entry("2023-01-01", "ban", ["core"]),
  ];
  it.each([
    [0, "began"],
    [1, "extended"],
    [2, "confirmed"],
    [3, "narrowed"],
    [4, "began"],
  ] as const)("entry %i %s the status", (i, expected) => {
    expect(entryRole(history, i)).toBe(expected);
  });
});
