import { createHash } from "node:crypto";
import { afterEach, describe, expect, it } from "vitest";
import { DATASET_DIGEST_META, digestText, isBuildValidated } from "../../src/data/trusted-dataset";
import fixture from "../fixtures/small-dataset.json";

const digestOf = (json: unknown) => createHash("sha256").update(digestText(json)).digest("hex");

function pageNames(digest: string) {
  const meta = document.createElement("meta");
  meta.name = DATASET_DIGEST_META;
  meta.content = digest;
  document.head.append(meta);
}

afterEach(() => document.head.querySelector(`meta[name="${DATASET_DIGEST_META}"]`)?.remove());

describe("trusting the dataset the build validated", () => {
  it("trusts exactly the file whose digest the page names", async () => {
    pageNames(digestOf(fixture));
    expect(await isBuildValidated(structuredClone(fixture))).toBe(true);
  });

  it("does not trust a file that differs by one character", async () => {
    pageNames(digestOf(fixture));
    expect(await isBuildValidated({ ...fixture, version: "2099.01.01" })).toBe(false);
  });

  it("does not trust anything when the page names no digest (dev server, tests, other hosts)", async () => {
    expect(await isBuildValidated(fixture)).toBe(false);
  });
});
