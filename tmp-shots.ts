import { createServer } from "node:http";
import { createReadStream, existsSync, statSync } from "node:fs";
import { extname, join } from "node:path";
import { launchChromium } from "./tests/e2e/support/browser.ts";
const types: Record<string, string> = { ".html": "text/html", ".js": "text/javascript", ".css": "text/css", ".json": "application/json", ".png": "image/png" };
const server = createServer((req, res) => {
  const path = decodeURIComponent(new URL(req.url!, "http://x").pathname);
  let file = join("dist", path);
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, "index.html");
  const ok = existsSync(file) && statSync(file).isFile();
  const served = ok ? file : "dist/404.html";
  res.writeHead(ok ? 200 : 404, { "content-type": types[extname(served)] ?? "application/octet-stream" });
  createReadStream(served).pipe(res);
}).listen(4391);
const base = "http://127.0.0.1:4391";
const browser = await launchChromium();
const out = "/tmp/wt10";
async function shot(name: string, url: string, w: number, h: number, act?: (p: import("playwright-core").Page) => Promise<void>) {
  const page = await browser.newPage({ viewport: { width: w, height: h } });
  page.on("pageerror", (e) => console.error(name, "pageerror", e.message));
  await page.goto(base + url);
  await page.waitForSelector('svg[data-testid="world-map"] [data-iso3]', { timeout: 20000 }).catch(() => {});
  if (act) await act(page);
  await page.waitForTimeout(400);
  await page.screenshot({ path: `${out}/${name}.png` });
  await page.close();
}
const cite = async (p: import("playwright-core").Page) => {
  await p.getByText("Cite this entry").click();
  await p.getByText("Cite this entry").scrollIntoViewIfNeeded();
};
await shot("country-1280", "/country/gbr/", 1280, 720, cite);
await shot("country-1920", "/country/gbr/", 1920, 1080, cite);
await shot("country-390", "/country/gbr/", 390, 844, cite);
const share = async (p: import("playwright-core").Page) => {
  await p.getByRole("button", { name: "Share / embed" }).click();
  await p.getByRole("button", { name: "Slides (PowerPoint)" }).scrollIntoViewIfNeeded();
};
await shot("share-390", "/country/gbr/", 390, 844, share);
await shot("share-1280", "/country/gbr/", 1280, 720, share);
await shot("embed-event-640", "/?embed=1&event=gbr-2020-07-ban", 640, 400);
await shot("embed-plain-dark-640", "/?embed=1&plain=1&theme=dark", 640, 380);
await shot("embed-1920", "/?embed=1&country=gbr", 1920, 1080);
await shot("404-1280", "/nope/", 1280, 720);
await browser.close();
server.close();
