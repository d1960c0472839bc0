/**
 * The in-browser measurements of `npm run bench`. Every time is taken inside the page (from
 * navigation start, `performance.now()`), so the test driver's round trips stay out of it, for
 * the app and its floor alike. "Painted" means the first frame presented after the DOM held the
 * thing: a requestAnimationFrame callback, then a message posted from it (which runs after
 * that frame is painted).
 */
import type { Browser, BrowserContext, Page } from "playwright-core";
import type { MapTreeNode } from "./map-tree.ts";

/** The map's CONTRACT hooks with data: the live map (or its floor copy) is in the DOM. */
export const LIVE_MAP =
  'svg[data-testid="world-map"] [data-iso3][data-status]:not([data-status="no_data"])';
/** The build's prerendered picture of the map (no hooks), or the floor page's map. */
export const PICTURE = ".prerendered .world-map path[fill], #floor-map path";

/** tsx compiles with keepNames, which wraps named functions in a __name helper the page lacks. */
const KEEP_NAMES = "globalThis.__name = (fn) => fn";

/** Resolves after the next frame is painted (a message posted from its animation frame). */
const AFTER_PAINT = `globalThis.afterPaint = () => new Promise((resolve) =>
  requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  }));`;

export interface LoadTimes {
  firstPaint: number;
  picture: number;
  interactive: number;
}

/** Slow 4G as the issue defines it (150 ms round trip, 1.6 Mbps down) and a 4× slower CPU. */
export const PHONE = { latency: 150, downloadBps: 1_600_000, uploadBps: 750_000, cpu: 4 };

async function throttle(context: BrowserContext, page: Page) {
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.emulateNetworkConditions", {
    offline: false,
    latency: PHONE.latency,
    downloadThroughput: PHONE.downloadBps / 8,
    uploadThroughput: PHONE.uploadBps / 8,
  });
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: PHONE.cpu });
}

export interface LoadOptions {
  isThrottled?: boolean;
  /** Answers for some requests (the scale runs serve generated data this way). */
  routes?: Record<string, { body: string; contentType: string }>;
  /** A country to click once the map is live; the run fails unless its story opens. */
  clickIso3?: string;
}

/** One cold load in a fresh context (empty cache): first paint, picture painted, live map painted. */
export async function timeLoad(
  browser: Browser,
  url: string,
  options: LoadOptions = {},
): Promise<LoadTimes> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.addInitScript(KEEP_NAMES);
  await context.addInitScript(
    ({ live, picture }) => {
      const w = window as unknown as { __bench: Record<string, number> };
      w.__bench = {};
      const painted = (name: string) =>
        requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => {
            w.__bench[name] ??= performance.now();
            reportWhenAll();
          };
          channel.port2.postMessage(null);
        });
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries())
          if (entry.name === "first-contentful-paint") {
            w.__bench.firstPaint ??= entry.startTime;
            reportWhenAll();
          }
      }).observe({ type: "paint", buffered: true });
      const seen = new Set<string>();
      // Reported by a console message, read from the driver: a driver waiting in the page
      // (waitForFunction) injects Playwright's own script, 50–75 ms of main-thread work, and it
      // lands in the middle of the app's load while the floor's static page has already painted.
      const reportWhenAll = () => {
        const b = w.__bench;
        if (b.firstPaint !== undefined && b.picture !== undefined && b.interactive !== undefined)
          console.debug(`__bench ${JSON.stringify(b)}`);
      };
      const observer = new MutationObserver(() => {
        for (const [name, selector] of [
          ["picture", picture],
          ["interactive", live],
        ] as const) {
          if (seen.has(name) || !document.querySelector(selector)) continue;
          seen.add(name);
          painted(name);
          // The live map is a picture too: on the floor page they are the same moment.
          if (name === "interactive" && !seen.has("picture")) {
            seen.add("picture");
            painted("picture");
          }
        }
        if (seen.size === 2) observer.disconnect();
      });
      observer.observe(document, { childList: true, subtree: true, attributes: true });
    },
    { live: LIVE_MAP, picture: PICTURE },
  );
  const page = await context.newPage();
  for (const [pattern, answer] of Object.entries(options.routes ?? {}))
    await page.route(pattern, (route) =>
      route.fulfill({ status: 200, body: answer.body, contentType: answer.contentType }),
    );
  if (options.isThrottled) await throttle(context, page);
  try {
    const reported = page.waitForEvent("console", {
      predicate: (message) => message.text().startsWith("__bench "),
      timeout: 120_000,
    });
    await page.goto(url, { waitUntil: "commit", timeout: 120_000 });
    const times = JSON.parse((await reported).text().slice("__bench ".length)) as LoadTimes;
    if (options.clickIso3) {
      // A click works: the hooks are there and React's handlers answer.
      await page.locator(`svg [data-iso3="${options.clickIso3}"]`).dispatchEvent("click");
      await page.waitForSelector(
        `[data-testid="country-panel"][data-iso3="${options.clickIso3}"]`,
        {
          timeout: 30_000,
        },
      );
    }
    return times;
  } finally {
    await context.close();
  }
}

export interface StepTimes {
  /** Input → the DOM updated (the app's script, including React's commit). */
  script: number[];
  /** Input → the next frame painted. */
  paint: number[];
}

