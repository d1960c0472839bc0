/**
 * `npm run bench`: the speed figures the issues ask for, measured in headless Chromium
 * against the built site (run after `npm run build`; the npm script does both).
 * - JavaScript size (gzip) of the first load, and of everything the page fetches.
 * - Time from navigation to the map drawn with data: median of several cold loads.
 * - Recolouring on a date change: 200 consecutive date steps through the slider, from the
 *   input event to the DOM committed and to the next animation frame (p50/p95).
 * - Heap before and after ten full plays (after forced garbage collection).
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { preview } from "vite";
import { parseDataset } from "../src/data/schema.ts";
import { pictureInput } from "../src/domain/map-picture.ts";
import { composeMapSvg } from "../src/domain/map-svg.ts";
import { buildStatusIndex } from "../src/domain/status-index.ts";
import { launchChromium } from "../tests/e2e/support/browser.ts";
import { lighthouseReport } from "./lighthouse.ts";

const RUNS = Number(process.env.BENCH_RUNS ?? 7);

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}
const gzipKb = (path: string) => gzipSync(readFileSync(path), { level: 9 }).length / 1024;
const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const kb = (value: number) => `${value.toFixed(1)} KB`;

const assets = filesUnder("dist/assets");
const js = assets.filter((f) => f.endsWith(".js")).reduce((sum, f) => sum + gzipKb(f), 0);
// First load: the entry chunk and the chunks it imports statically (index.html names them all
// as module or modulepreload); lazy chunks (table, chart, share, embed, present) are left out.
const indexHtml = readFileSync("dist/index.html", "utf8");
const firstLoadJs = [...indexHtml.matchAll(/(?:src|href)="[^"]*\/assets\/([^"]+\.js)"/g)]
  .map((m) => `dist/assets/${m[1]}`)
  .reduce((sum, f) => sum + gzipKb(f), 0);
const css = assets.filter((f) => f.endsWith(".css")).reduce((sum, f) => sum + gzipKb(f), 0);
const data = ["dist/data/huawei-5g.json", "dist/data/world.json"].reduce(
  (sum, f) => sum + gzipKb(f),
  0,
);
const html = gzipKb("dist/index.html");

// The floor: a static page holding only the same map (statuses at the latest date) as inline
// SVG, served by the same server and timed in the same browser run.
const FLOOR_DIR = "dist/bench-floor";
{
  const json = JSON.parse(readFileSync("dist/data/huawei-5g.json", "utf8"));
  const parsed = parseDataset(json, json.updated);
  if (!parsed.ok) throw new Error(parsed.errors.join("\n"));
  const geometry = JSON.parse(readFileSync("dist/data/world.json", "utf8"));
  const svg = composeMapSvg(
    pictureInput(parsed.data, buildStatusIndex(parsed.data.countries), geometry, {
      date: parsed.data.updated,
      iso3: null,
      width: 1200,
      height: 630,
      url: "/",
    }),
  );
  mkdirSync(FLOOR_DIR, { recursive: true });
  writeFileSync(
    `${FLOOR_DIR}/index.html`,
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>floor</title></head><body style="margin:0">${svg.replace("<svg", '<svg id="floor-map" style="width:100%;height:auto"')}</body></html>`,
  );
}

const server = await preview({ preview: { port: 0 }, logLevel: "error" });
const url = server.resolvedUrls!.local[0]!;
const browser = await launchChromium();
/**
 * Navigation → the first frame painted after the selector matches, measured inside the page:
 * a MutationObserver installed before any HTML is parsed sees the map's elements arrive (from
 * the parser or from React), then the next animation frame marks the paint. Measuring in the
 * page keeps the test driver's round trips out of the figure, for the app and the floor alike.
 */
async function timeToMap(pageUrl: string, selector: string): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.addInitScript((sel: string) => {
    const w = window as unknown as { __mapPaintedAt?: number };
    const observer = new MutationObserver(() => {
      if (!document.querySelector(sel)) return;
      observer.disconnect();
      requestAnimationFrame(() => (w.__mapPaintedAt = performance.now()));
    });
    observer.observe(document, { childList: true, subtree: true });
  }, selector);
  const page = await context.newPage();
  await page.goto(pageUrl, { waitUntil: "commit" });
  await page.waitForFunction(
    () => (window as unknown as { __mapPaintedAt?: number }).__mapPaintedAt,
  );
  const time = await page.evaluate(
    () => (window as unknown as { __mapPaintedAt: number }).__mapPaintedAt,
  );
  await context.close();
  return time;
}
const INTERACTIVE_MAP =
  'svg[data-testid="world-map"] [data-iso3][data-status]:not([data-status="no_data"])';
