import ISO_CODES from "./iso-codes.json";

/**
 * Country codes and names come from libraries, never from a hand-typed table: the code table
 * is generated from i18n-iso-countries (scripts/build-iso-codes.ts), and the CLDR names that
 * every modern runtime ships (Intl.DisplayNames) give short, familiar English names ("Iran",
 * "Czechia"). Kosovo is the one exception: XKX/XK is user-assigned, not in ISO 3166-1.
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

let displayNames: Intl.DisplayNames | undefined;
const nameCache = new Map<string, string>();

export function countryName(iso3: string): string {
  const cached = nameCache.get(iso3);
  if (cached) return cached;
  let name: string = iso3;
  if (iso3 === KOSOVO.iso3) name = KOSOVO.name;
  else if (Object.hasOwn(CODES, iso3)) {
    displayNames ??= new Intl.DisplayNames(["en"], { type: "region" });
    name = displayNames.of(CODES[iso3]![0]) ?? iso3;
  }
  nameCache.set(iso3, name);
  return name;
}

/** The geometry names Kosovo but gives it no ISO number; everything else matches by number. */
export function iso3FromGeometry(id: string | number | undefined, name: string | undefined) {
  if (id !== undefined && id !== null && id !== "") return iso3FromNumeric(id);
  return name === KOSOVO.name ? KOSOVO.iso3 : undefined;
}
