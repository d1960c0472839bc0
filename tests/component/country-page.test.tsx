import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { App } from "../../src/app/app";
import type { Dataset } from "../../src/data/schema";
import { STORY_COUNTRY_META, storyOf } from "../../src/data/story-file";
import { prefetchPageStory } from "../../src/state/dataset-details";
import fixture from "../fixtures/small-dataset.json";
import { json, serve, type Served } from "./render-app";

const gbr = fixture.countries.find((c) => c.iso3 === "GBR")!;
const requested = (fetchMock: ReturnType<typeof serve>, ending: string) =>
  fetchMock.mock.calls.filter(([input]) => String(input).endsWith(ending)).length;

/**
 * The country page as main.tsx starts it: the build's meta names the page's story file, and
 * the app mounts once that file has settled (with the statuses and the geometry, not here).
 */
async function openCountryPage(served: Served = {}) {
  // The whole dataset (fetched on idle) never answers unless a test says otherwise: it cannot
  // stand in for the story file, whatever the timing.
  const fetchMock = serve({ details: () => new Promise<Response>(() => undefined), ...served });
  window.history.replaceState(null, "", "/country/gbr/");
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  await prefetchPageStory(client);
  render(
    <QueryClientProvider client={client}>
      <App />
    </QueryClientProvider>,
  );
  const story = await screen.findByTestId("country-panel");
  return { fetchMock, story };
}

beforeEach(() => {
  const meta = document.createElement("meta");
  meta.name = STORY_COUNTRY_META;
  meta.content = "GBR";
  document.head.append(meta);
});
afterEach(() => document.head.querySelector(`meta[name="${STORY_COUNTRY_META}"]`)?.remove());

describe("a country's own page", () => {
  it("shows the whole story in its first frame, from the story file alone", async () => {
    const { fetchMock, story } = await openCountryPage();
    expect(story).toHaveAttribute("data-iso3", "GBR");
    // Whole at once: no busy message, so nothing below the details moves when they arrive.
    expect(story.querySelector('[aria-busy="true"]')).toBeNull();
    expect(within(story).getByText(gbr.summary)).toBeInTheDocument();
    const history = within(story).getByRole("heading", { name: "Status history" })
      .nextElementSibling as HTMLElement;
    expect(within(history).getAllByRole("listitem", { name: "" }).length).toBeGreaterThan(0);
    const firstSource = fixture.sources[gbr.history[0]!.sources[0] as keyof typeof fixture.sources];
    expect(within(story).getAllByRole("link", { name: firstSource.title })[0]).toHaveAttribute(
      "href",
      firstSource.url,
    );
    expect(requested(fetchMock, "/data/stories/gbr.json")).toBe(1);
  });

  it("names a failed story file in the story, and Retry loads it", async () => {
    let fail = true;
    const { fetchMock, story } = await openCountryPage({
      story: () =>
        fail
          ? new Response("down", { status: 503, statusText: "Service Unavailable" })
          : json(storyOf(fixture as Dataset, "GBR")),
    });
    const alert = await within(story).findByRole("alert");
    expect(alert).toHaveTextContent("Could not load the sources and notes");
    expect(alert).toHaveTextContent("data/stories/gbr.json answered 503");
    // The rest of the story and the map do not wait for it.
    expect(within(story).getByRole("heading", { name: "United Kingdom" })).toBeInTheDocument();
    expect(screen.getByTestId("world-map")).toBeInTheDocument();
    fail = false;
    await userEvent.click(within(alert).getByRole("button", { name: "Retry" }));
    expect(await within(story).findByText(gbr.summary)).toBeInTheDocument();
    expect(within(story).queryByRole("alert")).toBeNull();
    // Before the app mounted, once more as the story mounted (a failed query retries on mount), and Retry.
    expect(requested(fetchMock, "/data/stories/gbr.json")).toBe(3);
  });

  it("checks a story file the page does not vouch for, naming the bad field", async () => {
    const corrupt = structuredClone(storyOf(fixture as Dataset, "GBR"));
    corrupt.countries[0]!.history[0]!.sources = ["missing-source"];
    const { story } = await openCountryPage({ story: () => json(corrupt) });
    const alert = await within(story).findByRole("alert");
    expect(alert).toHaveTextContent("Could not load the sources and notes");
    expect(alert).toHaveTextContent(
      'countries.0.history.0.sources.0: unknown source id "missing-source"',
    );
  });

  it("reads any other country's story from the whole dataset", async () => {
    const { fetchMock } = await openCountryPage({ details: () => json(fixture) });
    const list = screen.getByRole("region", { name: /Countries/ });
    await userEvent.click(within(list).getByRole("button", { name: /France/ }));
    await waitFor(() =>
      expect(screen.getByTestId("country-panel")).toHaveAttribute("data-iso3", "FRA"),
    );
    const fra = fixture.countries.find((c) => c.iso3 === "FRA")!;
    expect(await within(screen.getByTestId("country-panel")).findByText(fra.summary)).toBeVisible();
    expect(requested(fetchMock, "/data/huawei-5g.json")).toBeGreaterThan(0);
    expect(requested(fetchMock, "/data/stories/fra.json")).toBe(0);
  });
});
