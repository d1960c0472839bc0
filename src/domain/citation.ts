import { formatDate } from "./dates";
import { SITE_TITLE } from "./map-picture";

export interface CitationInput {
  version: string;
  /** The dataset's date (YYYY-MM-DD). */
  updated: string;
  /** Absolute address of what is cited: the site, or a country's page. */
  url: string;
  /** The day the reader looked (YYYY-MM-DD). */
  accessed: string;
  /** Set to cite one country's entry rather than the whole dataset. */
  country?: { iso3: string; name: string };
}

export interface Citations {
  apa: string;
  chicago: string;
  bibtex: string;
}

/** "November 25, 2026": APA and Chicago write US-style dates. */
function usDate(date: string): string {
  const [day, month, year] = formatDate(date).split(" ");
  return `${month} ${day}, ${year}`;
}

/** BibTeX keeps braces and backslashes special; titles here are plain, but names may not be. */
const bib = (text: string) => text.replace(/[{}\\]/g, "");

/**
 * Ready citations of the dataset or of one country's entry: APA 7 (data set, with a retrieval
 * date because the data change over time), Chicago (notes and bibliography) and BibTeX (@misc,
 * with version and urldate, which biblatex reads).
 */
export function citations(input: CitationInput): Citations {
  const year = input.updated.slice(0, 4);
  const author = SITE_TITLE;
  const entry = input.country ? `${input.country.name}` : SITE_TITLE;
  const container = input.country ? ` In ${SITE_TITLE}` : "";
  const apa = input.country
    ? `${author}. (${year}). ${entry}.${container} (Version ${input.version}) [Data set]. Retrieved ${usDate(input.accessed)}, from ${input.url}`
    : `${author}. (${year}). ${entry} (Version ${input.version}) [Data set]. Retrieved ${usDate(input.accessed)}, from ${input.url}`;
  const chicago = input.country
    ? `${author}. "${entry}." In ${SITE_TITLE}, dataset version ${input.version}. Updated ${usDate(input.updated)}. Accessed ${usDate(input.accessed)}. ${input.url}.`
    : `${author}. ${SITE_TITLE}. Dataset version ${input.version}. Updated ${usDate(input.updated)}. Accessed ${usDate(input.accessed)}. ${input.url}.`;
  const key = `huawei5gmap${year}${input.country ? input.country.iso3.toLowerCase() : ""}`;
  const fields: [string, string][] = [
    ["author", `{${author}}`],
    ["title", input.country ? `${bib(entry)}: Huawei 5G status` : bib(entry)],
    ...(input.country ? ([["howpublished", `In ${SITE_TITLE}`]] as [string, string][]) : []),
    ["year", year],
    ["version", input.version],
    ["url", input.url],
    ["urldate", input.accessed],
    ["note", `Dataset, updated ${input.updated}`],
  ];
  const bibtex = [
    `@misc{${key},`,
    ...fields.map(
      ([name, value], i) => `  ${name} = {${value}}${i < fields.length - 1 ? "," : ""}`,
    ),
    `}`,
  ].join("\n");
  return { apa, chicago, bibtex };
}

/** schema.org Dataset for the home page's JSON-LD (search engines' dataset index reads it). */
export function datasetJsonLd(input: {
  version: string;
  updated: string;
  url: string;
  description: string;
  license: string;
  distributions: { url: string; format: string }[];
}) {
  return {
    "@context": "https://schema.org",
    "@type": "Dataset",
    name: SITE_TITLE,
    description: input.description,
    url: input.url,
    version: input.version,
    dateModified: input.updated,
    temporalCoverage: `2018-01-01/${input.updated}`,
    spatialCoverage: "World",
    license: input.license,
    isAccessibleForFree: true,
    creator: { "@type": "Organization", name: SITE_TITLE, url: input.url },
    distribution: input.distributions.map((d) => ({
      "@type": "DataDownload",
      encodingFormat: d.format,
      contentUrl: d.url,
    })),
  };
}
