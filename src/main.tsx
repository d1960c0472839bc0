import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { App } from "./app/app";
import { datasetQueryOptions } from "./data/dataset-query";
import { geometryQueryOptions } from "./data/geometry-query";
import "./styles.css";
// Eager, not with the lazy share code: print styles must apply without opening the dialog.
import "./features/share/share.css";

const queryClient = new QueryClient({
  defaultOptions: { queries: { retry: 1, refetchOnWindowFocus: false } },
});

// index.html holds a prerendered picture of the default map. Keep it on screen until the data
// is here, so the app's first frame replaces it with the real map instead of a loading message.
// prefetchQuery never throws: a failure is rendered by the app as a named error with Retry.
await Promise.all([
  queryClient.prefetchQuery(datasetQueryOptions()),
  queryClient.prefetchQuery(geometryQueryOptions()),
]);

createRoot(document.getElementById("root")!).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <App />
    </QueryClientProvider>
  </StrictMode>,
);
