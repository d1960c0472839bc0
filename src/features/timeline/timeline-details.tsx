import type { ReactNode } from "react";
import { DeadlinesAhead } from "./deadlines-ahead";
import { EventDetail } from "./event-detail";
import { EventsTimeline } from "./events-timeline";

/**
 * The timeline below the slider: deadlines ahead, the open event, the counts chart (its own lazy
 * part, passed in) and the events. One module, so the dashboard loads them as one part after
 * the map's first frame.
 */
export function TimelineDetails({ chart }: { chart: ReactNode }) {
  return (
    <>
      <DeadlinesAhead />
      <EventDetail />
      {chart}
      <EventsTimeline />
    </>
  );
}
