/**
 * Lighthouse against a running site, in Debian's chromium, with its mobile preset (the default:
 * a mid-range phone on slow 4G, simulated) or its desktop preset.
 * `tsx scripts/lighthouse.ts http://localhost:4180/ [mobile|desktop]` prints the four category
 * scores and the audits that did not pass; bench uses `lighthouseReport(url, preset)`.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import desktopConfig from "lighthouse/core/config/desktop-config.js";
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from "../tests/e2e/support/browser.ts";

export const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;
export type Category = (typeof CATEGORIES)[number];

export interface LighthouseReport {
  /** 0 to 100, as Lighthouse shows them. */
  scores: Record<Category, number>;
  /** Audits in those categories that scored below 1, worst first. */
  failing: { category: Category; id: string; title: string; score: number }[];
  /** Milliseconds, as Lighthouse reports them (simulated for the mobile preset). */
  metrics: { fcp: number; lcp: number; tbt: number; tti: number };
}

export type Preset = "mobile" | "desktop";

export async function lighthouseReport(
  url: string,
  preset: Preset = "desktop",
): Promise<LighthouseReport> {
  // A fresh profile each run: no cache or storage carried over from an earlier one.
  const userDataDir = mkdtempSync(join(tmpdir(), "lighthouse-"));
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM_PATH,
    chromeFlags: ["--headless", ...CHROMIUM_FLAGS],
    userDataDir,
  });
  try {
    const result = await lighthouse(
      url,
      { port: chrome.port, logLevel: "error", onlyCategories: [...CATEGORIES] },
      // No config is Lighthouse's default: the mobile preset.
      preset === "desktop" ? desktopConfig : undefined,
    );
    if (!result) throw new Error(`Lighthouse returned no result for ${url}`);
    const { categories, audits, runtimeError } = result.lhr;
    if (runtimeError) throw new Error(`Lighthouse: ${runtimeError.code} ${runtimeError.message}`);
    const scores = Object.fromEntries(
      CATEGORIES.map((id) => [id, Math.round((categories[id]?.score ?? 0) * 100)]),
    ) as Record<Category, number>;
    const failing = CATEGORIES.flatMap((category) =>
      (categories[category]?.auditRefs ?? [])
        .filter((ref) => ref.weight > 0 || audits[ref.id]?.scoreDisplayMode === "binary")
        .map((ref) => audits[ref.id]!)
        .filter((audit) => audit.score !== null && audit.score < 1)
        .map((audit) => ({ category, id: audit.id, title: audit.title, score: audit.score! })),
    ).sort((a, b) => a.score - b.score);
    const metric = (id: string) => audits[id]?.numericValue ?? NaN;
    return {
      scores,
      failing,
      metrics: {
        fcp: metric("first-contentful-paint"),
        lcp: metric("largest-contentful-paint"),
        tbt: metric("total-blocking-time"),
        tti: metric("interactive"),
      },
    };
  } finally {
    chrome.kill();
    rmSync(userDataDir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const url = process.argv[2];
  if (!url) {
    console.error(
      "Usage: tsx scripts/lighthouse.ts <url> [mobile|desktop]   (for example http://localhost:4180/)",
    );
    process.exit(2);
  }
  const { scores, failing } = await lighthouseReport(
    url,
    process.argv[3] === "mobile" ? "mobile" : "desktop",
  );
  for (const id of CATEGORIES) console.log(`${id.padEnd(16)} ${scores[id]}`);
  if (failing.length) console.log("\nNot passing:");
  for (const audit of failing)
    console.log(`  ${audit.score.toFixed(2)}  [${audit.category}] ${audit.id}: ${audit.title}`);
}
