/**
 * Writes two committed tables the app, the build and the CLI read (`npm run iso-codes`):
 * - src/data/iso-codes.json, from i18n-iso-countries: alpha-3 → [alpha-2, numeric] for every
 *   ISO 3166-1 country. The library (about 7 KB gzip, most of it name data we don't use) stays
 *   out of the browser bundle; tests/unit/iso-codes.test.ts fails if it drifts from the library.
 * - src/data/country-names.json: alpha-3 → CLDR short English name, in alphabetical order
 *   (scripts/lib/iso-code-table.ts says why it is written here and not in the browser).
 */
import { writeFileSync } from "node:fs";
import { countryNameTable, isoCodeTable } from "./lib/iso-code-table.ts";

writeFileSync("src/data/iso-codes.json", `${JSON.stringify(isoCodeTable())}\n`);
writeFileSync("src/data/country-names.json", `${JSON.stringify(countryNameTable(), null, 1)}\n`);
console.log(
  `src/data/iso-codes.json and country-names.json: ${Object.keys(isoCodeTable()).length} countries`,
);
