import { fireEvent, screen, within } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import fixture from "../fixtures/small-dataset.json";
import { renderApp, serve } from "./render-app";

describe("Cite this", () => {
  it("cites the selected country's entry in three styles, each with a Copy button", async () => {
    serve();
    renderApp("?country=fra");
    const story = await screen.findByTestId("country-panel", {}, { timeout: 10_000 });
    fireEvent.click(within(story).getByText("Cite this entry"));
    // The fields appear once the section is open (details' toggle event comes as a task).
    const apa = (await within(story).findByRole("textbox", { name: "APA" })) as HTMLTextAreaElement;
    expect(apa.value).toContain(`(Version ${fixture.version}) [Data set]`);
    expect(apa.value).toContain("http://localhost:3000/country/fra/");
    const bibtex = within(story).getByRole("textbox", { name: "BibTeX" }) as HTMLTextAreaElement;
    expect(bibtex.value).toContain(`version = {${fixture.version}}`);
    const writeText = vi.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, "clipboard", { value: { writeText }, configurable: true });
    fireEvent.click(within(story).getByRole("button", { name: "Copy the Chicago citation" }));
    expect(await within(story).findByText("Copied.")).toBeInTheDocument();
    expect(writeText).toHaveBeenCalledWith(
      (within(story).getByRole("textbox", { name: "Chicago" }) as HTMLTextAreaElement).value,
    );
  });

  it("cites the dataset in the method note", async () => {
    serve();
    renderApp();
    fireEvent.click(await screen.findByText("Cite this dataset", {}, { timeout: 10_000 }));
    const apa = (await screen.findByRole("textbox", { name: "APA" })) as HTMLTextAreaElement;
    expect(apa.value).toMatch(/from http:\/\/localhost:3000\/$/);
  });
});
