import { createContext, useContext } from "react";
import type { LoadedDataset } from "../domain/loaded-dataset";

/** Features below the app shell only render once the dataset has loaded and passed the schema. */
export const LoadedDatasetContext = createContext<LoadedDataset | null>(null);

export function useLoadedDataset(): LoadedDataset {
  const loaded = useContext(LoadedDatasetContext);
  if (!loaded) throw new Error("useLoadedDataset must be used inside LoadedDatasetContext");
  return loaded;
}
