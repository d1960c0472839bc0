/**
 * `npm run data:report`: what the dataset covers and how well it is sourced.
 * Coverage by region and by group (EU-27, G20, Five Eyes, Gulf), events per year, status
 * counts at a few dates, sources by publisher and kind, and every weakly sourced line
 * (cited only to aggregators); the depth fields (review age, instruments, scopes, deadlines
 * ahead), the share of status changes with a primary source, placeholder titles and the
 * corrections in this version. Exits non-zero if the dataset fails the schema.
 */
import { readFileSync } from "node:fs";
import { countryName } from "../src/data/countries.ts";
import { findSource, parseDataset, REGION_IDS, type Dataset } from "../src/data/schema.ts";
import { todayIso } from "../src/data/today.ts";
import { daysBetween } from "../src/domain/dates.ts";
import {
  buildStatusIndex,
  countsAt,
  runStartIndexes,
  statusesAt,
} from "../src/domain/status-index.ts";
import { INSTRUMENT_LABELS, SCOPE_LABELS } from "../src/domain/status-text.ts";

/** Membership as of 2026 (G20 counts China as a country; the EU and AU seats are not countries). */
const GROUPS: Record<string, string[]> = {
  "EU-27":
    "AUT BEL BGR HRV CYP CZE DNK EST FIN FRA DEU GRC HUN IRL ITA LVA LTU LUX MLT NLD POL PRT ROU SVK SVN ESP SWE".split(
      " ",
    ),
  G20: "ARG AUS BRA CAN CHN FRA DEU IND IDN ITA JPN KOR MEX RUS SAU ZAF TUR GBR USA".split(" "),
  "Five Eyes": "AUS CAN GBR NZL USA".split(" "),
  "Gulf (GCC)": "BHR KWT OMN QAT SAU ARE".split(" "),
};

const file = process.argv[2] ?? "public/data/huawei-5g.json";
const result = parseDataset(JSON.parse(readFileSync(file, "utf8")), todayIso());
if (!result.ok) {
  console.error(`${file} fails the schema:\n  ${result.errors.join("\n  ")}`);
  process.exit(1);
}
const data: Dataset = result.data;
const covered = new Set(data.countries.filter((c) => c.history.length > 0).map((c) => c.iso3));
const line = (label: string, value: string | number) =>
  console.log(`  ${label.padEnd(28)} ${value}`);
const heading = (text: string) => console.log(`\n${text}`);

console.log(`Dataset ${data.version} (updated ${data.updated}): ${file}`);

heading("Coverage");
line("countries with a history", covered.size);
for (const region of REGION_IDS)
  line(
    `  ${region}`,
    data.countries.filter((c) => c.region === region && covered.has(c.iso3)).length,
  );
for (const [group, members] of Object.entries(GROUPS)) {
  const missing = members.filter((iso3) => !covered.has(iso3));
  line(
    group,
    `${members.length - missing.length}/${members.length}${missing.length ? ` (missing: ${missing.map(countryName).join(", ")})` : ""}`,
  );
}

heading("Events per year");
const perYear = new Map<string, number>();
for (const event of data.events)
  perYear.set(event.date.slice(0, 4), (perYear.get(event.date.slice(0, 4)) ?? 0) + 1);
for (const [year, count] of [...perYear].sort()) line(year, count);
line("total", data.events.length);

heading("Countries per category");
const index = buildStatusIndex(data.countries);
const dates = ["2018-12-31", "2019-12-31", "2020-12-31", "2022-12-31", "2024-12-31", data.updated];
console.log(
  `  ${"date".padEnd(12)}${data.categories.map((c) => c.id.padStart(15)).join("")}${"no_data".padStart(10)}`,
);
for (const date of dates) {
  const counts = countsAt(statusesAt(index, date));
  console.log(
    `  ${date.padEnd(12)}${data.categories.map((c) => String(counts[c.id]).padStart(15)).join("")}${String(counts.no_data).padStart(10)}`,
  );
}

