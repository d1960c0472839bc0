import { existsSync, readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { README_FIGURES, readmeFigures } from "../../scripts/lib/readme";

const readme = readFileSync("README.md", "utf8");

describe("README.md", () => {
  it("states the dataset's figures (npm run readme:figures rewrites them)", () => {
    const dataset = JSON.parse(readFileSync("public/data/huawei-5g.json", "utf8"));
    const stated = README_FIGURES.exec(readme)?.[0].replace(/\s+/g, " ");
    expect(stated).toBe(readmeFigures(dataset));
  });

  it("links only to files inside the repository", () => {
    const targets = [...readme.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1]!);
    expect(targets.length).toBeGreaterThan(0);
    const root = resolve(".");
    for (const target of targets) {
      const file = resolve(dirname("README.md"), target.split("#")[0]!);
      expect(target, "an outside link").not.toMatch(/^[a-z]+:/i);
      expect(file.startsWith(`${root}/`), `${target} leaves the repository`).toBe(true);
      expect(existsSync(file), `${target} does not exist`).toBe(true);
    }
  });
});
