/**
 * `npm run bench`: the speed figures the issues ask for, measured in headless Chromium
 * against the built site (run after `npm run build`; the npm script does both).
 * - JavaScript size (gzip) of the first load, and of everything the page fetches.
 * - Time from navigation to the map drawn with data: median of several cold loads.
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
