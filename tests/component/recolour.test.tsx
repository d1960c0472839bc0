import { fireEvent, screen, waitFor } from "@testing-library/react";
import { beforeEach, describe, expect, it, vi } from "vitest";
import fixture from "../fixtures/small-dataset.json";
import type { Dataset } from "../../src/data/schema";
import { daysBetween, datasetSpan } from "../../src/domain/dates";
import { statusColor } from "../../src/domain/palette";
import { renderDashboard } from "./render-app";

/**
 * Render counters around the map's own components, keeping each one's memo comparison: a count
 * is a call of the component's function, that is a render React did not skip.
 */
const renders = vi.hoisted(() => ({ map: 0, shapes: [] as string[] }));

type Props = { iso3?: string };
type Component = ((props: Props) => unknown) & {
  type?: (props: Props) => unknown;
  compare?: ((a: unknown, b: unknown) => boolean) | null;
};
async function counted<T>(component: T, onRender: (props: Props) => void): Promise<T> {
  const { memo } = await import("react");
  const { type, compare } = component as Component;
  const inner = type ?? (component as Component);
  const counting = (props: Props) => {
    onRender(props);
    return inner(props);
  };
  return (type ? memo(counting as never, compare ?? undefined) : counting) as T;
}

vi.mock("../../src/features/map/world-map", async (importOriginal) => {
  const original = await importOriginal<typeof import("../../src/features/map/world-map")>();
  return {
    ...original,
    WorldMap: await counted(original.WorldMap, () => (renders.map += 1)),
  };
});

vi.mock("../../src/features/map/country-shape", async (importOriginal) => {
  const original = await importOriginal<typeof import("../../src/features/map/country-shape")>();
  const onShape = (props: Props) => renders.shapes.push(props.iso3!);
  return {
    ...original,
    CountryShape: await counted(original.CountryShape, onShape),
    SmallStateMarker: await counted(original.SmallStateMarker, onShape),
  };
});

const span = datasetSpan(fixture as unknown as Dataset);
const stepTo = (date: string) =>
  fireEvent.change(screen.getByRole("slider", { name: "As of" }), {
    target: { value: String(daysBetween(span.start, date)) },
  });
const shape = (map: HTMLElement, iso3: string) => map.querySelector(`[data-iso3="${iso3}"]`)!;

beforeEach(() => {
  renders.map = 0;
  renders.shapes = [];
});

describe("a date step", () => {
  it("with no status change re-renders neither the map nor any country shape", async () => {
    const { map } = await renderDashboard("?date=2019-01-01");
    const before = shape(map, "GBR").getAttribute("aria-label");
    renders.map = 0;
    renders.shapes = [];
    stepTo("2019-01-02");
    expect(screen.getByTestId("as-of-date")).toHaveAttribute("datetime", "2019-01-02");
    expect(renders.map).toBe(0);
    expect(renders.shapes).toEqual([]);
    // The map's name carries the date it shows.
    expect(map.getAttribute("aria-label")).toMatch(/ on 2 January 2019\./);
    expect(shape(map, "GBR")).toHaveAttribute("data-status", "under_review");
    expect(shape(map, "GBR").getAttribute("aria-label")).toBe(before);
  });

  it("re-renders only the shapes whose status changed, with their new fill, status and label", async () => {
    const { map } = await renderDashboard("?date=2020-01-27");
    const gbr = shape(map, "GBR");
    expect(gbr).toHaveAttribute("data-status", "under_review");
    // The Europe inset (drawn a frame after the map) shows the same states.
    const inset = await waitFor(() => {
      const drawn = map.querySelector('[data-inset-iso3="GBR"]');
      expect(drawn).not.toBeNull();
      return drawn!;
    });
    expect(inset).toHaveAttribute("fill", statusColor("under_review"));
    const label = gbr.getAttribute("aria-label");
    renders.map = 0;
    renders.shapes = [];
    stepTo("2020-01-28");
    expect(renders.map).toBe(0);
    expect(renders.shapes).toEqual(["GBR"]);
    expect(gbr).toHaveAttribute("data-status", "restricted");
    expect(gbr).toHaveAttribute("fill", statusColor("restricted"));
    expect(gbr.getAttribute("aria-label")).not.toBe(label);
    expect(gbr.getAttribute("aria-label")).toMatch(/Restricted/);
    expect(map.getAttribute("aria-label")).toMatch(/ on 28 January 2020\./);
    expect(inset).toHaveAttribute("fill", statusColor("restricted"));
  });

  it("keeps the filter's fading and the selection right across a status change", async () => {
    const { map } = await renderDashboard("?date=2020-01-27&status=restricted&country=gbr");
    const gbr = shape(map, "GBR");
    expect(gbr).toHaveAttribute("data-faded", "true");
    expect(gbr).toHaveAttribute("aria-pressed", "true");
    stepTo("2020-01-28");
    expect(gbr).not.toHaveAttribute("data-faded");
    expect(gbr).toHaveAttribute("aria-pressed", "true");
    expect(shape(map, "AUS")).toHaveAttribute("data-faded", "true");
  });
});
