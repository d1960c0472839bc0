import { useEffect, useState } from "react";
import { countryName } from "../data/countries";
import { useLoadedDataset } from "../state/loaded-dataset";
import { formatDate } from "../domain/dates";
import { describeStatus } from "../domain/status-text";
import { statusAt } from "../domain/status-index";
import { useStore } from "../state/store";
import { whenStill } from "../state/when-still";

/** Dragging the slider would otherwise read out every day it passes. */
const SETTLE_MS = 600;

/** Tells screen-reader users, politely, when the date or the selection changes. */
export function Announcer() {
  const { dataset, index } = useLoadedDataset();
  const [message, setMessage] = useState("");

  useEffect(() => {
    const dateStill = whenStill(SETTLE_MS, () =>
      setMessage(`Map shows ${formatDate(useStore.getState().date ?? dataset.updated)}.`),
    );
    const unsubscribe = useStore.subscribe((state, previous) => {
      const date = state.date ?? dataset.updated;
      if (state.selectedIso3 && state.selectedIso3 !== previous.selectedIso3) {
        const at = statusAt(index, state.selectedIso3, date);
        setMessage(
          `Selected ${countryName(state.selectedIso3)}. ${describeStatus(state.selectedIso3, at, dataset.categories)}.`,
        );
      }
      if (state.date !== previous.date) dateStill.step();
    });
    return () => {
      dateStill.cancel();
      unsubscribe();
    };
  }, [dataset, index]);

  return (
    <div className="visually-hidden" aria-live="polite" aria-atomic="true">
      {message}
    </div>
  );
}
