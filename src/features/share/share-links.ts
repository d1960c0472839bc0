import { embedIframe } from "../../domain/embed-html";
import type { LinkState, Mode } from "../../state/view-state";
import { serializeLink } from "../../state/url/serialize";

/**
 * The app's absolute address for a view in a mode (the base from Vite, so sub-paths work). A
 * selected country with its own page links to that page, whose preview card names the country;
 * the embed keeps `?country=`, since an iframe shows no card.
 */
export function viewUrl(
  origin: string,
  base: string,
  state: LinkState,
  mode: Mode,
  hasPage: (iso3: string) => boolean = () => false,
): string {
  const iso3 = state.selectedIso3;
  if (mode === "full" && iso3 && hasPage(iso3))
    return `${origin}${base}country/${iso3.toLowerCase()}/${serializeLink({ ...state, selectedIso3: null, mode })}`;
  return `${origin}${base}${serializeLink({ ...state, mode })}`;
}

export const HEIGHT_MESSAGE_TYPE = "huawei-5g-map:height";

/**
 * The code a site pastes to embed a view: the iframe, and a tiny listener that sets the
 * iframe's height from the embed's messages (only from our origin, only for that iframe).
 */
export function embedSnippet(embedUrl: string): string {
  const origin = new URL(embedUrl).origin;
  return [
    embedIframe(embedUrl),
    `<script>addEventListener("message",function(e){if(e.origin!==${JSON.stringify(origin)}||!e.data||e.data.type!=="${HEIGHT_MESSAGE_TYPE}")return;document.querySelectorAll("iframe").forEach(function(f){if(f.contentWindow===e.source)f.style.height=e.data.height+"px"})});</script>`,
  ].join("\n");
}
