import { isKnownIso3 } from "../../data/countries";
import { FRAME_WIDTH, MAX_ZOOM, MIN_ZOOM } from "../../domain/camera";
import { CATEGORY_IDS, REGION_IDS, isCalendarDate } from "../../data/ids";
import type { CategoryId, RegionId } from "../../data/ids";
import {
  defaultLinkState,
  type EmbedTheme,
  type LinkState,
  type Mode,
  type View,
} from "../view-state";

/** What the link is checked against: values that only the dataset can confirm. */
export interface LinkContext {
  eventIds: ReadonlySet<string>;
  /** Earliest and latest allowed as-of dates. */
  span: { start: string; end: string };
}

type Parsed<T> =
  /** `partly` names what was dropped from a value that is still usable. */
  | { kind: "valid"; value: T; partly?: string }
  | { kind: "invalid"; reason: string }
  | { kind: "missing" };

type ParamName =
  | "country"
  | "date"
  | "since"
  | "status"
  | "q"
  | "region"
  | "event"
  | "view"
  | "embed"
  | "present"
  | "theme"
  | "plain"
  | "patterns"
  | "zoom"
  | "center";

const valid = <T>(value: T): Parsed<T> => ({ kind: "valid", value });
const invalid = (reason: string): Parsed<never> => ({ kind: "invalid", reason });

/** Longest value read at all; anything longer is hostile or broken. */
const MAX_VALUE_LENGTH = 200;
/** Longest search text kept; a longer one is cut, with a notice. */
const MAX_QUERY_LENGTH = 100;

function parseDateValue(raw: string, context: LinkContext): Parsed<string> {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(raw)) return invalid("is not a date written YYYY-MM-DD");
  if (!isCalendarDate(raw)) return invalid("is not a real calendar date");
  const { start, end } = context.span;
  if (raw < start || raw > end) return invalid(`is outside the data (${start} to ${end})`);
  return valid(raw);
}

/** A flag parameter that, when set, asks for one mode. */
const modeFlag =
  (mode: Mode): Parser<Mode> =>
  (raw) =>
    raw === "1" || raw === "true" ? valid(mode) : invalid('should be "1"');

type Parser<T> = (raw: string, context: LinkContext) => Parsed<T>;

/** One link parameter: the state field it sets, how to read it, and how to write it back. */
interface ParamSpec<F extends keyof LinkState> {
  field: F;
  parse: Parser<NonNullable<LinkState[F]>>;
  /** The parameter's text, or null to leave it out (the default, so plain views get plain links). */
  write(value: LinkState[F]): string | null;
}

type ParamTable = { [P in ParamName]: ParamSpec<keyof LinkState> };

const param = <F extends keyof LinkState>(spec: ParamSpec<F>) =>
  spec as unknown as ParamSpec<keyof LinkState>;

const orNull = (value: string | null) => value || null;

/** Rounds for a link: `round(2.345, 2)` is 2.35 (written "2.35"; 2.5 is written "2.5"). */
const round = (value: number, decimals: number) =>
  Math.round(value * 10 ** decimals) / 10 ** decimals;

/**
 * The one table of link parameters (CONTRACT.md): parseLink and serializeLink both iterate over
 * it, so a parameter cannot be read without being written, or written under another name. The
 * mapped type makes a parameter without an entry a compile error. `mode` is one field written
 * as two flags (`embed`, `present`): each writes itself only for its own mode.
 */
