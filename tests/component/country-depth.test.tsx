import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { renderDashboard } from "./render-app";

describe("a country's story in depth", () => {
  it("says when the status began, what the measure covers, and when it was last changed and reviewed", async () => {
    await renderDashboard("?country=gbr");
    const story = await screen.findByTestId("country-panel");
    expect(story).toHaveTextContent(
      "Banned (whole network) since 13 October 2022 (as of 31 December 2024)",
    );
    const facts = story.querySelector("dl")!;
    expect(facts).toHaveTextContent("Last changed1 March 2024 · Regulator decision");
    expect(facts).toHaveTextContent("Last reviewed30 November 2026");
  });

  it("shows a later entry of the same status as a development, not a new start", async () => {
    await renderDashboard("?country=gbr");
    const story = await screen.findByTestId("country-panel");
    const entries = within(story)
      .getAllByRole("listitem")
      .filter((li) => li.dataset.role);
    expect(entries.map((li) => li.dataset.role)).toEqual(["began", "began", "began", "confirmed"]);
    expect(entries[3]).toHaveTextContent("confirmed · Regulator decision");
  });

  it("lists the country's deadlines, past or ahead, with their sources", async () => {
    await renderDashboard("?country=gbr");
    const story = await screen.findByTestId("country-panel");
    const heading = within(story).getByRole("heading", { name: "Deadlines" });
    const list = heading.nextElementSibling as HTMLElement;
    expect(list).toHaveTextContent("December 2027");
    expect(list).toHaveTextContent("ahead · core, radio access and transport");
    expect(list).toHaveTextContent("Remove all Huawei equipment from 5G networks");
    expect(within(list).getAllByRole("link")).toHaveLength(1);
  });

  it("marks deadlines beyond the dataset's day on the time axis, and a mark selects its country", async () => {
    await renderDashboard();
    const section = await screen.findByRole("region", { name: /Deadlines ahead/ });
    await userEvent.click(within(section).getByText(/1 deadline from December 2027/));
    await userEvent.click(within(section).getByRole("button", { name: /United Kingdom/ }));
    expect(await screen.findByTestId("country-panel")).toHaveAttribute("data-iso3", "GBR");
  });
});
