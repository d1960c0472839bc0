import { defaultLinkState, type LinkState } from "../view-state";

/** State → query string. Defaults are left out so the plainest view has the plainest link. */
export function serializeLink(state: LinkState): string {
  const defaults = defaultLinkState();
  const params = new URLSearchParams();
  if (state.selectedIso3) params.set("country", state.selectedIso3.toLowerCase());
  if (state.date) params.set("date", state.date);
  if (state.since) params.set("since", state.since);
  if (state.statuses.length) params.set("status", state.statuses.join(","));
  if (state.region) params.set("region", state.region);
  if (state.query) params.set("q", state.query);
  if (state.eventId) params.set("event", state.eventId);
  if (state.view !== defaults.view) params.set("view", state.view);
  if (state.mode === "embed") params.set("embed", "1");
  if (state.mode === "present") params.set("present", "1");
  if (state.theme) params.set("theme", state.theme);
  if (state.plain) params.set("plain", "1");
  const search = params.toString().replace(/%2C/g, ",");
  return search ? `?${search}` : "";
}
