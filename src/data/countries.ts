import isoCountries from "i18n-iso-countries";

/**
 * Country codes and names come from libraries, never from a hand-typed table:
 * i18n-iso-countries maps alpha-3 ⇄ alpha-2 ⇄ numeric, and the CLDR names that every modern
 * runtime ships (Intl.DisplayNames) give short, familiar English names ("Iran", "Czechia").
 * Kosovo is the one exception: XKX/XK is user-assigned, not in ISO 3166-1, so it is named here.
 */
const KOSOVO = { iso3: "XKX", iso2: "XK", name: "Kosovo" } as const;

export function isKnownIso3(code: string): boolean {
  return code === KOSOVO.iso3 || (/^[A-Z]{3}$/.test(code) && isoCountries.isValid(code));
}

export function iso3FromNumeric(numeric: string | number): string | undefined {
  return isoCountries.numericToAlpha3(String(numeric).padStart(3, "0"));
}

let displayNames: Intl.DisplayNames | undefined;
const nameCache = new Map<string, string>();

export function countryName(iso3: string): string {
  const cached = nameCache.get(iso3);
  if (cached) return cached;
  let name: string = iso3;
  if (iso3 === KOSOVO.iso3) name = KOSOVO.name;
  else {
    const iso2 = isoCountries.alpha3ToAlpha2(iso3);
    if (iso2) {
      displayNames ??= new Intl.DisplayNames(["en"], { type: "region" });
      name = displayNames.of(iso2) ?? iso3;
    }
  }
  nameCache.set(iso3, name);
  return name;
}

/** The geometry names Kosovo but gives it no ISO number; everything else matches by number. */
export function iso3FromGeometry(id: string | number | undefined, name: string | undefined) {
  if (id !== undefined && id !== null && id !== "") return iso3FromNumeric(id);
  return name === KOSOVO.name ? KOSOVO.iso3 : undefined;
}
