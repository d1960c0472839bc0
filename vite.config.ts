import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { ChunkingContext } from "rolldown";
import { defineConfig } from "vitest/config";
import type { Plugin } from "vite";
import react from "@vitejs/plugin-react";
import type { Dataset } from "./src/data/schema.ts";
import { STATUSES_PATH, statusesOf } from "./src/data/statuses.ts";

/**
 * The built pages' Content-Security-Policy. Scripts, styles, data and fonts come only from the
 * site itself; no inline script and no eval. React's `style` props are set through the CSSOM,
 * which style-src does not govern, so 'unsafe-inline' styles are not needed. Downloads are made
 * from blobs and the favicon is a data: URL. A <meta> policy cannot say frame-ancestors, which
 * suits the embed: it must stay framable.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join("; ");

/**
 * The policy of a page whose stylesheet is inline (inlineStylesheet): that one <style> element,
 * by the digest of its text, and no other inline style.
 */
export const policyWithStyle = (css: string) =>
  CONTENT_SECURITY_POLICY.replace(
    "style-src 'self'",
    `style-src 'self' 'sha256-${createHash("sha256").update(css).digest("base64")}'`,
  );

/**
 * Build only: the dev server injects inline scripts (React refresh) that the policy would block.
 * Per-country pages are copied from dist/index.html, so they inherit the meta.
 */
function contentSecurityPolicy(): Plugin {
  return {
    name: "content-security-policy",
    apply: "build",
    transformIndexHtml: () => [
      {
        tag: "meta",
        attrs: { "http-equiv": "Content-Security-Policy", content: CONTENT_SECURITY_POLICY },
        // First in <head>: a meta policy only covers what comes after it.
        injectTo: "head-prepend",
      },
    ],
  };
}

/**
 * Build only: the stylesheet (and the data preloads) ahead of the scripts. The first paint (the
 * prerendered map) waits for the CSS but not for the scripts, so the CSS should not queue behind
 * a dozen preloads.
 */
function stylesheetFirst(): Plugin {
  return {
    name: "stylesheet-first",
    apply: "build",
    transformIndexHtml: {
      order: "post",
      handler(html) {
        // The data preloads go with it: over HTTP/1.1's six connections they would otherwise
        // queue behind a dozen module preloads.
        const stylesheets = html.match(/\s*<link rel="(?:stylesheet|preload)"[^>]*>/g) ?? [];
        let out = html;
        for (const link of stylesheets) out = out.replace(link, "");
        return out.replace(
          /(\s*)<script type="module"/,
          `${stylesheets.join("")}$1<script type="module"`,
        );
      },
    },
  };
}

/**
 * Build only: the stylesheet goes into the page, in a <style> element the policy allows by its
 * digest. A linked stylesheet blocks the first paint (the prerendered map) for a round trip and
 * its download: on the phone profile (150 ms, 1.6 Mbps) the picture painted 140 ms later than
 * with the styles inline, and the 5 KB (gzip) shared the line with the scripts. Readers mostly
 * arrive once, from a link, so a cached stylesheet would rarely be reused; nothing else links
 * the file, so it is not written.
 */
