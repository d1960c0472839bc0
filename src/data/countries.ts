import ISO_CODES from "./iso-codes.json";
import COUNTRY_NAMES from "./country-names.json";
import { compareCodePoints } from "./ids";

/**
 * Country codes and names come from libraries, never from a hand-typed table, through two
 * tables scripts/build-iso-codes.ts writes: codes from i18n-iso-countries, and CLDR's short,
 * familiar English names ("Iran", "Czechia") in alphabetical order. Written there rather than
 * asked of the browser's Intl, whose setup cost 20–30 ms of the first load (issue 12), and
 * whose names vary with the reader's browser. Kosovo is the one exception: XKX/XK is
 * user-assigned, not in ISO 3166-1.
 */
const KOSOVO = { iso3: "XKX", iso2: "XK", name: "Kosovo" } as const;
const CODES = ISO_CODES as unknown as Record<string, [alpha2: string, numeric: string]>;
const BY_NUMERIC = new Map(Object.entries(CODES).map(([alpha3, [, numeric]]) => [numeric, alpha3]));

export function isKnownIso3(code: string): boolean {
  return code === KOSOVO.iso3 || Object.hasOwn(CODES, code);
}

export function iso3FromNumeric(numeric: string | number): string | undefined {
  return BY_NUMERIC.get(String(numeric).padStart(3, "0"));
}

const NAMES = COUNTRY_NAMES as Record<string, string>;
const NAME_RANK = new Map(Object.keys(NAMES).map((iso3, rank) => [iso3, rank]));

/** The country's short English name; an unknown code stands for itself. */
export function countryName(iso3: string): string {
  return Object.hasOwn(NAMES, iso3) ? NAMES[iso3]! : iso3;
}

/** Orders codes by their names, alphabetically in English; unknown codes sort last. */
export function compareCountryNames(a: string, b: string): number {
  return (NAME_RANK.get(a) ?? Infinity) - (NAME_RANK.get(b) ?? Infinity) || compareCodePoints(a, b);
}

/** The geometry names Kosovo but gives it no ISO number; everything else matches by number. */
export function iso3FromGeometry(id: string | number | undefined, name: string | undefined) {
  if (id !== undefined && id !== null && id !== "") return iso3FromNumeric(id);
  return name === KOSOVO.name ? KOSOVO.iso3 : undefined;
}
