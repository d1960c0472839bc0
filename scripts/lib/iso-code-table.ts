import isoCountries from "i18n-iso-countries";
import { compareCodePoints } from "../../src/data/ids.ts";

/** alpha-3 → [alpha-2, numeric], sorted by alpha-3, straight from i18n-iso-countries. */
export function isoCodeTable(): Record<string, [string, string]> {
  const table: Record<string, [string, string]> = {};
  for (const [numeric, alpha2] of Object.entries(isoCountries.getNumericCodes())) {
    const alpha3 = isoCountries.alpha2ToAlpha3(alpha2);
    if (alpha3) table[alpha3] = [alpha2, numeric];
  }
  return Object.fromEntries(Object.entries(table).sort(([a], [b]) => compareCodePoints(a, b)));
}

/** Kosovo is the one name not in CLDR's region list by its ISO code: XK is user-assigned. */
export const KOSOVO = { iso3: "XKX", name: "Kosovo" } as const;

/**
 * alpha-3 → short English name ("Iran", "Czechia"), from the CLDR names Node ships
 * (Intl.DisplayNames), listed in English alphabetical order (Intl.Collator). Written once at
 * authoring time, so every reader sees the same names whatever their browser's CLDR, and the
 * browser sorts by a name's place in this list instead of setting up ICU on the first load.
 */
export function countryNameTable(): Record<string, string> {
  const names = new Intl.DisplayNames(["en"], { type: "region" });
  const collator = new Intl.Collator("en");
  const entries: [string, string][] = Object.entries(isoCodeTable()).map(([alpha3, [alpha2]]) => [
    alpha3,
    names.of(alpha2) ?? alpha3,
  ]);
  entries.push([KOSOVO.iso3, KOSOVO.name]);
  return Object.fromEntries(entries.sort(([, a], [, b]) => collator.compare(a, b)));
}
