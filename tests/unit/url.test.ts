import { describe, expect, it } from "vitest";
import { parseLink, quoteValue, type LinkContext } from "../../src/state/url/parse";
import { serializeLink } from "../../src/state/url/serialize";
import { addressFor, searchWithPathCountry } from "../../src/state/url/sync";
import { defaultLinkState, type LinkState } from "../../src/state/view-state";

const context: LinkContext = {
  eventIds: new Set(["meng-arrest"]),
  span: { start: "2018-08-13", end: "2026-11-25" },
};
const parse = (search: string) => parseLink(search, context);

describe("country", () => {
  it("accepts a known code in any case", () =>
    expect(parse("?country=gbr").state.selectedIso3).toBe("GBR"));
  it("accepts Kosovo's user-assigned code", () =>
    expect(parse("?country=xkx").state.selectedIso3).toBe("XKX"));
  it("is null when missing, without a notice", () => expect(parse("").notices).toEqual([]));
  it("ignores an unknown code with a notice naming it", () => {
    const { state, notices } = parse("?country=zzz");
    expect(state.selectedIso3).toBeNull();
    expect(notices).toEqual([expect.stringContaining('"zzz"')]);
  });
});

describe("date and since", () => {
  it.each(["date", "since"] as const)("%s accepts a real date inside the data", (name) => {
    const { state } = parse(`?${name}=2019-06-30`);
    expect(state[name]).toBe("2019-06-30");
  });
  it.each([
    ["2019-02-30", "not a real calendar date"],
    ["2019-6-3", "YYYY-MM-DD"],
    ["yesterday", "YYYY-MM-DD"],
    ["2010-01-01", "outside the data"],
    ["2030-01-01", "outside the data"],
  ])("ignores %s with a notice", (value, reason) => {
    const { state, notices } = parse(`?date=${value}`);
    expect(state.date).toBeNull();
    expect(notices[0]).toContain(reason);
  });
});

describe("status", () => {
  it("accepts a comma list of category ids", () =>
    expect(parse("?status=ban,restricted").state.statuses).toEqual(["ban", "restricted"]));
  it("keeps the known ids of a partly bad list and names the rest", () => {
    const { state, notices } = parse("?status=ban,bogus");
    expect(state.statuses).toEqual(["ban"]);
    expect(notices[0]).toContain('"bogus"');
  });
  it("ignores a list with no known id", () =>
    expect(parse("?status=x,y").state.statuses).toEqual([]));
  it("drops repeated ids", () => expect(parse("?status=ban,ban").state.statuses).toEqual(["ban"]));
});

describe("theme", () => {
  it.each(["light", "dark", "auto"])("accepts %s", (theme) =>
    expect(parse(`?embed=1&theme=${theme}`).state.theme).toBe(theme),
  );
  it("is null when missing", () => expect(parse("?embed=1").state.theme).toBeNull());
  it("ignores another value with a notice naming it", () => {
    const { state, notices } = parse("?embed=1&theme=blue");
    expect(state.theme).toBeNull();
    expect(notices).toEqual([expect.stringContaining('"blue"')]);
  });
});

describe("plain", () => {
  it("turns on with 1", () => expect(parse("?embed=1&plain=1").state.plain).toBe(true));
  it("is off when missing", () => expect(parse("?embed=1").state.plain).toBe(false));
  it("ignores another value with a notice", () => {
    const { state, notices } = parse("?embed=1&plain=yes");
    expect(state.plain).toBe(false);
    expect(notices).toEqual([expect.stringContaining('"plain"')]);
  });
  it("round-trips with the theme in the embed link", () =>
    expect(serializeLink(parse("?embed=1&theme=dark&plain=1").state)).toBe(
      "?embed=1&theme=dark&plain=1",
    ));
});

describe("patterns", () => {
  it("turns on with 1", () => expect(parse("?patterns=1").state.patterns).toBe(true));
  it("is off when missing", () => expect(parse("?country=gbr").state.patterns).toBe(false));
  it("ignores another value with a notice", () => {
    const { state, notices } = parse("?patterns=on");
    expect(state.patterns).toBe(false);
    expect(notices).toEqual([expect.stringContaining('"patterns"')]);
  });
  it("round-trips, and is left out when off", () => {
    expect(serializeLink(parse("?country=gbr&patterns=1").state)).toBe("?country=gbr&patterns=1");
    expect(serializeLink(parse("?country=gbr").state)).toBe("?country=gbr");
  });
});

