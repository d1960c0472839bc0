import { readFileSync } from "node:fs";
import { after, before } from "node:test";
import type { Browser, Page } from "playwright-core";
import { preview, type PreviewServer } from "vite";
import { parseDataset, type Dataset } from "../../../src/data/schema.ts";
import { launchChromium } from "./browser.ts";

/** The built site (dist/) served by `vite preview` on a free port, and one Chromium per file. */
export function startSite() {
  const site = { url: "", browser: undefined as unknown as Browser };
  let server: PreviewServer;
  before(async () => {
    server = await preview({ preview: { port: 0, strictPort: false }, logLevel: "error" });
    site.url = server.resolvedUrls!.local[0]!.replace(/\/$/, "");
    site.browser = await launchChromium();
  });
  after(async () => {
    await site.browser?.close();
    await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
  });
  return site;
}

/** Opens a page, failing the test on any uncaught page error. */
export async function openPage(
  browser: Browser,
  url: string,
  viewport = { width: 1280, height: 800 },
): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport });
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  await page.goto(url);
  return { page, errors };
}

export async function waitForMap(page: Page) {
  await page.waitForSelector(
    'svg[data-testid="world-map"] [data-iso3][data-status]:not([data-status="no_data"])',
    { timeout: 15_000 },
  );
}

/** The published dataset, read the way the app reads it. */
export function publishedDataset(): Dataset {
  const json = JSON.parse(readFileSync("dist/data/huawei-5g.json", "utf8"));
  const result = parseDataset(json, json.updated);
  if (!result.ok) throw new Error(result.errors.join("\n"));
  return result.data;
}
