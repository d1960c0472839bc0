import { describe, expect, it } from "vitest";
import isoCountries from "i18n-iso-countries";
import ISO_CODES from "../../src/data/iso-codes.json";
import COUNTRY_NAMES from "../../src/data/country-names.json";
import {
  compareCountryNames,
  countryName,
  isKnownIso3,
  iso3FromGeometry,
  iso3FromNumeric,
} from "../../src/data/countries";
import { isoCodeTable } from "../../scripts/lib/iso-code-table";

describe("the ISO code table", () => {
  it("matches the installed i18n-iso-countries (run scripts/build-iso-codes.ts if not)", () => {
    expect(ISO_CODES).toEqual(isoCodeTable());
  });
  it.each(["GBR", "USA", "CHN", "XKX"])("knows %s", (code) => expect(isKnownIso3(code)).toBe(true));
  it.each(["ABC", "gbr", "__proto__", "toString", ""])("rejects %j", (code) =>
    expect(isKnownIso3(code)).toBe(false),
  );
  it("agrees with the library on every alpha-3 code", () => {
    for (const alpha3 of Object.keys(isoCountries.getAlpha3Codes()))
      expect(isKnownIso3(alpha3)).toBe(true);
  });
});

describe("the country name table", () => {
  const codes = Object.keys(COUNTRY_NAMES);
  it("names every ISO country and Kosovo, once each", () => {
    expect(new Set(codes)).toEqual(new Set([...Object.keys(ISO_CODES), "XKX"]));
    expect(codes).toHaveLength(Object.keys(ISO_CODES).length + 1);
    for (const name of Object.values(COUNTRY_NAMES)) expect(name).toMatch(/\p{L}/u);
  });
  it("is in English alphabetical order (run scripts/build-iso-codes.ts if not)", () => {
    const names = Object.values(COUNTRY_NAMES);
    expect(names).toEqual([...names].sort(new Intl.Collator("en").compare));
  });
  it("sorts codes by name: accents and case as a reader expects, unknown codes last", () => {
    expect(["HRV", "CZE", "CIV", "ZZZ", "ALA", "ALB"].sort(compareCountryNames)).toEqual([
      "ALA", // Åland Islands
      "ALB",
      "CIV", // Côte d'Ivoire
      "HRV", // Croatia
      "CZE",
      "ZZZ",
    ]);
  });
});

describe("country names and geometry ids", () => {
  it.each([
    ["TWN", "Taiwan"],
    ["IRN", "Iran"],
    ["CZE", "Czechia"],
    ["XKX", "Kosovo"],
    ["GBR", "United Kingdom"],
  ])("names %s %s", (code, name) => expect(countryName(code)).toBe(name));
  it("maps ISO numbers, with or without leading zeros", () => {
    expect(iso3FromNumeric("036")).toBe("AUS");
    expect(iso3FromNumeric(36)).toBe("AUS");
  });
  it("maps the atlas's Kosovo, which has a name but no number", () => {
    expect(iso3FromGeometry(undefined, "Kosovo")).toBe("XKX");
    expect(iso3FromGeometry(undefined, "N. Cyprus")).toBeUndefined();
  });
});
