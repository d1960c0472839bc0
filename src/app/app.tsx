import { useQuery } from "@tanstack/react-query";
import { statusesQueryOptions } from "../data/dataset-query";
import { LoadedDatasetContext, useLoadedDataset } from "../state/loaded-dataset";
import { loadDataset } from "../domain/loaded-dataset";
import { SITE_TITLE } from "../domain/map-picture";
import { LoadErrorPanel } from "../ui/load-error";
import { Loading } from "../ui/loading";
import { AreaBoundary } from "../ui/area-boundary";
import { LazyPart, retryableLazy } from "../ui/retryable-lazy";
import { RowsAtAsOfProvider } from "../state/as-of";
import { selectMode, useStore } from "../state/store";
import { PYM_CHILD_ID } from "../features/share/pym";
import { Dashboard } from "./dashboard";
import { useUrlSync } from "./use-url-sync";

// Each mode's view loads only when a link asks for it.
const EmbedView = retryableLazy(() => import("./modes/embed-view").then((m) => m.EmbedView));
const PresentView = retryableLazy(() => import("./modes/present-view").then((m) => m.PresentView));

/** The link's mode picks the view; the URL sync starts here, since it is what sets the mode. */
function ModeSwitch() {
  useUrlSync(useLoadedDataset());
  const mode = useStore(selectMode);
  if (mode === "full") return <Dashboard />;
  const fallback = <Loading className="app-status">Loading the view…</Loading>;
  return mode === "embed" ? (
    <LazyPart
      part={EmbedView}
      name="the embedded map"
      fallback={fallback}
      props={{ pymChildId: PYM_CHILD_ID }}
    />
  ) : (
    <LazyPart part={PresentView} name="the presentation" fallback={fallback} props={{}} />
  );
}

function AppContent() {
  // The first load is the statuses file (src/data/statuses.ts); the details follow on demand.
  // The derivation runs once per fetched file (a stable select), not on every render.
  const dataset = useQuery({ ...statusesQueryOptions(), select: loadDataset });
  if (dataset.isPending)
    return (
      <main className="app-status">
        <h1>{SITE_TITLE}</h1>
        <Loading>Loading the map data…</Loading>
      </main>
    );
  if (dataset.isError)
    return (
      <main className="app-status">
        <h1>{SITE_TITLE}</h1>
        <LoadErrorPanel error={dataset.error} onRetry={() => dataset.refetch()} />
      </main>
    );
  return (
    <LoadedDatasetContext.Provider value={dataset.data}>
      <RowsAtAsOfProvider>
        <ModeSwitch />
      </RowsAtAsOfProvider>
    </LoadedDatasetContext.Provider>
  );
}

/** The last line of defence: whatever throws outside every area still leaves a named message. */
export function App() {
  return (
    <AreaBoundary name="the Huawei 5G Policy Map" page>
      <AppContent />
    </AreaBoundary>
  );
}
