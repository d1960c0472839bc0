/**
 * `npm run validate:data [file...]`: runs the app's own schema over dataset files and names
 * the file, the path of every bad field and the reason. Exits non-zero on any error.
 */
import { readFileSync } from "node:fs";
import { parseDataset } from "../src/data/schema.ts";
import { todayIso } from "../src/data/today.ts";

const files = process.argv.slice(2);
if (files.length === 0) files.push("public/data/huawei-5g.json");

let failed = false;
for (const file of files) {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    console.error(`${file}: cannot be read as JSON: ${(error as Error).message}`);
    failed = true;
    continue;
  }
  const result = parseDataset(json, todayIso());
  if (result.ok) {
    const { countries, events, sources } = result.data;
    console.log(
      `${file}: valid (${countries.length} countries, ${events.length} events, ${Object.keys(sources).length} sources)`,
    );
  } else {
    failed = true;
    console.error(`${file}: ${result.errors.length} error(s)`);
    for (const error of result.errors) console.error(`  ${error}`);
  }
}
process.exit(failed ? 1 : 0);
