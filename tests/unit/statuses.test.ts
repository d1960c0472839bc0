import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { afterEach, describe, expect, it, vi } from "vitest";
import { fetchStatuses } from "../../src/data/dataset-query";
import { LoadError } from "../../src/data/fetch-json";
import { parseDataset, parseStatuses, type Dataset } from "../../src/data/schema";
import { statusesOf } from "../../src/data/statuses";
import { digestText, STATUSES_DIGEST_META } from "../../src/data/trusted-dataset";
import fixture from "../fixtures/small-dataset.json";

const published = JSON.parse(readFileSync("public/data/huawei-5g.json", "utf8")) as Dataset;
const DETAIL_KEYS = ["summary", "note", "description", "sources", "corrections"];

describe("the statuses file (the first load)", () => {
  it("holds every status, entry date and event title of the published dataset, and passes its schema", () => {
    const statuses = statusesOf(published);
    expect(parseStatuses(statuses, published.updated)).toEqual({ ok: true, data: statuses });
    expect(statuses.countries.map((c) => c.history.map((e) => [e.date, e.status]))).toEqual(
      published.countries.map((c) => c.history.map((e) => [e.date, e.status])),
    );
    expect(statuses.events.map((e) => e.title)).toEqual(published.events.map((e) => e.title));
  });

  it("leaves out summaries, notes, descriptions, sources and corrections", () => {
    const text = JSON.stringify(statusesOf(published));
    for (const key of DETAIL_KEYS) expect(text).not.toContain(`"${key}":`);
    expect(text.length).toBeLessThan(JSON.stringify(published).length / 3);
  });

  it("is refused under the same rules as the dataset, naming the field", () => {
    const c = fixture.countries.findIndex((country) => country.history.length > 1);
    const statuses = statusesOf(fixture as Dataset);
    statuses.countries[c]!.history[1]!.date = statuses.countries[c]!.history[0]!.date;
    const dataset = structuredClone(fixture);
    dataset.countries[c]!.history[1]!.date = dataset.countries[c]!.history[0]!.date;
    const path = `countries.${c}.history.1.date`;
    const errors = (r: { ok: boolean; errors?: string[] }) =>
      r.errors?.filter((e) => e.startsWith(path));
    expect(errors(parseStatuses(statuses))).toHaveLength(1);
    expect(errors(parseStatuses(statuses))).toEqual(errors(parseDataset(dataset)));
  });
});

describe("fetching the statuses file", () => {
  const bad = () => {
    const statuses = statusesOf(fixture as Dataset);
    (statuses.countries[0]!.history[0] as { status: string }).status = "banned";
    return statuses;
  };
  const serve = (body: unknown) =>
    vi.stubGlobal("fetch", async () => new Response(JSON.stringify(body)));
  const pageNames = (json: unknown) => {
    const meta = document.createElement("meta");
    meta.name = STATUSES_DIGEST_META;
    meta.content = createHash("sha256").update(digestText(json)).digest("hex");
    document.head.append(meta);
  };
  afterEach(() => document.head.querySelector(`meta[name="${STATUSES_DIGEST_META}"]`)?.remove());

  it("trusts the file the page names by digest, without the schema", async () => {
    const statuses = bad();
    pageNames(statuses);
    serve(statuses);
    expect(await fetchStatuses()).toEqual(statuses);
  });

  it("validates a file with the page's data but other formatting: the digest is of the served text", async () => {
    const statuses = bad();
    pageNames(statuses);
    vi.stubGlobal("fetch", async () => new Response(JSON.stringify(statuses, null, 2)));
    const error = await fetchStatuses().catch((e: unknown) => e);
    expect((error as LoadError).details.join("\n")).toContain("countries.0.history.0.status");
  });

  it("names a file that is not JSON", async () => {
    vi.stubGlobal("fetch", async () => new Response("<!doctype html>"));
    const error = await fetchStatuses().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LoadError);
    expect((error as LoadError).message).toMatch(/huawei-5g-statuses\.json is not valid JSON$/);
  });

  it("validates a file whose digest differs, and names the bad field", async () => {
    pageNames(statusesOf(fixture as Dataset));
    serve(bad());
    const error = await fetchStatuses().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LoadError);
    expect((error as LoadError).what).toBe("the dataset");
    expect((error as LoadError).details.join("\n")).toContain("countries.0.history.0.status");
  });
});
