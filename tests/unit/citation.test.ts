import { describe, expect, it } from "vitest";
import { citations } from "../../src/domain/citation";

const base = {
  version: "2026.11.25",
  updated: "2026-11-25",
  url: "https://example.org/",
  accessed: "2026-11-30",
};

describe("citations of the dataset", () => {
  const cites = citations(base);
  it("writes APA with year, version, data-set label, retrieval date and address", () =>
    expect(cites.apa).toBe(
      "Huawei 5G Policy Map. (2026). Huawei 5G Policy Map (Version 2026.11.25) [Data set]. Retrieved November 30, 2026, from https://example.org/",
    ));
  it("writes Chicago with version, update, access date and address", () =>
    expect(cites.chicago).toBe(
      "Huawei 5G Policy Map. Huawei 5G Policy Map. Dataset version 2026.11.25. Updated November 25, 2026. Accessed November 30, 2026. https://example.org/.",
    ));
  it("writes a BibTeX @misc entry with version, url and urldate", () => {
    expect(cites.bibtex.split("\n")[0]).toBe("@misc{huawei5gmap2026,");
    expect(cites.bibtex).toContain("  version = {2026.11.25},");
    expect(cites.bibtex).toContain("  url = {https://example.org/},");
    expect(cites.bibtex).toContain("  urldate = {2026-11-30},");
    expect(cites.bibtex.trim().endsWith("}")).toBe(true);
  });
});

describe("citations of a country's entry", () => {
  const cites = citations({
    ...base,
    url: "https://example.org/country/gbr/",
    country: { iso3: "GBR", name: "United Kingdom" },
  });
  it.each(["apa", "chicago", "bibtex"] as const)("%s names the country and its page", (style) => {
    expect(cites[style]).toContain("United Kingdom");
    expect(cites[style]).toContain("https://example.org/country/gbr/");
  });
  it("gives the entry its own BibTeX key", () =>
    expect(cites.bibtex.split("\n")[0]).toBe("@misc{huawei5gmap2026gbr,"));
});
