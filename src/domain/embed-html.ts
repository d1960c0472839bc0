import { SITE_TITLE } from "./map-picture";

/** Default iframe size: the embed fits 320×480 to 1920×1080 and reports its height. */
export const EMBED_SIZE = { width: 640, height: 520 } as const;

/** The iframe that shows an embed link; the same in the Share dialog and in oEmbed answers. */
export function embedIframe(embedUrl: string): string {
  const src = embedUrl.replace(/&/g, "&amp;").replace(/"/g, "&quot;");
  return `<iframe src="${src}" title="${SITE_TITLE}" width="100%" height="${EMBED_SIZE.height}" style="border:0;max-width:100%" loading="lazy"></iframe>`;
}

/**
 * An oEmbed 1.0 "rich" answer (https://oembed.com/): a CMS that finds it through the page's
 * discovery link pastes `html` (the iframe alone: CMSes strip scripts from oEmbed html).
 */
export function oembedJson(input: {
  title: string;
  embedUrl: string;
  siteUrl: string;
  thumbnail: string;
}) {
  return {
    version: "1.0",
    type: "rich",
    title: input.title,
    provider_name: SITE_TITLE,
    provider_url: input.siteUrl,
    width: EMBED_SIZE.width,
    height: EMBED_SIZE.height,
    html: embedIframe(input.embedUrl),
    thumbnail_url: input.thumbnail,
    thumbnail_width: 1200,
    thumbnail_height: 630,
    cache_age: 86400,
  };
}
