import { useCallback, useEffect, useMemo, useRef } from "react";
import { useLoadedDataset } from "../../state/loaded-dataset";
import { firstStepAfter, playbackSteps, playTiming } from "../../domain/playback";
import { useAsOfDate } from "../../state/derived";
import { useStore } from "../../state/store";

/** The bench plays ten full runs; it may speed the clock up through this global (never set in the app). */
function speedFactor(): number {
  const speed = (globalThis as { __HUAWEI_MAP_PLAY_SPEED__?: number }).__HUAWEI_MAP_PLAY_SPEED__;
  return typeof speed === "number" && speed > 0 ? 1 / speed : 1;
}

export function usePlayback() {
  const { dataset, span } = useLoadedDataset();
  const steps = useMemo(() => playbackSteps(span, dataset.events), [span, dataset]);
  const isPlaying = useStore((s) => s.isPlaying);
  const speed = useStore((s) => s.playSpeed);
  const setPlaying = useStore((s) => s.setPlaying);
  const date = useAsOfDate();
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const stepIndex = useRef(0);

  const stop = useCallback(() => {
    clearTimeout(timer.current);
    setPlaying(false);
  }, [setPlaying]);

  const play = useCallback(() => {
    const last = steps[steps.length - 1];
    stepIndex.current = firstStepAfter(steps, date, !last || date >= last.date);
    setPlaying(true);
  }, [steps, date, setPlaying]);

  useEffect(() => {
    if (!isPlaying) return;
    // The whole span in about a minute at normal speed, a brief pause on each event.
    const { stepMs, eventMs } = playTiming(steps, speed);
    const advance = () => {
      const step = steps[stepIndex.current];
      if (!step) return stop();
      useStore.getState().applyPlayStep(step.date, step.eventId);
      stepIndex.current += 1;
      if (stepIndex.current >= steps.length) {
        // Leave the last frame up, then stop at the end.
        timer.current = setTimeout(stop, stepMs * speedFactor());
        return;
      }
      timer.current = setTimeout(advance, (step.eventId ? eventMs : stepMs) * speedFactor());
    };
    advance();
    return () => clearTimeout(timer.current);
  }, [isPlaying, steps, stop, speed]);

  return { isPlaying, play, stop, toggle: isPlaying ? stop : play };
}