// The coloured map is on screen as soon as either the prerendered picture or the app's map is.
const MAP_WITH_DATA = `.prerendered .world-map path[fill], ${INTERACTIVE_MAP}`;
const times: number[] = [];
const interactiveTimes: number[] = [];
const floorTimes: number[] = [];
// Alternate app and floor so both see the same machine load.
for (let run = 0; run < RUNS; run++) {
  times.push(await timeToMap(url, MAP_WITH_DATA));
  interactiveTimes.push(await timeToMap(url, INTERACTIVE_MAP));
  floorTimes.push(await timeToMap(`${url}bench-floor/`, "#floor-map path"));
}

// Recolour: drive the as-of slider the way a reader does, one day-step per measurement.
const recolour = await (async () => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  // tsx compiles with keepNames, which wraps named functions in a __name helper the page lacks.
  await page.addInitScript("globalThis.__name = (fn) => fn");
  await page.goto(`${url}?date=2019-01-01`);
  await page.waitForSelector(
    'svg[data-testid="world-map"] [data-iso3][data-status]:not([data-status="no_data"])',
  );
  return page.evaluate(async () => {
    const slider = document.querySelector<HTMLInputElement>('input[type="range"]')!;
    const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value")!.set!;
    const commit: number[] = [];
    const frame: number[] = [];
    const start = Number(slider.value);
    for (let i = 1; i <= 200; i++) {
      // Seven days a step, so statuses really change along the way.
      const t0 = performance.now();
      setValue.call(slider, String(start + i * 7));
      slider.dispatchEvent(new Event("input", { bubbles: true }));
      commit.push(performance.now() - t0);
      await new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
      frame.push(performance.now() - t0);
    }
    const pct = (values: number[], p: number) =>
      [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) * p)]!;
    return {
      commitP50: pct(commit, 0.5),
      commitP95: pct(commit, 0.95),
      frameP50: pct(frame, 0.5),
      frameP95: pct(frame, 0.95),
    };
  });
})();

// Heap across ten full plays; the bench speeds the play clock up (the app never sets this).
const heap = await (async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.addInitScript(() => {
    (globalThis as { __HUAWEI_MAP_PLAY_SPEED__?: number }).__HUAWEI_MAP_PLAY_SPEED__ = 100;
  });
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForSelector(
    'svg[data-testid="world-map"] [data-iso3][data-status]:not([data-status="no_data"])',
  );
  const cdp = await context.newCDPSession(page);
  const used = async () => {
    await cdp.send("HeapProfiler.collectGarbage");
    return (
      ((await cdp.send("Runtime.getHeapUsage")) as { usedSize: number }).usedSize / 1024 / 1024
    );
  };
  const play = page.getByRole("button", { name: "Play the map through time" });
  // One warm-up play, so lazy caches are filled before the first reading.
  await play.click();
  await play.waitFor({ timeout: 120_000 });
  const before = await used();
  for (let run = 0; run < 10; run++) {
    await play.click();
    await page.getByRole("button", { name: "Pause" }).waitFor();
    await play.waitFor({ timeout: 120_000 });
  }
  const after = await used();
  await context.close();
  return { before, after };
})();

await browser.close();
const lighthouse = await lighthouseReport(url);
server.httpServer.close();
rmSync(FLOOR_DIR, { recursive: true, force: true });

console.log("Huawei 5G Policy Map: bench");
console.log(
  `JavaScript (gzip, first load)      ${kb(firstLoadJs)} (goal ≤ 120 KB); all chunks ${kb(js)}`,
);
console.log(`CSS (gzip)                         ${kb(css)}`);
console.log(`HTML (gzip)                        ${kb(html)}`);
console.log(`Data + geometry (gzip)             ${kb(data)}`);
console.log(
  `First load, everything (gzip)      ${kb(firstLoadJs + css + html + data)} (goal ≤ 300 KB)`,
);
const spread = (values: number[]) =>
  `median ${median(values).toFixed(0)} ms (min ${Math.min(...values).toFixed(0)}, max ${Math.max(...values).toFixed(0)}, ${RUNS} runs)`;
console.log(`Navigation → map drawn with data   ${spread(times)}`);
console.log(`  floor: static page, same map SVG ${spread(floorTimes)}`);
console.log(
  `  app ÷ floor                      ${(median(times) / median(floorTimes)).toFixed(2)}× (goal ≤ 1.5×)`,
);
const ms = (value: number) => `${value.toFixed(1)} ms`;
console.log(
  `Recolour, 200 date steps           input → DOM p50 ${ms(recolour.commitP50)}, p95 ${ms(recolour.commitP95)}; input → next frame p50 ${ms(recolour.frameP50)}, p95 ${ms(recolour.frameP95)}`,
);
const growth = heap.after - heap.before;
console.log(
  `Heap across ten full plays         before ${heap.before.toFixed(1)} MB, after ${heap.after.toFixed(1)} MB (${growth >= 0 ? "+" : ""}${growth.toFixed(1)} MB)`,
);
const { scores } = lighthouse;
console.log(
  `Lighthouse (desktop preset)        performance ${scores.performance} · accessibility ${scores.accessibility} · best practices ${scores["best-practices"]} · SEO ${scores.seo} (goal ≥ 95 each)`,
);
