import { readFileSync } from "node:fs";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { render, screen, waitFor } from "@testing-library/react";
import { expect, vi } from "vitest";
import { App } from "../../src/app/app";
import type { Dataset } from "../../src/data/schema";
import { storyOf } from "../../src/data/story-file";
import fixture from "../fixtures/small-dataset.json";

export const WORLD = JSON.parse(readFileSync("public/data/world-map.json", "utf8"));

type Responder = (url: string) => Response | Promise<Response>;
export interface Served {
  /** Both dataset files unless `details` is given (the statuses file is the dataset, stripped). */
  dataset?: Responder;
  /** The whole dataset alone, which the app fetches on demand (the statuses still load). */
  details?: Responder;
  geometry?: Responder;
  /** A country's story file (data/stories/<iso3>.json); by default cut from the fixture. */
  story?: Responder;
}

export const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });

/** Serves the fixture dataset and the real world geometry unless a test says otherwise. */
export function serve(overrides: Served = {}) {
  const fetchMock = vi.fn(async (input: RequestInfo | URL) => {
    const url = String(input);
    const dataset = overrides.dataset ?? (() => json(fixture));
    // Unknown keys are stripped by the statuses schema, so the whole fixture serves as both.
    if (url.endsWith("huawei-5g-statuses.json")) return dataset(url);
    if (url.endsWith("huawei-5g.json")) return (overrides.details ?? dataset)(url);
    const story = /\/data\/stories\/([a-z]{3})\.json$/.exec(url);
    if (story)
      return (
        overrides.story ?? (() => json(storyOf(fixture as Dataset, story[1]!.toUpperCase())))
      )(url);
    if (url.endsWith("world-map.json")) return (overrides.geometry ?? (() => json(WORLD)))(url);
    return new Response("not found", { status: 404 });
  });
  // vite.config.ts sets unstubGlobals: every test starts with the real fetch again.
  vi.stubGlobal("fetch", fetchMock);
  return fetchMock;
}

/**
 * The real app with a fresh QueryClient (no retries, so failures show at once), without waiting
 * for anything: for tests of what shows while loading or after a fault.
 */
export function renderApp(search = "", served: Served = {}) {
  const fetchMock = serve(served);
  window.history.replaceState(null, "", `/${search}`);
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const result = render(
    <QueryClientProvider client={client}>
      <App />
    </QueryClientProvider>,
  );
  return { ...result, client, fetchMock };
}

/**
 * The one entry point for tests of a working page: serves the data, renders the app at `search`
 * and returns once the map is drawn with statuses and the parts mounted after its first frame
 * (side panel, events) are there. Its waits use the single generous timeout
 * set in tests/setup.ts, so a loaded machine slows these tests down but does not fail them.
 */
export async function renderDashboard(search = "", served: Served = {}) {
  const rendered = renderApp(search, served);
  const map = await screen.findByTestId("world-map");
  await waitFor(() =>
    expect(map.querySelector('[data-status]:not([data-status="no_data"])')).not.toBeNull(),
  );
  // The full dashboard only (embed and presentation views have no side panel). Its side panel
  // and the timeline's events are parts of their own, loaded after the map's first frame.
  await waitFor(() => {
    if (!document.querySelector(".app-header")) return;
    expect(screen.getByRole("complementary", { name: "Filters and countries" })).toBeVisible();
    expect(document.getElementById("events-heading")).toBeVisible();
  });
  return { ...rendered, map };
}
