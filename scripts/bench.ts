/**
 * `npm run bench`: the speed figures the issues ask for, measured in headless Chromium
 * against the built site (run after `npm run build`; the npm script does both).
 * - JavaScript size (gzip) of the first load, and of everything the page fetches.
 * - Time from navigation to the map drawn with data: median of several cold loads.
 * - Recolouring on a date change: 200 consecutive date steps through the slider, from the
 *   input event to the DOM committed and to the next animation frame (p50/p95).
 * - Heap before and after ten full plays (after forced garbage collection).
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { preview } from "vite";
import { launchChromium } from "../tests/e2e/support/browser.ts";

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
const css = assets.filter((f) => f.endsWith(".css")).reduce((sum, f) => sum + gzipKb(f), 0);
const data = ["dist/data/huawei-5g.json", "dist/data/world.json"].reduce(
  (sum, f) => sum + gzipKb(f),
  0,
);
const html = gzipKb("dist/index.html");

const server = await preview({ preview: { port: 0 }, logLevel: "error" });
const url = server.resolvedUrls!.local[0]!;
const browser = await launchChromium();
const times: number[] = [];
for (let run = 0; run < RUNS; run++) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(url, { waitUntil: "commit" });
  await page.waitForSelector(
    'svg[data-testid="world-map"] [data-iso3][data-status]:not([data-status="no_data"])',
  );
  // performance.now() counts from navigation start, so this is navigation → map with data.
  times.push(
    await page.evaluate(
      () =>
        new Promise<number>((resolve) => requestAnimationFrame(() => resolve(performance.now()))),
    ),
  );
  await context.close();
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
server.httpServer.close();

console.log("Huawei 5G Policy Map: bench");
console.log(`JavaScript (gzip, first load)      ${kb(js)}`);
console.log(`CSS (gzip)                         ${kb(css)}`);
console.log(`HTML (gzip)                        ${kb(html)}`);
console.log(`Data + geometry (gzip)             ${kb(data)}`);
console.log(`Everything (gzip)                  ${kb(js + css + html + data)}`);
console.log(
  `Navigation → map drawn with data   median ${median(times).toFixed(0)} ms over ${RUNS} runs (min ${Math.min(...times).toFixed(0)}, max ${Math.max(...times).toFixed(0)})`,
);
const ms = (value: number) => `${value.toFixed(1)} ms`;
console.log(
  `Recolour, 200 date steps           input → DOM p50 ${ms(recolour.commitP50)}, p95 ${ms(recolour.commitP95)}; input → next frame p50 ${ms(recolour.frameP50)}, p95 ${ms(recolour.frameP95)}`,
);
const growth = heap.after - heap.before;
console.log(
  `Heap across ten full plays         before ${heap.before.toFixed(1)} MB, after ${heap.after.toFixed(1)} MB (${growth >= 0 ? "+" : ""}${growth.toFixed(1)} MB)`,
);
