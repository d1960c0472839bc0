import { readFileSync } from "node:fs";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { render, screen } from "@testing-library/react";
import { vi } from "vitest";
import { App } from "../../src/app/app";
import fixture from "../fixtures/small-dataset.json";

export const WORLD = JSON.parse(readFileSync("public/data/world-map.json", "utf8"));

type Responder = (url: string) => Response | Promise<Response>;
export const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });

/** Serves the fixture dataset and the real world geometry unless a test says otherwise. */
export function serve(overrides: { dataset?: Responder; geometry?: Responder } = {}) {
  const fetchMock = vi.fn(async (input: RequestInfo | URL) => {
    const url = String(input);
    if (url.endsWith("huawei-5g.json")) return (overrides.dataset ?? (() => json(fixture)))(url);
    if (url.endsWith("world-map.json")) return (overrides.geometry ?? (() => json(WORLD)))(url);
    return new Response("not found", { status: 404 });
  });
  vi.stubGlobal("fetch", fetchMock);
  return fetchMock;
}

/** The real app with a fresh QueryClient (no retries, so failures show at once). */
export function renderApp(search = "") {
  window.history.replaceState(null, "", `/${search}`);
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const result = render(
    <QueryClientProvider client={client}>
      <App />
    </QueryClientProvider>,
  );
  return { ...result, client };
}

export const findMap = () => screen.findByTestId("world-map", {}, { timeout: 4000 });
