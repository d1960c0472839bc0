import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import fixture from "../fixtures/small-dataset.json";
import { json, renderApp, renderDashboard } from "./render-app";

describe("the map dashboard", () => {
  it("colours every country with data by its status at the latest date", async () => {
    const { map } = await renderDashboard();
    await waitFor(() =>
      expect(map.querySelector('[data-iso3="AUS"]')).toHaveAttribute("data-status", "ban"),
    );
    expect(map.querySelector('[data-iso3="GBR"]')).toHaveAttribute("data-status", "ban");
    expect(map.querySelector('[data-iso3="FRA"]')).toHaveAttribute("data-status", "restricted");
    expect(map.querySelector('[data-iso3="BRA"]')).toHaveAttribute("data-status", "no_data");
  });

  it("gives small states a clickable marker", async () => {
    const { map } = await renderDashboard();
    await waitFor(() =>
      expect(map.querySelector('circle[data-iso3="MLT"]')).toHaveAttribute(
        "data-status",
        "partner",
      ),
    );
    for (const iso3 of ["SGP", "BHR", "LUX"])
      expect(map.querySelector(`circle[data-iso3="${iso3}"]`)).not.toBeNull();
    // A plain click: d3-zoom's mousedown handler needs a real window view, which jsdom lacks.
    fireEvent.click(map.querySelector('circle[data-iso3="MLT"]')!);
    expect(await screen.findByTestId("country-panel")).toHaveAttribute("data-iso3", "MLT");
  });

  it("opens a country's story with its dated history and source links", async () => {
    await renderDashboard();
    const list = screen.getByRole("region", { name: /Countries/ });
    await userEvent.click(within(list).getByRole("button", { name: /United Kingdom/ }));
    const panel = await screen.findByTestId("country-panel");
    expect(panel).toHaveAttribute("data-iso3", "GBR");
    expect(within(panel).getByRole("heading", { name: "United Kingdom" })).toBeInTheDocument();
    const history = within(panel).getByRole("heading", { name: "Status history" })
      .nextElementSibling as HTMLElement;
    expect(
      within(history)
        .getAllByRole("time")
        .map((t) => t.getAttribute("datetime")),
    ).toEqual(["2018-12-01", "2020-01-28", "2022-10-13", "2024-03-01"]);
    const link = within(panel).getByRole("link", { name: /High risk vendor Huawei/ });
    expect(link).toHaveAttribute("href", expect.stringMatching(/^https:\/\//));
    expect(window.location.search).toBe("?country=gbr");
  });

  it("filters the list and fades filtered-out countries on the map", async () => {
    const { map } = await renderDashboard();
    const filter = await screen.findByTestId("status-filter");
    await userEvent.click(within(filter).getByRole("checkbox", { name: /Restricted/ }));
    expect(window.location.search).toBe("?status=restricted");
    const list = screen.getByRole("region", { name: /Countries/ });
    expect(
      within(list)
        .getAllByRole("button")
        .map((b) => b.textContent),
    ).toEqual([expect.stringContaining("France")]);
    expect(map.querySelector('[data-iso3="AUS"]')).toHaveClass("is-faded");
    expect(map.querySelector('[data-iso3="FRA"]')).not.toHaveClass("is-faded");
  });

  it("applies a link's filter and selection, and names a bad value in a notice", async () => {
    await renderDashboard("?country=zzz&status=ban&region=europe");
    expect(await screen.findByText(/Ignored the link's "country" value "zzz"/)).toBeInTheDocument();
    expect(screen.queryByTestId("country-panel")).toBeNull();
    expect(
      screen.getByTestId("status-filter").querySelector<HTMLInputElement>('input[value="ban"]')!
        .checked,
    ).toBe(true);
    expect(window.location.search).toBe("?status=ban&region=europe");
  });

  it("toggles a category from the legend", async () => {
    await renderDashboard();
    await userEvent.click(screen.getByRole("button", { name: /^Banned 2 countries/ }));
    expect(window.location.search).toBe("?status=ban");
  });

  it("shows the same data as a sortable table", async () => {
    renderApp("?view=table");
    const table = await screen.findByRole("table");
    const firstColumn = () =>
      within(table)
        .getAllByRole("rowheader")
        .map((cell) => cell.textContent);
    expect(firstColumn()).toEqual(["Australia", "Canada", "France", "Malta", "United Kingdom"]);
    await userEvent.click(within(table).getByRole("button", { name: /Country/ }));
    expect(firstColumn()[0]).toBe("United Kingdom");
    expect(within(table).getByRole("columnheader", { name: /Country/ })).toHaveAttribute(
      "aria-sort",
      "descending",
    );
  });

  it("moves between countries with the arrow keys and selects with Enter", async () => {
    const { map } = await renderDashboard();
    await waitFor(() =>
      expect(map.querySelector('[data-iso3="AUS"]')).toHaveAttribute("tabindex", "0"),
    );
    (map.querySelector('[data-iso3="AUS"]') as SVGElement).focus();
    await userEvent.keyboard("{ArrowRight}");
    expect(document.activeElement).toHaveAttribute("data-iso3", "CAN");
    await userEvent.keyboard("{Enter}");
    expect(await screen.findByTestId("country-panel")).toHaveAttribute("data-iso3", "CAN");
    await userEvent.keyboard("{Escape}");
    await waitFor(() => expect(screen.queryByTestId("country-panel")).toBeNull());
  });
});

describe("when loading fails", () => {
  it("shows a named error and recovers on Retry after a failed fetch", async () => {
    let fail = true;
    renderApp("", {
      dataset: () =>
        fail
          ? new Response("down", { status: 503, statusText: "Service Unavailable" })
          : json(fixture),
    });
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("Could not load the dataset");
    expect(alert).toHaveTextContent("503");
    fail = false;
    await userEvent.click(within(alert).getByRole("button", { name: "Retry" }));
    expect(await screen.findByTestId("world-map")).toBeInTheDocument();
  });

  it("names the bad field of a corrupt dataset", async () => {
    const corrupt = structuredClone(fixture);
    corrupt.countries[0]!.history[0]!.status = "banned";
    renderApp("", { dataset: () => json(corrupt) });
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("Could not load the dataset");
    expect(alert).toHaveTextContent("failed validation");
    expect(alert).toHaveTextContent("countries.0.history.0.status");
  });

  it("names a bad source in the details, which the story loads after the map", async () => {
    const corrupt = structuredClone(fixture);
    corrupt.countries[0]!.history[0]!.sources = ["missing-source"];
    await renderDashboard(`?country=${corrupt.countries[0]!.iso3.toLowerCase()}`, {
      details: () => json(corrupt),
    });
    const story = await screen.findByTestId("country-panel");
    const alert = await within(story).findByRole("alert");
    expect(alert).toHaveTextContent("Could not load the sources and notes");
    expect(alert).toHaveTextContent(
      'countries.0.history.0.sources.0: unknown source id "missing-source"',
    );
  });

  it("shows the story's status at once, says the details are loading, and recovers them on Retry", async () => {
    let answer: (response: Response) => void = () => undefined;
    const pending = () => new Promise<Response>((resolve) => (answer = resolve));
    let details: () => Promise<Response> = pending;
    await renderDashboard("?country=gbr", { details: () => details() });
    const story = await screen.findByTestId("country-panel");
    expect(within(story).getByRole("heading", { name: "United Kingdom" })).toBeInTheDocument();
    expect(story.querySelector('[aria-busy="true"]')).toHaveTextContent(
      "Loading the summary, history and sources…",
    );
    answer(new Response("down", { status: 503, statusText: "Service Unavailable" }));
    const alert = await within(story).findByRole("alert");
    expect(alert).toHaveTextContent("Could not load the sources and notes");
    expect(alert).toHaveTextContent("503");
    expect(screen.getByTestId("world-map")).toBeInTheDocument();
    details = async () => json(fixture);
    await userEvent.click(within(alert).getByRole("button", { name: "Retry" }));
    const gbr = fixture.countries.find((c) => c.iso3 === "GBR")!;
    expect(await within(story).findByText(gbr.summary)).toBeInTheDocument();
    expect(within(story).queryByRole("alert")).toBeNull();
  });

  it("keeps the panel working when only the map geometry fails", async () => {
    renderApp("", {
      geometry: () => new Response("gone", { status: 404, statusText: "Not Found" }),
    });
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("Could not load the world map");
    expect(within(alert).getByRole("button", { name: "Retry" })).toBeInTheDocument();
    expect(await screen.findByRole("region", { name: /Countries/ })).toBeInTheDocument();
  });
});