export const LINK_PARAM_TABLE: ParamTable = {
  country: param({
    field: "selectedIso3",
    // ASCII letters only before upper-casing: "ſwe" (long s) and "ıta" (dotless i) would
    // otherwise upper-case to SWE and ITA.
    parse: (raw) => {
      const code = raw.trim();
      return /^[a-z]{3}$/i.test(code) && isKnownIso3(code.toUpperCase())
        ? valid(code.toUpperCase())
        : invalid("is not a known ISO 3166-1 alpha-3 country code");
    },
    write: (iso3) => iso3?.toLowerCase() ?? null,
  }),
  date: param({ field: "date", parse: parseDateValue, write: orNull }),
  since: param({ field: "since", parse: parseDateValue, write: orNull }),
  status: param({
    field: "statuses",
    parse: (raw) => {
      const ids = raw
        .split(",")
        .map((s) => s.trim())
        .filter(Boolean);
      const unknown = ids.filter((id) => !(CATEGORY_IDS as readonly string[]).includes(id));
      if (ids.length === 0 || unknown.length === ids.length)
        return invalid(`has no known category (known: ${CATEGORY_IDS.join(", ")})`);
      const known = [...new Set(ids.filter((id) => !unknown.includes(id)))] as CategoryId[];
      if (unknown.length === 0) return valid(known);
      return {
        kind: "valid",
        value: known,
        partly: `unknown ${unknown.length === 1 ? "category" : "categories"} ${unknown.map(quoteValue).join(", ")}`,
      };
    },
    write: (statuses) => (statuses.length ? statuses.join(",") : null),
  }),
  region: param({
    field: "region",
    parse: (raw) =>
      (REGION_IDS as readonly string[]).includes(raw.toLowerCase())
        ? valid(raw.toLowerCase() as RegionId)
        : invalid(`is not a region (known: ${REGION_IDS.join(", ")})`),
    write: orNull,
  }),
  q: param({
    field: "query",
    parse: (raw) => {
      if (raw.length <= MAX_QUERY_LENGTH) return valid(raw);
      // Cut between code points: half an emoji is a lone surrogate, which no link can carry back.
      const kept = raw.slice(0, MAX_QUERY_LENGTH).replace(/[\uD800-\uDBFF]$/, "");
      return {
        kind: "valid",
        value: kept,
        partly: `the text after its first ${kept.length} characters`,
      };
    },
    write: orNull,
  }),
  event: param({
    field: "eventId",
    parse: (raw, context) =>
      context.eventIds.has(raw) ? valid(raw) : invalid("is not an event in the data"),
    write: orNull,
  }),
  view: param({
    field: "view",
    parse: (raw) =>
      raw === "table" || raw === "map" ? valid(raw as View) : invalid('should be "map" or "table"'),
    write: (view) => (view === defaultLinkState().view ? null : view),
  }),
  embed: param({
    field: "mode",
    parse: modeFlag("embed"),
    write: (m) => (m === "embed" ? "1" : null),
  }),
  present: param({
    field: "mode",
    parse: modeFlag("present"),
    write: (m) => (m === "present" ? "1" : null),
  }),
  // Embed options (docs/embed.md): the colour scheme, and the map with its legend alone.
  theme: param({
    field: "theme",
    parse: (raw) =>
      raw === "light" || raw === "dark" || raw === "auto"
        ? valid(raw as EmbedTheme)
        : invalid('should be "light", "dark" or "auto"'),
    write: orNull,
  }),
  plain: param({
    field: "plain",
    parse: (raw) => (raw === "1" || raw === "true" ? valid(true) : invalid('should be "1"')),
    write: (plain) => (plain ? "1" : null),
  }),
  // A pattern per category over its colour (src/domain/patterns.ts); pictures and print have it anyway.
  patterns: param({
    field: "patterns",
    parse: (raw) => (raw === "1" || raw === "true" ? valid(true) : invalid('should be "1"')),
    write: (patterns) => (patterns ? "1" : null),
  }),
  // The map's camera (src/domain/camera.ts). The centre is in the map's own units (the build's
  // projected frame, FRAME_WIDTH wide), not longitude and latitude: the camera works in those
  // units, they are the same on every screen size, and the browser needs no projection code to
  // read them. A change of projection would move old links' centres; docs/links.md says so.
  zoom: param({
    field: "zoom",
    parse: (raw) => {
      if (!/^\d{1,2}(\.\d{1,2})?$/.test(raw))
        return invalid("is not a zoom factor written like 2 or 2.5 (at most two decimals)");
      const zoom = Number(raw);
      return zoom >= MIN_ZOOM && zoom <= MAX_ZOOM
        ? valid(zoom)
        : invalid(`is outside the zoom range (${MIN_ZOOM} to ${MAX_ZOOM})`);
    },
    write: (zoom) => (Math.round(zoom * 100) === 100 * MIN_ZOOM ? null : String(round(zoom, 2))),
  }),
  center: param({
    field: "center",
    parse: (raw) => {
      const match = /^(\d{1,3}(?:\.\d)?),(\d{1,3}(?:\.\d)?)$/.exec(raw);
      if (!match) return invalid("is not a map point written x,y (map units, at most one decimal)");
      const point = [Number(match[1]), Number(match[2])] as const;
      return point.every((v) => v <= FRAME_WIDTH)
        ? valid(point)
        : invalid(`is outside the map (0 to ${FRAME_WIDTH})`);
    },
    write: (center) => (center ? center.map((v) => round(v, 1)).join(",") : null),
  }),
};