describe("zoom", () => {
  it.each([
    ["2", 2],
    ["2.5", 2.5],
    ["3.25", 3.25],
    ["8", 8],
  ])("accepts %s", (raw, zoom) => expect(parse(`?zoom=${raw}`).state.zoom).toBe(zoom));
  it("is 1 (the world) when missing, without a notice", () => {
    expect(parse("").state.zoom).toBe(1);
    expect(parse("").notices).toEqual([]);
  });
  it.each([
    ["0.5", "outside the zoom range"],
    ["9", "outside the zoom range"],
    ["2.125", "at most two decimals"],
    ["-2", "at most two decimals"],
    ["1e1", "at most two decimals"],
    ["NaN", "at most two decimals"],
    ["two", "at most two decimals"],
  ])("ignores %s with a notice saying why", (raw, reason) => {
    const { state, notices } = parse(`?zoom=${raw}&country=gbr`);
    expect(state.zoom).toBe(1);
    expect(state.selectedIso3).toBe("GBR");
    expect(notices).toEqual([expect.stringContaining(reason)]);
  });
  it("writes two decimals at most and leaves the world view out", () => {
    expect(serializeLink({ ...defaultLinkState(), zoom: 2.3456 })).toBe("?zoom=2.35");
    expect(serializeLink({ ...defaultLinkState(), zoom: 1.001 })).toBe("");
  });
});

describe("center", () => {
  it("accepts a map point x,y", () =>
    expect(parse("?zoom=4&center=412.3,98.1").state.center).toEqual([412.3, 98.1]));
  it("is null (the middle of the map) when missing", () =>
    expect(parse("?zoom=4").state.center).toBeNull());
  it.each([
    ["412.34,98.1", "at most one decimal"],
    ["412", "written x,y"],
    ["-4,98", "written x,y"],
    ["50.1N,6.1E", "written x,y"],
    ["900,98", "outside the map"],
  ])("ignores %s with a notice saying why", (raw, reason) => {
    const { state, notices } = parse(`?zoom=4&center=${raw}`);
    expect(state.center).toBeNull();
    expect(state.zoom).toBe(4);
    expect(notices).toEqual([expect.stringContaining(reason)]);
  });
  it("round-trips with the zoom, rounded to a tenth of a map unit", () => {
    const state = { ...defaultLinkState(), zoom: 4, center: [412.345, 98.06] as const };
    expect(serializeLink(state)).toBe("?zoom=4&center=412.3,98.1");
    expect(parse(serializeLink(state)).state).toEqual({ ...state, center: [412.3, 98.1] });
  });
});

describe("region, q, event, view, embed, present", () => {
  it("accepts a region id", () => expect(parse("?region=europe").state.region).toBe("europe"));
  it("ignores an unknown region", () => expect(parse("?region=mars").notices).toHaveLength(1));
  it("keeps search text as text", () =>
    expect(parse("?q=%3Cb%3Eital").state.query).toBe("<b>ital"));
  it("accepts a known event", () =>
    expect(parse("?event=meng-arrest").state.eventId).toBe("meng-arrest"));
  it("ignores an unknown event", () => expect(parse("?event=nope").state.eventId).toBeNull());
  it("opens the table view", () => expect(parse("?view=table").state.view).toBe("table"));
  it("opens the embed view", () => expect(parse("?embed=1").state.mode).toBe("embed"));
  it("opens the presentation view", () => expect(parse("?present=1").state.mode).toBe("present"));
  it("prefers embed when both are asked for, and says so", () => {
    const { state, notices } = parse("?embed=1&present=1");
    expect(state.mode).toBe("embed");
    expect(notices).toHaveLength(1);
  });
});

describe("hostile links", () => {
  it("uses the first of a repeated parameter and says so", () => {
    const { state, notices } = parse("?country=fra&country=deu");
    expect(state.selectedIso3).toBe("FRA");
    expect(notices).toHaveLength(1);
  });
  it("ignores a 10 000 character value and keeps the rest of the link", () => {
    const { state, notices } = parse(`?q=${"a".repeat(10_000)}&country=gbr`);
    expect(state.query).toBe("");
    expect(state.selectedIso3).toBe("GBR");
    expect(notices[0]).toContain("10000 characters");
  });
  it("survives a broken percent-escape and keeps the rest", () => {
    const { state, notices } = parse("?q=%E0%A4%A&country=gbr");
    expect(state.selectedIso3).toBe("GBR");
    expect(notices).toHaveLength(1);
  });
  it("does not let __proto__ touch the state", () => {
    const { state } = parse("?__proto__=x&constructor=y&country=gbr");
    expect(Object.getPrototypeOf(state)).toBe(Object.prototype);
    expect(state.selectedIso3).toBe("GBR");
  });
  it("ignores a country code that only upper-cases to a real one (ſwe, ıta)", () => {
    for (const value of ["ſwe", "ıta", "ＧＢＲ"]) {
      const { state, notices } = parse(`?country=${encodeURIComponent(value)}`);
      expect(state.selectedIso3).toBeNull();
      expect(notices).toEqual([expect.stringContaining(`"${value}"`)]);
    }
  });
  it("cuts search text over 100 characters with a notice, never inside an emoji", () => {
    const { state, notices } = parse(`?q=${"a".repeat(99)}${encodeURIComponent("😀")}`);
    expect(state.query).toBe("a".repeat(99));
    expect(notices).toEqual([expect.stringContaining('"q"')]);
    expect(serializeLink(state)).toBe(`?q=${"a".repeat(99)}`);
  });
  it("quotes control and bidi characters harmlessly and shortens long values", () => {
    expect(quoteValue("a\u202Eb\u0000")).toBe('"a�b�"');
    expect(quoteValue("x".repeat(100))).toHaveLength(43);
  });
});

