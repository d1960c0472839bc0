/** `npx tsx scripts/screenshot.ts URL OUT.png [width] [height]`: look at what you built. */
import { launchChromium } from "../tests/e2e/support/browser.ts";

const [url = "http://localhost:5173/", out = "/tmp/shot.png", width = "1280", height = "800"] =
  process.argv.slice(2);
const browser = await launchChromium();
const page = await browser.newPage({ viewport: { width: Number(width), height: Number(height) } });
page.on("pageerror", (error) => console.error("pageerror:", error.message));
page.on(
  "console",
  (message) => message.type() === "error" && console.error("console:", message.text()),
);
await page.goto(url);
await page
  .waitForSelector('svg[data-testid="world-map"] [data-iso3]', { timeout: 15000 })
  .catch(() => console.error("map not drawn"));
await page.waitForTimeout(300);
await page.screenshot({ path: out, fullPage: process.env.FULL === "1" });
await browser.close();
console.log(out);