export const LINK_PARAMS = Object.keys(LINK_PARAM_TABLE) as ParamName[];

/** Control and bidi characters could disguise a value; notices show them as a replacement mark. */
const DISGUISING_CHARACTERS =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069]/g;

/** Shows a raw value safely and briefly inside a notice (it is rendered as text, never HTML). */
export function quoteValue(raw: string): string {
  const printable = raw.replace(DISGUISING_CHARACTERS, "�");
  return `"${printable.length > 40 ? `${printable.slice(0, 40)}…` : printable}"`;
}

function readParam(
  params: URLSearchParams,
  name: ParamName,
  context: LinkContext,
  notices: string[],
) {
  const values = params.getAll(name);
  if (values.length === 0) return undefined;
  if (values.length > 1)
    notices.push(`The link gives "${name}" ${values.length} times; only the first was used.`);
  const raw = values[0]!;
  if (raw.length > MAX_VALUE_LENGTH) {
    notices.push(`The link's "${name}" value is ${raw.length} characters long and was ignored.`);
    return undefined;
  }
  const parsed = LINK_PARAM_TABLE[name].parse(raw, context);
  if (parsed.kind === "invalid") {
    notices.push(`Ignored the link's "${name}" value ${quoteValue(raw)}: it ${parsed.reason}.`);
    return undefined;
  }
  if (parsed.kind === "valid" && parsed.partly)
    notices.push(`Ignored ${parsed.partly} in the link's "${name}"; the rest applies.`);
  return parsed.kind === "valid" ? parsed.value : undefined;
}

/** Decodes a query string leniently: a broken %-escape must not throw away the whole link. */
function toParams(search: string, notices: string[]): URLSearchParams {
  const params = new URLSearchParams();
  for (const part of search.replace(/^\?/, "").split("&")) {
    if (!part) continue;
    const eq = part.indexOf("=");
    const rawKey = eq === -1 ? part : part.slice(0, eq);
    const rawValue = eq === -1 ? "" : part.slice(eq + 1);
    try {
      params.append(
        decodeURIComponent(rawKey.replace(/\+/g, " ")),
        decodeURIComponent(rawValue.replace(/\+/g, " ")),
      );
    } catch {
      notices.push(
        `Ignored a part of the link that is not valid percent-encoding: ${quoteValue(part)}.`,
      );
    }
  }
  return params;
}

export interface ParsedLink {
  state: LinkState;
  notices: string[];
}

/** Turns a query string into a full link state; every bad value becomes one notice and is dropped. */
export function parseLink(search: string, context: LinkContext): ParsedLink {
  const notices: string[] = [];
  const params = toParams(search, notices);
  const state = defaultLinkState() as unknown as Record<keyof LinkState, unknown>;
  for (const name of LINK_PARAMS) {
    if (name === "embed" || name === "present") continue;
    const value = readParam(params, name, context, notices);
    if (value !== undefined) state[LINK_PARAM_TABLE[name].field] = value;
  }
  const embed = readParam(params, "embed", context, notices);
  const present = readParam(params, "present", context, notices);
  if (embed && present)
    notices.push('The link asks for both "embed" and "present"; showing the embed view.');
  state.mode = embed ?? present ?? state.mode;
  return { state: state as unknown as LinkState, notices };
}