function inlineStylesheet(): Plugin {
  let assetsDir = "dist/assets";
  return {
    name: "inline-stylesheet",
    apply: "build",
    configResolved(config) {
      assetsDir = `${config.build.outDir}/${config.build.assetsDir}`;
    },
    // A chunk that still names a stylesheet would fail to load it (build.cssCodeSplit is off
    // for this): stop the build rather than ship a lazy part that cannot load.
    closeBundle() {
      for (const file of readdirSync(assetsDir).filter((name) => name.endsWith(".js"))) {
        const named = /assets\/[^"'`]+\.css/.exec(readFileSync(`${assetsDir}/${file}`, "utf8"));
        if (named) throw new Error(`${file} loads ${named[0]}, which is inline in the page`);
      }
    },
    transformIndexHtml: {
      order: "post",
      handler(html, { bundle }) {
        const link = /<link rel="stylesheet"[^>]*href="[^"]*\/(assets\/[^"/]+\.css)"[^>]*>/.exec(
          html,
        );
        const asset = link && bundle?.[link[1]!];
        if (!link || asset?.type !== "asset")
          throw new Error("index.html links no built stylesheet");
        const css = String(asset.source);
        delete bundle![asset.fileName];
        const policy = /(<meta http-equiv="Content-Security-Policy" content=")([^"]*)"/;
        if (!policy.test(html)) throw new Error("index.html has no Content-Security-Policy");
        return html
          .replace(link[0], () => `<style>${css}</style>`)
          .replace(
            policy,
            (_, start: string) => `${start}${policyWithStyle(css).replace(/'/g, "&#39;")}"`,
          );
      },
    },
  };
}

/**
 * The dataset and the projected map are fetched by the app, but requested here, in parallel
 * with the JavaScript, instead of after it has downloaded and run. `crossorigin` makes the
 * preload match the app's fetch() (CORS mode, same-origin credentials), so the response is reused.
 */
function preloadData(): Plugin {
  let base = "/";
  return {
    name: "preload-data",
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: () =>
      // The statuses file, not the whole dataset: the app fetches the rest once the map is live.
      [STATUSES_PATH, "data/world-map.json"].map((path) => ({
        tag: "link",
        attrs: { rel: "preload", href: `${base}${path}`, as: "fetch", crossorigin: "anonymous" },
        injectTo: "head" as const,
      })),
  };
}

/**
 * The dataset stays pretty-printed in the repository (readable diffs) but ships minified, and
 * beside it goes the first-load statuses file, generated from it (src/data/statuses.ts), never
 * edited. The dev server answers the statuses file from the repository's dataset the same way.
 */
const DATASET_PATH = "data/huawei-5g.json";
function datasetFiles(): Plugin {
  const statusesText = (datasetText: string) =>
    JSON.stringify(statusesOf(JSON.parse(datasetText) as Dataset));
  let outDir = "dist";
  return {
    name: "dataset-files",
    configResolved(config) {
      outDir = config.build.outDir;
    },
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        if (!request.url?.split("?")[0]!.endsWith(`/${STATUSES_PATH}`)) return next();
        response.setHeader("content-type", "application/json");
        response.end(statusesText(readFileSync(`public/${DATASET_PATH}`, "utf8")));
      });
    },
    closeBundle() {
      const file = `${outDir}/${DATASET_PATH}`;
      if (!existsSync(file)) return;
      const text = readFileSync(file, "utf8");
      writeFileSync(file, JSON.stringify(JSON.parse(text)));
      writeFileSync(`${outDir}/${STATUSES_PATH}`, statusesText(text));
    },
  };
}

/**
 * Everything the entry imports statically goes in one chunk with it. Left alone, the bundler
 * splits each module the entry shares with a lazy part (the share dialog, the table) into its own
 * small chunk, in case the lazy part loads without the entry, which never happens here: the first
 * load fetched 20 files, and over HTTP/1.1's six connections on a phone (150 ms a round trip)
 * each round of six cost a round trip before the map could start.
 */
const ENTRY = fileURLToPath(new URL("./src/main.tsx", import.meta.url));
const FIRST_LOAD_CHUNK = "app";
const firstLoads = new WeakMap<ChunkingContext, Set<string>>();
function firstLoadChunk(moduleId: string, ctx: ChunkingContext): string | null {
  let firstLoad = firstLoads.get(ctx);
  if (!firstLoad) {
    firstLoad = new Set<string>();
    const pending = [ENTRY];
    for (let id = pending.pop(); id !== undefined; id = pending.pop()) {
      if (firstLoad.has(id)) continue;
      firstLoad.add(id);
      pending.push(...(ctx.getModuleInfo(id)?.importedIds ?? []));
    }
    firstLoads.set(ctx, firstLoad);
  }
  return firstLoad.has(moduleId) ? FIRST_LOAD_CHUNK : null;
}

// BASE_PATH lets the site live under a sub-path (for example /maps/huawei-5g/).
export default defineConfig({
  base: process.env.BASE_PATH ?? "/",
  plugins: [
    react(),
    contentSecurityPolicy(),
    preloadData(),
    stylesheetFirst(),
    inlineStylesheet(),
    datasetFiles(),
  ],
  build: {
    target: "es2022",
    sourcemap: false,
    // One stylesheet for the whole app, inline in the page (inlineStylesheet). Split per chunk,
    // a lazy chunk that shares modules with the first load would fetch their styles again.
    cssCodeSplit: false,
    rolldownOptions: {
      output: { codeSplitting: { groups: [{ name: firstLoadChunk, debugName: "first load" }] } },
    },
  },
  test: {
    environment: "jsdom",
    include: ["tests/unit/**/*.test.ts", "tests/component/**/*.test.tsx"],
    setupFiles: ["tests/setup.ts"],
    // Above tests/setup.ts's 20 s wait, so a slow wait fails with its own message first.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    restoreMocks: true,
    unstubGlobals: true,
  },
});
