import type { LinkState } from "../view-state";
import { LINK_PARAM_TABLE, LINK_PARAMS } from "./parse";

/** State → query string, from the same table parseLink reads; defaults are left out. */
export function serializeLink(state: LinkState): string {
  const params = new URLSearchParams();
  for (const name of LINK_PARAMS) {
    const { field, write } = LINK_PARAM_TABLE[name];
    const value = write(state[field]);
    if (value !== null) params.set(name, value);
  }
  const search = params.toString().replace(/%2C/g, ",");
  return search ? `?${search}` : "";
}
