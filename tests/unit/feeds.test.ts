import { describe, expect, it } from "vitest";
import { atomFeed, notFoundScript, oembedFor, pageAlternates } from "../../scripts/lib/reuse-files";
import { fixtureDataset } from "../fixtures/fixture-dataset";

const SITE = "https://example.org/maps/";
const ATOM = "http://www.w3.org/2005/Atom";
const { dataset } = fixtureDataset();

/** jsdom's DOMParser in XML mode is a conforming XML parser: bad markup gives <parsererror>. */
function parseXml(text: string) {
  const doc = new DOMParser().parseFromString(text, "application/xml");
  expect(doc.getElementsByTagName("parsererror")).toHaveLength(0);
  return doc;
}

const entries = (doc: Document) =>
  [...doc.getElementsByTagNameNS(ATOM, "entry")].map((entry) => ({
    id: entry.getElementsByTagNameNS(ATOM, "id")[0]?.textContent,
    updated: entry.getElementsByTagNameNS(ATOM, "updated")[0]?.textContent ?? "",
    link: entry.getElementsByTagNameNS(ATOM, "link")[0]?.getAttribute("href"),
    content: entry.getElementsByTagNameNS(ATOM, "content")[0]?.textContent ?? "",
  }));

describe("the site-wide Atom feed", () => {
  const doc = parseXml(atomFeed(dataset, SITE, null));
  const list = entries(doc);

  it("is an Atom feed that links to itself", () => {
    expect(doc.documentElement.namespaceURI).toBe(ATOM);
    expect(doc.documentElement.localName).toBe("feed");
    const self = [...doc.documentElement.children].find(
      (n) => n.localName === "link" && n.getAttribute("rel") === "self",
    );
    expect(self?.getAttribute("href")).toBe(`${SITE}feed.xml`);
  });

  it("has every history entry and every event, newest first, each dated", () => {
    const total =
      dataset.countries.reduce((n, c) => n + c.history.length, 0) + dataset.events.length;
    expect(list).toHaveLength(Math.min(total, 100));
    const dates = list.map((e) => e.updated);
    expect(dates.every((d) => /^\d{4}-\d{2}-\d{2}T/.test(d))).toBe(true);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(new Set(list.map((e) => e.id)).size).toBe(list.length);
  });

  it("links each status change to its country's page and its sources", () => {
    const country = dataset.countries.find((c) => c.history.length > 0)!;
    const entry = country.history[0]!;
    const item = list.find((e) => e.id?.endsWith(`${country.iso3.toLowerCase()}/${entry.date}`))!;
    expect(item.link).toBe(`${SITE}country/${country.iso3.toLowerCase()}/?date=${entry.date}`);
    for (const id of entry.sources) expect(item.content).toContain(dataset.sources[id]!.url);
  });
});

describe("a country's Atom feed", () => {
  it("has only that country's changes and the events that touched it", () => {
    const country = dataset.countries.find((c) => c.history.length > 0)!;
    const list = entries(parseXml(atomFeed(dataset, SITE, country.iso3)));
    const touching = dataset.events.filter((e) => e.countries.includes(country.iso3));
    expect(list).toHaveLength(country.history.length + touching.length);
  });
});

describe("discovery and oEmbed", () => {
  it("offers the site feed, the country's feed and the page's oEmbed answer", () => {
    expect(pageAlternates(SITE, "GBR").map((l) => [l.type, l.href])).toEqual([
      ["application/atom+xml", `${SITE}feed.xml`],
      ["application/atom+xml", `${SITE}country/gbr/feed.xml`],
      ["application/json+oembed", `${SITE}country/gbr/oembed.json`],
    ]);
  });

  it("answers oEmbed with an iframe of the country's embed", () => {
    const answer = JSON.parse(oembedFor(SITE, "GBR"));
    expect(answer).toMatchObject({ version: "1.0", type: "rich", provider_url: SITE });
    const iframe = new DOMParser()
      .parseFromString(answer.html, "text/html")
      .querySelector("iframe")!;
    expect(iframe.getAttribute("src")).toBe(`${SITE}?country=gbr&embed=1`);
    expect(answer.thumbnail_url).toBe(`${SITE}country/gbr/preview.png`);
  });
});

describe("the 404 page's redirect", () => {
  const run = (pathname: string, pages = ["GBR"]) => {
    const replaced: string[] = [];
    const location = {
      pathname,
      search: "?date=2020-01-01",
      hash: "",
      replace: (u: string) => replaced.push(u),
    };
    new Function("location", notFoundScript(pages))(location);
    return replaced;
  };
  it.each([
    ["/country/GBR/", ["/country/gbr/?date=2020-01-01"]],
    ["/maps/country/Gbr", ["/maps/country/gbr/?date=2020-01-01"]],
    ["/country/GBR/index.html", ["/country/gbr/?date=2020-01-01"]],
    ["/country/XYZ/", []],
    ["/country/gbr/", []],
    ["/elsewhere/", []],
  ])("sends %s to %j", (pathname, expected) => expect(run(pathname)).toEqual(expected));
});
