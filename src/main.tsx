import { StrictMode, startTransition } from "react";
import { createRoot } from "react-dom/client";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { App } from "./app/app";
import { statusesQueryOptions } from "./data/dataset-query";
import { geometryQueryOptions } from "./data/geometry-query";
import { prefetchPageStory } from "./state/dataset-details";
import "./styles.css";
// Eager, not with the lazy share code: print styles must apply without opening the dialog.
import "./features/share/share.css";

const queryClient = new QueryClient({
  defaultOptions: { queries: { retry: 1, refetchOnWindowFocus: false } },
});

// index.html holds a prerendered picture of the default map. Keep it on screen while the data
// arrives, so on a normal connection the app's first frame is the real map, not a loading
// message. But only for a moment: a stalled request must not leave a picture that does nothing,
// and a slow geometry file must not hold back the panel, list and timeline, which need only
// the dataset. prefetchQuery never throws: a failure is rendered as a named error with Retry.
const PRERENDER_HOLD_MS = 2000;
await Promise.race([
  Promise.all([
    queryClient.prefetchQuery(statusesQueryOptions()),
    queryClient.prefetchQuery(geometryQueryOptions()),
    // A country's page: its story too, so the story's first frame is whole (no layout shift).
    prefetchPageStory(queryClient),
  ]),
  new Promise((resolve) => setTimeout(resolve, PRERENDER_HOLD_MS)),
]);

// A transition: React builds the first screen in slices of a few milliseconds rather than in one
// long task (about 45 ms here, four times that on a mid-range phone), so the page keeps
// answering input while it does; the prerendered picture stays on screen until the commit.
const root = createRoot(document.getElementById("root")!);
startTransition(() =>
  root.render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <App />
      </QueryClientProvider>
    </StrictMode>,
  ),
);
