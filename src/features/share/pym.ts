/**
 * Pym.js (used by many CMSes: WordPress plugins, Arc, Brightspot) sizes an iframe from string
 * messages "pym xPYMx <childId> xPYMx height xPYMx <px>". The parent names the child in the
 * iframe's address (?childId=…). The URL sync rewrites the address on start, so the id is read
 * when this module loads, before the app renders (app.tsx imports it statically).
 */
export const PYM_CHILD_ID: string | null =
  typeof window === "undefined"
    ? null
    : new URLSearchParams(window.location.search).get("childId") || null;

const DELIMITER = "xPYMx";

export function pymHeightMessage(childId: string, height: number): string {
  return ["pym", childId, "height", String(height)].join(DELIMITER);
}
