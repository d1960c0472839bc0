import isoCountries from "i18n-iso-countries";

/** alpha-3 → [alpha-2, numeric], sorted by alpha-3, straight from i18n-iso-countries. */
export function isoCodeTable(): Record<string, [string, string]> {
  const table: Record<string, [string, string]> = {};
  for (const [numeric, alpha2] of Object.entries(isoCountries.getNumericCodes())) {
    const alpha3 = isoCountries.alpha2ToAlpha3(alpha2);
    if (alpha3) table[alpha3] = [alpha2, numeric];
  }
  return Object.fromEntries(Object.entries(table).sort(([a], [b]) => a.localeCompare(b)));
}
