import { lazy, Suspense } from "react";
import { useDataset } from "../data/dataset-query";
import { LoadedDatasetContext, useLoadedDataset } from "../data/loaded-dataset";
import { LoadErrorPanel } from "../ui/load-error";
import { selectMode, useStore } from "../state/store";
import { PYM_CHILD_ID } from "../features/share/pym";
import { Dashboard } from "./dashboard";
import { useUrlSync } from "./use-url-sync";

// Each mode's view loads only when a link asks for it.
const EmbedView = lazy(() =>
  import("../features/share/embed-view").then((m) => ({ default: m.EmbedView })),
);
const PresentView = lazy(() =>
  import("../features/share/present-view").then((m) => ({ default: m.PresentView })),
);

/** The link's mode picks the view; the URL sync starts here, since it is what sets the mode. */
function ModeSwitch() {
  useUrlSync(useLoadedDataset());
  const mode = useStore(selectMode);
  if (mode === "full") return <Dashboard />;
  return (
    <Suspense fallback={null}>
      {mode === "embed" ? <EmbedView pymChildId={PYM_CHILD_ID} /> : <PresentView />}
    </Suspense>
  );
}

export function App() {
  const dataset = useDataset();
  if (dataset.isPending)
    return (
      <main className="app-status" aria-busy="true">
        <p>Loading the map data…</p>
      </main>
    );
  if (dataset.isError)
    return (
      <main className="app-status">
        <h1>Huawei 5G Policy Map</h1>
        <LoadErrorPanel error={dataset.error} onRetry={() => dataset.refetch()} />
      </main>
    );
  return (
    <LoadedDatasetContext.Provider value={dataset.data}>
      <ModeSwitch />
    </LoadedDatasetContext.Provider>
  );
}
