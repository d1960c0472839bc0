/**
 * Writes src/data/iso-codes.json from i18n-iso-countries: alpha-3 → [alpha-2, numeric] for
 * every ISO 3166-1 country. The app and the CLI read codes from this one table, so the library
 * (about 7 KB gzip, most of it name data we don't use) stays out of the browser bundle.
 * Committed; tests/unit/iso-codes.test.ts fails if it drifts from the installed library.
 */
import { writeFileSync } from "node:fs";
import { isoCodeTable } from "./lib/iso-code-table.ts";

writeFileSync("src/data/iso-codes.json", `${JSON.stringify(isoCodeTable())}\n`);
console.log(`src/data/iso-codes.json: ${Object.keys(isoCodeTable()).length} countries`);
