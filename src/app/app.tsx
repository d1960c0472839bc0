import { useDataset } from "../data/dataset-query";
import { LoadedDatasetContext } from "../data/loaded-dataset";
import { LoadErrorPanel } from "../ui/load-error";
import { Dashboard } from "./dashboard";

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
      <Dashboard />
    </LoadedDatasetContext.Provider>
  );
}