heading("Sources");
const sources = Object.values(data.sources);
const byKind = (kind: string) => sources.filter((s) => s.kind === kind).length;
line("sources", sources.length);
line(
  "  primary",
  `${byKind("primary")} (${Math.round((100 * byKind("primary")) / sources.length)}%)`,
);
line("  press", byKind("press"));
line("  aggregator", byKind("aggregator"));
const lines = [
  ...data.countries.flatMap((c) =>
    c.history.map((h) => ({ what: `${c.iso3} ${h.date} ${h.status}`, sources: h.sources })),
  ),
  ...data.events.map((e) => ({ what: `event ${e.id}`, sources: e.sources })),
];
const kinds = (ids: string[]) => ids.map((id) => findSource(data, id)!.kind);
line("cited lines", lines.length);
line(
  "  with a primary source",
  `${lines.filter((l) => kinds(l.sources).includes("primary")).length} (${Math.round((100 * lines.filter((l) => kinds(l.sources).includes("primary")).length) / lines.length)}%)`,
);
line("  with two or more sources", lines.filter((l) => l.sources.length > 1).length);
line("  unsourced", lines.filter((l) => l.sources.length === 0).length);
const publishers = new Map<string, number>();
for (const source of sources)
  publishers.set(source.publisher, (publishers.get(source.publisher) ?? 0) + 1);
console.log("  top publishers:");
for (const [publisher, count] of [...publishers].sort((a, b) => b[1] - a[1]).slice(0, 15))
  line(`    ${publisher}`, count);

heading("Weakly sourced (aggregators only)");
const weak = lines.filter((l) => kinds(l.sources).every((k) => k === "aggregator"));
if (weak.length === 0) console.log("  none");
for (const l of weak) console.log(`  ${l.what}: ${l.sources.join(", ")}`);

heading("Review");
const ages = new Map<string, number>();
for (const country of data.countries) {
  const days = country.reviewed ? daysBetween(country.reviewed, data.updated) : undefined;
  const bucket =
    days === undefined
      ? "never reviewed"
      : days <= 30
        ? "reviewed in the last 30 days"
        : days <= 365
          ? "reviewed 31–365 days ago"
          : "reviewed over a year ago";
  ages.set(bucket, (ages.get(bucket) ?? 0) + 1);
}
for (const [bucket, count] of ages) line(bucket, count);

heading("Entries by instrument");
const entries = data.countries.flatMap((c) => c.history);
const count = <T>(values: T[]) => {
  const map = new Map<T, number>();
  for (const value of values) map.set(value, (map.get(value) ?? 0) + 1);
  return [...map].sort((a, b) => b[1] - a[1]);
};
for (const [instrument, n] of count(entries.map((e) => e.instrument)))
  line(instrument ? INSTRUMENT_LABELS[instrument] : "(none)", n);

heading("Ban and restricted entries by scope (an entry counts once per part it covers)");
const scoped = entries.filter((e) => e.status === "ban" || e.status === "restricted");
for (const [part, n] of count(scoped.flatMap((e) => e.scope ?? []))) line(SCOPE_LABELS[part], n);
line("core only", scoped.filter((e) => e.scope?.length === 1 && e.scope[0] === "core").length);

heading("Deadlines ahead (after the dataset's day)");
const ahead = data.countries
  .flatMap((c) => (c.deadlines ?? []).map((d) => ({ iso3: c.iso3, ...d })))
  .filter((d) => d.date > data.updated)
  .sort((a, b) => a.date.localeCompare(b.date));
if (ahead.length === 0) console.log("  none");
for (const d of ahead) line(`${d.date} ${d.iso3}`, d.text);
line(
  "deadlines in all",
  data.countries.reduce((n, c) => n + (c.deadlines?.length ?? 0), 0),
);

heading("Status changes with a primary source");
const changes = data.countries.flatMap((c) => {
  const starts = runStartIndexes(c.history);
  return c.history.filter((_, i) => starts[i] === i);
});
const primaryChanges = changes.filter((e) => kinds(e.sources).includes("primary")).length;
line(
  "status changes",
  `${changes.length}, with a primary source ${primaryChanges} (${Math.round((100 * primaryChanges) / Math.max(changes.length, 1))}%)`,
);
line(
  "resting on aggregators only",
  changes.filter((e) => kinds(e.sources).every((k) => k === "aggregator")).length,
);

heading("Titles");
const placeholders = Object.entries(data.sources).filter(([, s]) => /\[|\]/.test(s.title));
line("placeholder titles", placeholders.length);
for (const [id, s] of placeholders) console.log(`    ${id}: ${s.title}`);

heading(`Corrections in this version (${data.version})`);
const current = data.corrections.filter((c) => c.version === data.version);
line("corrections", `${current.length} of ${data.corrections.length} in all`);
for (const c of current.slice(0, 200)) console.log(`  ${c.date}  ${c.text}`);
