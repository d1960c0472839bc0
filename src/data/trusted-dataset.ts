/**
 * The build validates the dataset with the full schema (scripts/build-country-pages.ts) and
 * writes its SHA-256 into every page as <meta name="dataset-sha256">. A fetched dataset with
 * that digest is the file the build checked, so the browser can skip the schema (tens of ms on
 * a phone) and not even download it. Anything else (another file, a dev server, a browser
 * without Web Crypto) gets the full validation, and a bad file still gets its named error.
 */
export const DATASET_DIGEST_META = "dataset-sha256";
/** The same for the first-load statuses file (src/data/statuses.ts). */
export const STATUSES_DIGEST_META = "statuses-sha256";

/**
 * How the build writes a data file: its data serialised without spaces. The digest is of the
 * file's text as served (isBuiltText), so a file written this way and its data's digestText
 * hash alike.
 */
export const digestText = (json: unknown) => JSON.stringify(json);

function builtDigest(meta: string): string | null {
  if (typeof document === "undefined") return null;
  return document.querySelector<HTMLMetaElement>(`meta[name="${meta}"]`)?.content ?? null;
}

async function sha256Hex(text: string): Promise<string | null> {
  const subtle = globalThis.crypto?.subtle;
  // Web Crypto exists only in secure contexts (https, localhost).
  if (!subtle) return null;
  const bytes = new Uint8Array(await subtle.digest("SHA-256", new TextEncoder().encode(text)));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}

/**
 * True when `text`, a file as served, is exactly the file (by default the dataset) this page was
 * built with. The build writes every data file as `digestText` of its data, so the served text
 * is what the build hashed, and the browser need not serialise the data again (on the whole
 * dataset, a long task on a phone). A host that reformats the file only costs the validation.
 */
export async function isBuiltText(
  text: string,
  meta: string = DATASET_DIGEST_META,
): Promise<boolean> {
  const expected = builtDigest(meta);
  if (!expected) return false;
  return (await sha256Hex(text)) === expected;
}

/** True when `json` is exactly the file (by default the dataset) this page was built with. */
export function isBuildValidated(json: unknown, meta: string = DATASET_DIGEST_META) {
  return isBuiltText(digestText(json), meta);
}
