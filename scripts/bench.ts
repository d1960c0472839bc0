/**
 * `npm run bench`: the speed figures of issue 12, each printed beside its floor, measured in
 * headless Chromium against the built site (the npm script builds first). No test asserts a
 * time; this is where the times are read.
 *
 * The floor is a static page holding only the live map's SVG (copied from the app in the same
 * run), served by the same server. App and floor load alternately, RUNS times each (median).
 * `BENCH_RUNS=9` for more runs; `BENCH_SKIP_LIGHTHOUSE=1` to leave Lighthouse out;
 * `BENCH_HEAP=1` adds the heap before and after ten full plays.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createHash } from "node:crypto";
import { join, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { build, preview } from "vite";
import { parseDataset, type Dataset } from "../src/data/schema.ts";
import { todayIso } from "../src/data/today.ts";
import { STATUSES_PATH, statusesOf } from "../src/data/statuses.ts";
import { digestText } from "../src/data/trusted-dataset.ts";
import { STATUS_COLORS } from "../src/domain/palette.ts";
import { buildStatusIndex, statusAt } from "../src/domain/status-index.ts";
import { launchChromium } from "../tests/e2e/support/browser.ts";
import { scaledDataset, withMoreEvents } from "./lib/bench-data.ts";
import {
  heapAcrossPlays,
  liveMap,
  PHONE,
  timeAppRecolour,
  timeFloorRecolour,
  timeLoad,
  type LoadOptions,
  type LoadTimes,
  type StepTimes,
} from "./lib/bench-browser.ts";
import { lighthouseReport, type Preset } from "./lighthouse.ts";

const RUNS = Math.max(7, Number(process.env.BENCH_RUNS ?? 7));
const CLICK = "DEU";

// ---- Sizes ---------------------------------------------------------------------------------
function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}
const gzipKb = (path: string) => gzipSync(readFileSync(path), { level: 9 }).length / 1024;
const indexHtml = readFileSync("dist/index.html", "utf8");
// First load: the entry chunk and the chunks index.html names (module and modulepreload);
// lazy chunks (table, chart, share, embed, present, schema) are left out.
const firstLoadJsFiles = [...indexHtml.matchAll(/(?:src|href)="[^"]*\/assets\/([^"]+\.js)"/g)].map(
  (m) => `dist/assets/${m[1]}`,
);
const firstLoadJs = firstLoadJsFiles.reduce((sum, f) => sum + gzipKb(f), 0);
const allJs = filesUnder("dist/assets")
  .filter((f) => f.endsWith(".js"))
  .reduce((sum, f) => sum + gzipKb(f), 0);
// The styles are inline in the page (vite.config.ts, inlineStylesheet): part of its HTML.
const html = gzipKb("dist/index.html");
const inlineCss =
  gzipSync(/<style>([^<]*)<\/style>/.exec(indexHtml)?.[1] ?? "", { level: 9 }).length / 1024;
// The first load fetches the statuses file; the whole dataset follows on demand (or on idle).
const dataKb = gzipKb(`dist/${STATUSES_PATH}`);
const detailsKb = gzipKb("dist/data/huawei-5g.json");
const geometryKb = gzipKb("dist/data/world-map.json");
const firstLoadKb = firstLoadJs + html + dataKb + geometryKb;

// ---- Data for the scale and recolour runs --------------------------------------------------
const datasetText = readFileSync("dist/data/huawei-5g.json", "utf8");
const parsed = parseDataset(JSON.parse(datasetText), todayIso());
if (!parsed.ok) throw new Error(parsed.errors.join("\n"));
const dataset = parsed.data;

/** A page and its two dataset files as a build of that dataset would serve them (digests included). */
function servedAs(data: Dataset): LoadOptions["routes"] {
  const json = "application/json";
  const statuses = statusesOf(data);
  const sha256 = (value: unknown) => createHash("sha256").update(digestText(value)).digest("hex");
  return {
    "**/data/huawei-5g.json": { body: JSON.stringify(data), contentType: json },
    [`**/${STATUSES_PATH}`]: { body: JSON.stringify(statuses), contentType: json },
    "**/": {
      body: indexHtml
        .replace(/(name="dataset-sha256" content=")[0-9a-f]+/, `$1${sha256(data)}`)
        .replace(/(name="statuses-sha256" content=")[0-9a-f]+/, `$1${sha256(statuses)}`),
      contentType: "text/html",
    },
  };
}
const big = scaledDataset(dataset, 20);
const bigCheck = parseDataset(big, todayIso());
if (!bigCheck.ok) throw new Error(`The 20× dataset is invalid:\n${bigCheck.errors.join("\n")}`);
const bigEntries = big.countries.reduce((n, c) => n + c.history.length, 0);
const entries = dataset.countries.reduce((n, c) => n + c.history.length, 0);

// ---- Browser runs --------------------------------------------------------------------------
const server = await preview({ preview: { port: 0 }, logLevel: "error" });
const url = server.resolvedUrls!.local[0]!;
const browser = await launchChromium();
const FLOOR_DIR = "dist/bench-floor";
const floorUrl = `${url}bench-floor/`;
const REACT_FLOOR_DIR = "dist/bench-react-floor";
const reactFloorUrl = `${url}bench-react-floor/`;
const appMap = await liveMap(browser, url);
mkdirSync(FLOOR_DIR, { recursive: true });
writeFileSync(
  `${FLOOR_DIR}/index.html`,
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>floor</title><style>body{margin:0}svg{display:block;width:100%;height:auto}</style></head><body>${appMap.markup.replace("<svg", '<svg id="floor-map"')}</body></html>`,
);
// The React floor: the same SVG rendered by React alone (scripts/bench-react-floor/main.ts).
await build({
  configFile: false,
  root: "scripts/bench-react-floor",
  base: "/bench-react-floor/",
  logLevel: "error",
  build: { outDir: resolve(REACT_FLOOR_DIR), emptyOutDir: true, target: "es2022" },
});
writeFileSync(`${REACT_FLOOR_DIR}/map-tree.json`, JSON.stringify(appMap.tree));
const reactFloorJsKb = filesUnder(`${REACT_FLOOR_DIR}/assets`)
  .filter((f) => f.endsWith(".js"))
  .reduce((sum, f) => sum + gzipKb(f), 0);
const reactFloorDataKb = gzipKb(`${REACT_FLOOR_DIR}/map-tree.json`);

type Series = Record<keyof LoadTimes, number[]>;
const series = (): Series => ({ firstPaint: [], picture: [], interactive: [] });
const push = (s: Series, t: LoadTimes) => {
  for (const key of Object.keys(s) as (keyof LoadTimes)[]) s[key].push(t[key]);
};
async function alternate(isThrottled: boolean) {
  const app = series();
  const floor = series();
  const reactFloor = series();
  for (let run = 0; run < RUNS; run++) {
    push(app, await timeLoad(browser, url, { isThrottled, clickIso3: CLICK }));
    push(floor, await timeLoad(browser, floorUrl, { isThrottled }));
    push(reactFloor, await timeLoad(browser, reactFloorUrl, { isThrottled }));
  }
  return { app, floor, reactFloor };
}
const fast = await alternate(false);
const phone = await alternate(true);

// Scale: today's data and 20× the data, both served the same way, alternating.
const scale = { today: [] as number[], big: [] as number[] };
const todayRoutes = servedAs(dataset);
const bigRoutes = servedAs(big);
for (let run = 0; run < RUNS; run++) {
  scale.today.push((await timeLoad(browser, url, { routes: todayRoutes })).interactive);
  scale.big.push(
    (await timeLoad(browser, url, { routes: bigRoutes, clickIso3: CLICK })).interactive,
  );
}

// Recolour: the app's slider against raw DOM fills for the same dates, and with 5× the events.
// The app runs get their dataset the same way (served by the driver); rounds alternate, and
// each figure is the median over the rounds of each run's p95. The goal rows step a settled
// page, like the floor's; one more row steps from the moment the map is live, while the app
// still loads its later parts.
const index = buildStatusIndex(dataset.countries);
const stepDates = Array.from({ length: 200 }, (_, i) =>
  new Date(Date.parse("2019-01-01T00:00:00Z") + (i + 1) * 7 * 86_400_000)
    .toISOString()
    .slice(0, 10),
);
const fills = stepDates.map((date) =>
  Object.fromEntries(
    dataset.countries.map((c) => [c.iso3, STATUS_COLORS[statusAt(index, c.iso3, date).status]]),
  ),
);
const moreEventsRoutes = servedAs(withMoreEvents(dataset, 5));
const RECOLOUR_ROUNDS = 3;
const recolourRuns = {
  app: [] as StepTimes[],
  floor: [] as StepTimes[],
  moreEvents: [] as StepTimes[],
  whileLoading: [] as StepTimes[],
};
for (let round = 0; round < RECOLOUR_ROUNDS; round++) {
  const app = await timeAppRecolour(browser, url, todayRoutes);
  if (app.lastDate !== stepDates.at(-1))
    throw new Error(`The slider ended on ${app.lastDate}, expected ${stepDates.at(-1)}`);
  recolourRuns.app.push(app);
  recolourRuns.floor.push(await timeFloorRecolour(browser, floorUrl, fills));
  recolourRuns.moreEvents.push(await timeAppRecolour(browser, url, moreEventsRoutes));
  recolourRuns.whileLoading.push(
    await timeAppRecolour(browser, url, todayRoutes, { settled: false }),
  );
}
const heap = process.env.BENCH_HEAP ? await heapAcrossPlays(browser, url) : null;

await browser.close();

const lighthouse: {
  page: string;
  preset: Preset;
  report: Awaited<ReturnType<typeof lighthouseReport>>;
}[] = [];
if (!process.env.BENCH_SKIP_LIGHTHOUSE)
  for (const page of ["", "country/deu/"])
    for (const preset of ["mobile", "desktop"] as const)
      lighthouse.push({
        page: `/${page}`,
        preset,
        report: await lighthouseReport(`${url}${page}`, preset),
      });
server.httpServer.close();
rmSync(FLOOR_DIR, { recursive: true, force: true });
rmSync(REACT_FLOOR_DIR, { recursive: true, force: true });

// ---- Report --------------------------------------------------------------------------------
const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const pct = (values: number[], p: number) =>
  [...values].sort((a, b) => a - b)[Math.ceil(values.length * p) - 1]!;
const ms = (v: number) => (v < 10 ? `${v.toFixed(2)} ms` : `${v.toFixed(0)} ms`);
const spread = (values: number[]) =>
  values.length === 1
    ? ms(values[0]!)
    : `${ms(median(values))} (${ms(Math.min(...values))}–${ms(Math.max(...values))})`;
const verdict = (ratio: number, goal: number) =>
  ratio <= goal ? `met, ≤ ${goal}×` : `NOT met, goal ≤ ${goal}×`;
const rows: string[][] = [["figure", "app", "floor", "ratio", "goal"]];
const row = (figure: string, app: number[], floor: number[], goal?: number) => {
  const ratio = median(app) / median(floor);
  rows.push([
    figure,
    spread(app),
    spread(floor),
    `${ratio.toFixed(2)}×`,
    goal ? verdict(ratio, goal) : "(shown)",
  ]);
};
row("first paint", fast.app.firstPaint, fast.floor.firstPaint);
row("prerendered picture painted (before any script)", fast.app.picture, fast.floor.picture);
row(
  "live map interactive (hooks in the DOM, a click works)",
  fast.app.interactive,
  fast.floor.interactive,
  2.5,
);
row(
  "React floor: the same SVG rendered by React alone (floor: static)",
  fast.reactFloor.interactive,
  fast.floor.interactive,
);
row(
  "live map interactive (floor: the React floor)",
  fast.app.interactive,
  fast.reactFloor.interactive,
);
row("phone: first paint (4× CPU, 150 ms, 1.6 Mbps)", phone.app.firstPaint, phone.floor.firstPaint);
row("phone: prerendered picture painted", phone.app.picture, phone.floor.picture);
row("phone: live map interactive", phone.app.interactive, phone.floor.interactive, 3);
row("phone: React floor (floor: static)", phone.reactFloor.interactive, phone.floor.interactive);
row(
  "phone: live map interactive (floor: the React floor)",
  phone.app.interactive,
  phone.reactFloor.interactive,
);
row("20× data: load to interactive (floor: today's data)", scale.big, scale.today, 1.5);
/** Each run's p95 (one per round): the row shows their median. */
const p95s = (runs: StepTimes[], key: keyof StepTimes) => runs.map((r) => pct(r[key], 0.95));
row(
  "recolour p95, script (floor: raw DOM fills)",
  p95s(recolourRuns.app, "script"),
  p95s(recolourRuns.floor, "script"),
);
row(
  "recolour p95, input to next paint",
  p95s(recolourRuns.app, "paint"),
  p95s(recolourRuns.floor, "paint"),
  1.3,
);
row(
  "recolour p95, next paint, from the moment the map is live",
  p95s(recolourRuns.whileLoading, "paint"),
  p95s(recolourRuns.floor, "paint"),
);
row(
  "5× events: recolour p95 script (floor: today's events)",
  p95s(recolourRuns.moreEvents, "script"),
  p95s(recolourRuns.app, "script"),
  1.2,
);
row(
  "5× events: recolour p95 next paint (floor: today's)",
  p95s(recolourRuns.moreEvents, "paint"),
  p95s(recolourRuns.app, "paint"),
  1.2,
);

const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
const line = (r: string[]) => r.map((cell, i) => cell.padEnd(widths[i]!)).join("  ");
console.log(
  `\nHuawei 5G Policy Map: bench (median of ${RUNS} alternating runs; min–max in brackets)`,
);
console.log(
  `Phone profile: ${PHONE.cpu}× CPU throttle, ${PHONE.latency} ms RTT, ${PHONE.downloadBps / 1e6} Mbps down, via CDP`,
);
console.log(line(rows[0]!));
console.log(widths.map((w) => "-".repeat(w)).join("  "));
for (const r of rows.slice(1)) console.log(line(r));
const scriptP95 = median(p95s(recolourRuns.app, "script"));
const all = (runs: StepTimes[], key: keyof StepTimes) => runs.flatMap((r) => r[key]);
console.log(
  `\nRecolour (${RECOLOUR_ROUNDS} rounds × 200 date steps): script p95 ${ms(scriptP95)} (goal ≤ 4 ms: ${scriptP95 <= 4 ? "met" : "NOT met"}); p50 ${ms(median(all(recolourRuns.app, "script")))}, next paint p50 ${ms(median(all(recolourRuns.app, "paint")))} (floor ${ms(median(all(recolourRuns.floor, "paint")))})`,
);
console.log(
  `20× dataset: ${big.countries.length} countries, ${bigEntries} history entries (today ${entries}), ${big.events.length} events (today ${dataset.events.length}), ${(JSON.stringify(big).length / 1e6).toFixed(1)} MB (its statuses file ${(gzipSync(JSON.stringify(statusesOf(big)), { level: 9 }).length / 1024).toFixed(0)} KB gzip, the whole ${(gzipSync(JSON.stringify(big), { level: 9 }).length / 1024).toFixed(0)} KB); valid under the schema`,
);
const kb = (v: number) => `${v.toFixed(1)} KB`;
console.log(
  `\nFirst load (gzip): ${kb(firstLoadKb)} in all (goal ≤ 250 KB: ${firstLoadKb <= 250 ? "met" : "NOT met"}) = JavaScript ${kb(firstLoadJs)} in ${firstLoadJsFiles.length} files + HTML with prerendered map and inline CSS ${kb(html)} (the CSS alone ${kb(inlineCss)}) + statuses file ${kb(dataKb)} + projected map ${kb(geometryKb)}. On demand: the whole dataset ${kb(detailsKb)}, and all JavaScript chunks ${kb(allJs)} in all.`,
);
console.log(
  `React floor's first load (gzip): JavaScript ${kb(reactFloorJsKb)} (react and react-dom) + the map as data ${kb(reactFloorDataKb)}.`,
);
if (heap)
  console.log(
    `Heap across ten full plays: before ${heap.before.toFixed(1)} MB, after ${heap.after.toFixed(1)} MB`,
  );
if (lighthouse.length) console.log("\nLighthouse (performance goal ≥ 95)");
for (const { page, preset, report } of lighthouse) {
  const { scores: s, metrics: m } = report;
  console.log(
    `  ${page.padEnd(14)} ${preset.padEnd(7)}  performance ${String(s.performance).padStart(3)} · accessibility ${s.accessibility} · best practices ${s["best-practices"]} · SEO ${s.seo}  |  FCP ${ms(m.fcp)}, LCP ${ms(m.lcp)}, TBT ${ms(m.tbt)}, interactive ${ms(m.tti)}`,
  );
}
