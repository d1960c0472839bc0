import { formatDate } from "../../src/domain/dates";
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import fixture from "../fixtures/small-dataset.json";
import { sortEvents } from "../../src/domain/events";
import { fixtureDataset } from "../fixtures/fixture-dataset";
import { renderDashboard } from "./render-app";

const asOf = () => screen.getByTestId("as-of-date").getAttribute("datetime");

describe("the Share / embed dialog", () => {
  it("offers the link to the view and an iframe snippet for its embed", async () => {
    await renderDashboard("?country=gbr");
    await userEvent.click(screen.getByRole("button", { name: "Share / embed" }));
    // The dialog is a lazy chunk: one generous wait for it to load on a busy machine.
    const dialog = await screen.findByRole(
      "dialog",
      { name: "Share or embed this view" },
      { timeout: 10_000 },
    );
    expect(within(dialog).getByLabelText("Link to this view")).toHaveValue(
      "http://localhost:3000/country/gbr/",
    );
    const snippet = (within(dialog).getByLabelText("Embed code") as HTMLTextAreaElement).value;
    // The embed does not fit a selection itself: it keeps the camera the link opened with.
    expect(snippet).toContain(
      '<iframe src="http://localhost:3000/?country=gbr&amp;embed=1&amp;zoom=8&amp;center=396.2,46.1"',
    );
    for (const format of ["SVG", "PNG", "CSV", "JSON"])
      expect(
        within(dialog).getByRole("button", { name: `Download ${format}` }),
      ).toBeInTheDocument();
  });

  it("copies the link, or says how to copy it when the clipboard is refused", async () => {
    await renderDashboard();
    await userEvent.click(screen.getByRole("button", { name: "Share / embed" }));
    const writeText = vi
      .fn()
      .mockResolvedValueOnce(undefined)
      .mockRejectedValueOnce(new Error("denied"));
    Object.defineProperty(navigator, "clipboard", { value: { writeText }, configurable: true });
    const copy = await screen.findByRole(
      "button",
      { name: "Copy link to this view" },
      { timeout: 10_000 },
    );
    fireEvent.click(copy);
    expect(await screen.findByText("Copied.")).toBeInTheDocument();
    expect(writeText).toHaveBeenCalledWith("http://localhost:3000/");
    fireEvent.click(copy);
    expect(await screen.findByText(/Copying is blocked here/)).toBeInTheDocument();
  });
});

describe("the embed view", () => {
  it("shows the map, legend, date and a link to the full map, without the page chrome", async () => {
    await renderDashboard("?embed=1&country=fra");
    expect(screen.queryByRole("banner")).toBeNull();
    expect(screen.queryByRole("button", { name: "Share / embed" })).toBeNull();
    expect(screen.getByRole("list", { name: /Legend/ })).toBeInTheDocument();
    expect(asOf()).toBe(fixture.updated);
    const link = screen.getByRole("link", { name: /full map/ });
    expect(link).toHaveAttribute("href", "http://localhost:3000/country/fra/");
    expect(link).toHaveAttribute("target", "_blank");
  });
});

describe("the embed options", () => {
  const event = sortEvents(fixtureDataset().dataset.events)[0]!;

  it("heads the embed with the as-of date and, for event=, the event's title on its date", async () => {
    await renderDashboard(`?embed=1&event=${event.id}`);
    const headline = screen.getByRole("heading", { level: 1 });
    await waitFor(() => expect(asOf()).toBe(event.date));
    expect(headline).toHaveTextContent(`as of ${formatDate(event.date)}: ${event.title}`);
  });

  it("shows only the map, legend and a full-map link with plain=1", async () => {
    await renderDashboard("?embed=1&plain=1");
    expect(screen.getByRole("list", { name: /Legend/ })).toBeInTheDocument();
    expect(screen.getByRole("link", { name: /Full map/ })).toBeInTheDocument();
    expect(screen.queryByTestId("as-of-date")).toBeNull();
    expect(screen.getByRole("heading", { level: 1 })).toHaveClass("visually-hidden");
  });

  it.each([
    ["dark", "dark"],
    ["light", "light"],
    ["auto", undefined],
  ])("sets the colour scheme for theme=%s", async (theme, expected) => {
    document.documentElement.dataset.theme = "light";
    await renderDashboard(`?embed=1&theme=${theme}`);
    await waitFor(() => expect(document.documentElement.dataset.theme).toBe(expected));
  });
});

describe("the presentation view", () => {
  const events = sortEvents(fixtureDataset().dataset.events);

  it("steps through the events with the arrow keys, moving the date and the link", async () => {
    await renderDashboard("?present=1");
    fireEvent.keyDown(window, { key: "ArrowRight" });
    await waitFor(() => expect(asOf()).toBe(events[0]!.date));
    expect(window.location.search).toContain(`event=${events[0]!.id}`);
    expect(screen.getByRole("heading", { name: events[0]!.title })).toBeInTheDocument();
    fireEvent.keyDown(window, { key: "End" });
    await waitFor(() => expect(asOf()).toBe(events.at(-1)!.date));
    fireEvent.keyDown(window, { key: "Home" });
    await waitFor(() => expect(window.location.search).toContain(`event=${events[0]!.id}`));
  });

  it("opens on the date of the event its link names", async () => {
    const last = events.at(-1)!;
    await renderDashboard(`?present=1&event=${last.id}`);
    await waitFor(() => expect(asOf()).toBe(last.date));
    expect(
      screen.getByText(`Event ${events.length} of ${events.length}`, { exact: false }),
    ).toBeInTheDocument();
  });
});