/**
 * 200 date steps through the app's as-of slider, seven days each, from `?date=2019-01-01`.
 * `settled`: the steps start once the page has loaded what it loads after the map goes live
 * (the side panel and timeline parts, the whole dataset on idle), as the floor's static page
 * has. Otherwise they start the moment the map is live, and the first 40 or so (about 0.7 s)
 * share their frames with that loading.
 */
export async function timeAppRecolour(
  browser: Browser,
  url: string,
  routes: LoadOptions["routes"] = {},
  { settled = true } = {},
): Promise<StepTimes & { lastDate: string }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.addInitScript(KEEP_NAMES);
  await page.addInitScript(AFTER_PAINT);
  for (const [pattern, answer] of Object.entries(routes))
    await page.route(pattern, (route) =>
      route.fulfill({ status: 200, body: answer.body, contentType: answer.contentType }),
    );
  try {
    await page.goto(`${url}?date=2019-01-01`);
    await page.waitForSelector(LIVE_MAP, { timeout: 120_000 });
    if (settled) {
      await page.waitForLoadState("networkidle", { timeout: 120_000 });
      await page.evaluate(
        () => new Promise((resolve) => requestIdleCallback(resolve, { timeout: 5_000 })),
      );
    }
    return await page.evaluate(async () => {
      const { afterPaint } = window as unknown as { afterPaint: () => Promise<void> };
      const slider = document.querySelector<HTMLInputElement>('input[type="range"]')!;
      const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value")!.set!;
      const script: number[] = [];
      const paint: number[] = [];
      const start = Number(slider.value);
      await afterPaint();
      for (let i = 1; i <= 200; i++) {
        const t0 = performance.now();
        setValue.call(slider, String(start + i * 7));
        slider.dispatchEvent(new Event("input", { bubbles: true }));
        // React renders a discrete update in a microtask queued during dispatch: ours runs after.
        await new Promise<void>((resolve) => queueMicrotask(resolve));
        script.push(performance.now() - t0);
        await afterPaint();
        paint.push(performance.now() - t0);
      }
      const lastDate =
        document.querySelector('time[data-testid="as-of-date"]')?.getAttribute("datetime") ?? "";
      return { script, paint, lastDate };
    });
  } finally {
    await page.close();
  }
}

/**
 * The floor for recolouring: the same live map SVG in a static page, each step setting every
 * shape's fill straight in the DOM (the colours precomputed for the same 200 dates).
 */
export async function timeFloorRecolour(
  browser: Browser,
  floorUrl: string,
  steps: Record<string, string>[],
): Promise<StepTimes> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.addInitScript(KEEP_NAMES);
  await page.addInitScript(AFTER_PAINT);
  try {
    await page.goto(floorUrl);
    await page.waitForSelector(LIVE_MAP);
    return await page.evaluate(async (fills) => {
      const { afterPaint } = window as unknown as { afterPaint: () => Promise<void> };
      const shapes = [...document.querySelectorAll<SVGElement>("[data-iso3]")].map(
        (el) => [el, el.getAttribute("data-iso3")!] as const,
      );
      const script: number[] = [];
      const paint: number[] = [];
      await afterPaint();
      for (const step of fills) {
        const t0 = performance.now();
        for (const [el, iso3] of shapes) el.setAttribute("fill", step[iso3] ?? "#D9D9D9");
        script.push(performance.now() - t0);
        await afterPaint();
        paint.push(performance.now() - t0);
      }
      return { script, paint };
    }, steps);
  } finally {
    await page.close();
  }
}

/** The live map's SVG markup as the app draws it at the latest date (the floors' content). */
/** The app's live map once it is painted: its markup, and the same as a tree of elements. */
export async function liveMap(
  browser: Browser,
  url: string,
): Promise<{ markup: string; tree: MapTreeNode }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.addInitScript(KEEP_NAMES);
  try {
    await page.goto(url);
    await page.waitForSelector(LIVE_MAP);
    return await page.$eval('svg[data-testid="world-map"]', (svg) => {
      const treeOf = (element: Element): MapTreeNode => ({
        tag: element.tagName,
        attrs: Object.fromEntries([...element.attributes].map((a) => [a.name, a.value])),
        children: [...element.childNodes].flatMap((child): (MapTreeNode | string)[] => {
          if (child instanceof Element) return [treeOf(child)];
          return child.nodeType === Node.TEXT_NODE && child.textContent ? [child.textContent] : [];
        }),
      });
      return { markup: svg.outerHTML, tree: treeOf(svg) };
    });
  } finally {
    await page.close();
  }
}

/** Heap (MB, after forced garbage collection) before and after ten full plays of the timeline. */
export async function heapAcrossPlays(browser: Browser, url: string) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  // The bench speeds the play clock up (the app never sets this).
  await context.addInitScript(() => {
    (globalThis as { __HUAWEI_MAP_PLAY_SPEED__?: number }).__HUAWEI_MAP_PLAY_SPEED__ = 100;
  });
  const page = await context.newPage();
  try {
    await page.goto(url);
    await page.waitForSelector(LIVE_MAP);
    const cdp = await context.newCDPSession(page);
    const used = async () => {
      await cdp.send("HeapProfiler.collectGarbage");
      const { usedSize } = (await cdp.send("Runtime.getHeapUsage")) as { usedSize: number };
      return usedSize / 1024 / 1024;
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
    return { before, after: await used() };
  } finally {
    await context.close();
  }
}
