import fc from "fast-check";
import isoCountries from "i18n-iso-countries";
import { describe, expect, it } from "vitest";
import { isKnownIso3 } from "../../src/data/countries";
import { CATEGORY_IDS, REGION_IDS, isCalendarDate } from "../../src/data/schema";
import {
  LINK_PARAM_TABLE,
  LINK_PARAMS,
  parseLink,
  type LinkContext,
} from "../../src/state/url/parse";
import { serializeLink } from "../../src/state/url/serialize";
import { defaultLinkState, type LinkState } from "../../src/state/view-state";

/**
 * Properties of the one link parser, checked on generated links: whatever a link says, the app
 * gets a complete, valid state; nothing is dropped or changed without a notice; one bad value
 * never costs the rest of the link; and every valid state survives a trip through a link.
 */

const EVENT_IDS = ["meng-arrest", "uk-ban-2020"];
const context: LinkContext = {
  eventIds: new Set(EVENT_IDS),
  span: { start: "2018-08-13", end: "2026-11-25" },
};
const parse = (search: string) => parseLink(search, context);

type ParamName = (typeof LINK_PARAMS)[number];

// ---------------------------------------------------------------------------------------------
// What a valid state is, written independently of the parser.

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const oneOf = (values: readonly string[], value: unknown) =>
  typeof value === "string" && values.includes(value);
const inSpan = (value: unknown) =>
  typeof value === "string" &&
  isCalendarDate(value) &&
  value >= context.span.start &&
  value <= context.span.end;

function problemsWith(state: LinkState): string[] {
  const problems: string[] = [];
  const check = (ok: boolean, what: string) => ok || problems.push(what);
  check(Object.getPrototypeOf(state) === Object.prototype, "prototype");
  check(
    JSON.stringify(Object.keys(state).sort()) ===
      JSON.stringify(Object.keys(defaultLinkState()).sort()),
    `keys ${Object.keys(state).join(",")}`,
  );
  check(
    state.selectedIso3 === null ||
      (typeof state.selectedIso3 === "string" && isKnownIso3(state.selectedIso3)),
    "selectedIso3",
  );
  check(state.date === null || inSpan(state.date), "date");
  check(state.since === null || inSpan(state.since), "since");
  check(
    Array.isArray(state.statuses) &&
      state.statuses.every((id) => oneOf(CATEGORY_IDS, id)) &&
      new Set(state.statuses).size === state.statuses.length,
    "statuses",
  );
  check(state.region === null || oneOf(REGION_IDS, state.region), "region");
  check(typeof state.query === "string" && state.query.length <= 100, "query");
  check(state.eventId === null || oneOf(EVENT_IDS, state.eventId), "eventId");
  check(oneOf(["map", "table"], state.view), "view");
  check(oneOf(["full", "embed", "present"], state.mode), "mode");
  check(state.theme === null || oneOf(["light", "dark", "auto"], state.theme), "theme");
  check(typeof state.plain === "boolean", "plain");
  check(typeof state.patterns === "boolean", "patterns");
  check(Number.isFinite(state.zoom) && state.zoom >= 1 && state.zoom <= 8, "zoom");
  check(
    state.center === null ||
      (state.center.length === 2 && state.center.every((v) => v >= 0 && v <= 800)),
    "center",
  );
  return problems;
}

// ---------------------------------------------------------------------------------------------
// Generators.

const ISO3_CODES = [...Object.keys(isoCountries.getAlpha3Codes()), "XKX"].sort();
const SPAN_DATE = fc
  .date({
    min: new Date(`${context.span.start}T00:00:00Z`),
    max: new Date(`${context.span.end}T00:00:00Z`),
    noInvalidDate: true,
  })
  .map((d) => d.toISOString().slice(0, 10));

/** Values people and attackers put in links, beyond what random strings reach quickly. */
const HOSTILE_FRAGMENTS = [
  "",
  " ",
  "__proto__",
  "constructor",
  "prototype",
  "toString",
  "hasOwnProperty",
  "<script>alert(1)</script>",
  "<img src=x onerror=alert(1)>",
  '"><svg onload=alert(1)>',
  "javascript:alert(document.cookie)",
  "data:text/html,<b>x</b>",
  "\u202Egbr",
  "g\u200Bbr",
  "\uFEFFgbr",
  "ıta", // dotless i: upper-cases to "ITA"
  "ſwe", // long s: upper-cases to "SWE"
  "ＧＢＲ", // full-width letters
  "gbr\u0000",
  "2019-06-30\u200B",
  "２０１９-06-30",
  "2019-02-29",
  "+002019-06-30",
  "ban,,ban, restricted ,__proto__",
  "1 ",
  "true",
  "0",
  "NaN",
  "Infinity",
  "-1",
  "😀".repeat(60),
  "a".repeat(99) + "😀",
  "x".repeat(201),
  "x".repeat(10_000),
];

