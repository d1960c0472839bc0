/**
 * The README's figures (countries, events, sources) come from the dataset: this rewrites the
 * sentence, and tests/unit/readme.test.ts fails when it is out of date.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { readmeFigures, README_FIGURES } from "./lib/readme.ts";

const dataset = JSON.parse(readFileSync("public/data/huawei-5g.json", "utf8"));
const readme = readFileSync("README.md", "utf8");
if (!README_FIGURES.test(readme)) throw new Error("README.md has no figures sentence to update");
writeFileSync("README.md", readme.replace(README_FIGURES, readmeFigures(dataset)));
console.log(readmeFigures(dataset));
