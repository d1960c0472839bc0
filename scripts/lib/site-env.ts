import { siteAddress } from "./page-html.ts";

/** Where the build writes, and the site's public address (SITE_URL joined with BASE_PATH). */
export const DIST = process.env.DIST_DIR ?? "dist";
export const DEFAULT_SITE_URL = "https://huawei-5g-map.example.org";
export const site = siteAddress(
  process.env.SITE_URL ?? DEFAULT_SITE_URL,
  process.env.BASE_PATH ?? "/",
);
/** The site's path on its host ("/" or "/maps/huawei-5g/"). */
export const basePath = new URL(site).pathname;