const CONTRACT_VALUES = [
  "gbr",
  "GBR",
  "xkx",
  "2019-06-30",
  "2018-08-13",
  "2026-11-25",
  "ban",
  "ban,restricted",
  "europe",
  "Asia-Pacific",
  "meng-arrest",
  "table",
  "map",
  "1",
  "light",
  "dark",
  "auto",
  "2.5",
  "8",
  "412.3,98.1",
  "0,0",
];

const anyValue = fc.oneof(
  fc.constantFrom(...HOSTILE_FRAGMENTS, ...CONTRACT_VALUES),
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.string({ unit: "grapheme", maxLength: 40 }),
  fc.string({ maxLength: 250 }),
  fc.mixedCase(fc.constantFrom(...CONTRACT_VALUES, ...ISO3_CODES.slice(0, 30))),
  fc
    .tuple(fc.constantFrom(...HOSTILE_FRAGMENTS, ...CONTRACT_VALUES), fc.string({ maxLength: 5 }))
    .map(([a, b]) => a + b),
);

/** Raw `%XX` runs: random bytes are mostly not valid UTF-8. */
const percentGarbage = fc
  .array(
    fc.oneof(
      fc.integer({ min: 0, max: 255 }).map((b) => `%${b.toString(16).padStart(2, "0")}`),
      fc.constantFrom("%", "%E0%A4%A", "%ZZ", "%%", "%u202E", "%00", "%ED%A0%80", "%C0%AF"),
      fc.string({ unit: "grapheme-ascii", maxLength: 3 }).map((s) => s.replace(/[&=#]/g, "")),
    ),
    { maxLength: 12 },
  )
  .map((parts) => parts.join(""));

const paramName = fc.constantFrom(...LINK_PARAMS);
const anyKey = fc.oneof(
  paramName,
  fc.mixedCase(paramName),
  fc.constantFrom("__proto__", "constructor", "prototype", "toString", "", "country[]", "q "),
  fc.string({ maxLength: 10 }),
);

/** One `key=value` part, written any way a link might carry it (encoded, raw or broken). */
const anyPart = fc.oneof(
  fc.tuple(anyKey, anyValue).map(([k, v]) => `${safeEncode(k)}=${safeEncode(v)}`),
  fc.tuple(anyKey, anyValue).map(([k, v]) => `${k}=${v}`),
  fc.tuple(anyKey, percentGarbage).map(([k, v]) => `${safeEncode(k)}=${v}`),
  anyKey,
);
const anySearch = fc.oneof(
  fc.array(anyPart, { maxLength: 12 }).map((parts) => `?${parts.join("&")}`),
  fc.string({ unit: "binary", maxLength: 200 }),
  fc.webQueryParameters().map((q) => `?${q}`),
);

/** encodeURIComponent throws on a lone surrogate; such a value then goes in raw. */
function safeEncode(value: string): string {
  try {
    return encodeURIComponent(value);
  } catch {
    return value;
  }
}

const validState: fc.Arbitrary<LinkState> = fc.record({
  selectedIso3: fc.option(fc.constantFrom(...ISO3_CODES), { nil: null }),
  date: fc.option(SPAN_DATE, { nil: null }),
  since: fc.option(SPAN_DATE, { nil: null }),
  statuses: fc.shuffledSubarray([...CATEGORY_IDS]),
  region: fc.option(fc.constantFrom(...REGION_IDS), { nil: null }),
  query: fc
    .oneof(
      fc.string({ unit: "binary", maxLength: 100 }),
      fc.string({ unit: "grapheme", maxLength: 60 }),
      fc.constantFrom(...HOSTILE_FRAGMENTS),
    )
    .filter((q) => q.length <= 100 && !LONE_SURROGATE.test(q)),
  eventId: fc.option(fc.constantFrom(...EVENT_IDS), { nil: null }),
  view: fc.constantFrom("map" as const, "table" as const),
  mode: fc.constantFrom("full" as const, "embed" as const, "present" as const),
  theme: fc.constantFrom(null, "light" as const, "dark" as const, "auto" as const),
  plain: fc.boolean(),
  patterns: fc.boolean(),
  zoom: fc.oneof(
    fc.constant(1),
    fc.integer({ min: 100, max: 800 }).map((n) => n / 100),
  ),
  center: fc.option(
    fc
      .tuple(fc.integer({ min: 0, max: 8000 }), fc.integer({ min: 0, max: 8000 }))
      .map(([x, y]) => [x / 10, y / 10] as const),
    { nil: null },
  ),
});

// ---------------------------------------------------------------------------------------------
// What a value for one parameter means when it is used as given.

const FIELD: Record<ParamName, keyof LinkState> = Object.fromEntries(
  LINK_PARAMS.map((name) => [name, LINK_PARAM_TABLE[name].field]),
) as Record<ParamName, keyof LinkState>;

/** True when the parsed state took `value` for `name` as the link wrote it (case aside). */
function tookAsWritten(name: ParamName, value: string, state: LinkState): boolean {
  switch (name) {
    case "country":
      return state.selectedIso3?.toLowerCase() === value.trim().toLowerCase();
    case "status": {
      const ids = [...new Set(value.split(",").map((s) => s.trim()))].filter(Boolean);
      return JSON.stringify(state.statuses) === JSON.stringify(ids);
    }
    case "region":
      return state.region === value.toLowerCase();
    case "embed":
    case "present":
      return state.mode === (name === "embed" ? "embed" : "present");
    case "plain":
      return state.plain;
    case "patterns":
      return state.patterns;
    case "zoom":
      return state.zoom === Number(value);
    case "center":
      return state.center?.join(",") === value.split(",").map(Number).join(",");
    default:
      return state[FIELD[name]] === value;
  }
}

/** A state with `name`'s field at its default, so its link leaves `name` out. */
function without(state: LinkState, name: ParamName): LinkState {
  const defaults = defaultLinkState();
  const field = FIELD[name];
  return { ...state, [field]: defaults[field] };
}

const RUNS = { numRuns: 400 };

describe("parseLink on arbitrary links", () => {
  it("never throws and always returns a complete, valid state", () =>
    fc.assert(
      fc.property(anySearch, (search) => {
        const { state, notices } = parse(search);
        expect(problemsWith(state)).toEqual([]);
        expect(notices.every((n) => typeof n === "string" && n.length < 400)).toBe(true);
      }),
      { numRuns: 1500 },
    ));

  it("never changes Object.prototype, whatever the keys", () =>
    fc.assert(
      fc.property(anySearch, (search) => {
        parse(search);
        expect(Object.keys(Object.prototype)).toEqual([]);
        expect(({} as Record<string, unknown>).country).toBeUndefined();
      }),
      RUNS,
    ));

  it("uses a value as written, or says in a notice naming the parameter what it did", () =>
    fc.assert(
      fc.property(paramName, anyValue, (name, value) => {
        const { state, notices } = parse(`?${name}=${safeEncode(value)}`);
        if (notices.length === 0) expect(tookAsWritten(name, value, state)).toBe(true);
        else expect(notices.every((n) => n.includes(`"${name}"`))).toBe(true);
      }),
      { numRuns: 2000 },
    ));

  it("keeps every valid parameter when another one in the link is bad", () =>
    fc.assert(
      fc.property(
        validState,
        paramName,
        fc.oneof(anyValue.map(safeEncode), percentGarbage),
        fc.nat(),
        (state, name, value, at) => {
          const base = name === "embed" || name === "present" ? { ...state, mode: "full" } : state;
          const others = without(base as LinkState, name);
          const parts = serializeLink(others).replace(/^\?/, "").split("&").filter(Boolean);
          parts.splice(at % (parts.length + 1), 0, `${name}=${value}`);
          const parsed = parse(`?${parts.join("&")}`).state;
          const field = FIELD[name];
          expect({ ...parsed, [field]: others[field] }).toEqual(others);
        },
      ),
      RUNS,
    ));

  it("ignores duplicated and unknown keys without losing the valid parameters", () =>
    fc.assert(
      fc.property(
        validState,
        fc.array(fc.tuple(anyKey, anyValue), { maxLength: 6 }),
        (state, extras) => {
          const link = serializeLink(state);
          const known = new Set<string>(LINK_PARAMS);
          // Extra parts go after the real ones: for a repeated key the first one counts.
          const tail = extras
            .filter(([key]) => !known.has(key) || link.includes(`${key}=`))
            .map(([key, value]) => `${safeEncode(key)}=${safeEncode(value)}`);
          const parsed = parse([link || "?", ...tail].join("&"));
          expect(parsed.state).toEqual(state);
        },
      ),
      RUNS,
    ));
});

describe("serializeLink and parseLink", () => {
  it("round-trip every valid state without a notice", () =>
    fc.assert(
      fc.property(validState, (state) => {
        const parsed = parse(serializeLink(state));
        expect(parsed.notices).toEqual([]);
        expect(parsed.state).toEqual(state);
      }),
      { numRuns: 1000 },
    ));

  it("give a link that parses to itself (the address bar settles at once)", () =>
    fc.assert(
      fc.property(anySearch, (search) => {
        const once = serializeLink(parse(search).state);
        expect(serializeLink(parse(once).state)).toBe(once);
      }),
      RUNS,
    ));
});