describe("serializeLink", () => {
  it("writes nothing for the default view", () =>
    expect(serializeLink(defaultLinkState())).toBe(""));
  it("writes readable parameters", () => {
    const state: LinkState = {
      ...defaultLinkState(),
      selectedIso3: "GBR",
      statuses: ["ban", "restricted"],
      date: "2019-06-30",
    };
    expect(serializeLink(state)).toBe("?country=gbr&date=2019-06-30&status=ban,restricted");
  });
  it.each<Partial<LinkState>>([
    { selectedIso3: "FRA" },
    { date: "2020-01-01", since: "2019-01-01" },
    { statuses: ["partner"], region: "africa", query: "côte d'ivoire & co" },
    { eventId: "meng-arrest", view: "table" },
    { mode: "embed" },
    { mode: "present", selectedIso3: "XKX" },
  ])("round-trips %o", (partial) => {
    const state = { ...defaultLinkState(), ...partial };
    const parsed = parse(serializeLink(state));
    expect(parsed.notices).toEqual([]);
    expect(parsed.state).toEqual(state);
  });
});

describe("per-country pages", () => {
  it("selects the country of a /country/<iso3>/ path", () =>
    expect(searchWithPathCountry("/country/gbr/", "")).toBe("?country=gbr"));
  it("keeps the rest of the link", () =>
    expect(searchWithPathCountry("/maps/country/fra/", "?date=2020-01-01")).toBe(
      "?country=fra&date=2020-01-01",
    ));
  it("lets the link's own country win", () =>
    expect(searchWithPathCountry("/country/gbr/", "?country=fra")).toBe("?country=fra"));
  it("leaves other paths alone", () => expect(searchWithPathCountry("/", "?q=x")).toBe("?q=x"));
});

describe("the path written back to the address bar", () => {
  it.each([
    ["//", "/"],
    ["///x/", "/x/"],
    ["//country/gbr/", "/"],
    ["/maps/", "/maps/"],
  ])("writes %j as %j, never a scheme-relative URL", (pathname, expected) =>
    expect(addressFor(pathname, defaultLinkState(), () => false).path).toBe(expected),
  );
});

describe("the address while the app runs", () => {
  const hasPage = (iso3: string) => iso3 === "GBR" || iso3 === "FRA";
  const at = (selectedIso3: string | null, date: string | null = null): LinkState => ({
    ...defaultLinkState(),
    selectedIso3,
    date,
  });
  it.each([
    ["a country page keeps its address", "/country/gbr/", at("GBR"), "/country/gbr/", ""],
    [
      "a country page keeps the other parameters",
      "/maps/country/gbr/",
      at("GBR", "2020-01-01"),
      "/maps/country/gbr/",
      "?date=2020-01-01",
    ],
    [
      "selecting another country moves to its page",
      "/country/gbr/",
      at("FRA"),
      "/country/fra/",
      "",
    ],
    [
      "a country without a page goes back to the app with ?country=",
      "/country/gbr/",
      at("DEU"),
      "/",
      "?country=deu",
    ],
    ["no selection goes back to the app", "/maps/country/gbr/", at(null), "/maps/", ""],
    ["another casing becomes the canonical page", "/country/GBR/", at("GBR"), "/country/gbr/", ""],
    ["index.html is dropped", "/country/gbr/index.html", at("GBR"), "/country/gbr/", ""],
    ["the home page keeps ?country=", "/maps/", at("GBR"), "/maps/", "?country=gbr"],
  ])("%s", (_name, pathname, state, path, search) => {
    expect(addressFor(pathname, state, hasPage)).toEqual({ path, search });
  });
});
