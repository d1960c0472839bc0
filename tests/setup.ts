import "@testing-library/jest-dom/vitest";
import { cleanup, configure } from "@testing-library/react";
import { afterEach } from "vitest";
import { resetStore } from "../src/state/store";

/**
 * The one wait for every findBy and waitFor: generous, because `npm test` must pass on a busy
 * 2-core machine, where drawing the map in jsdom can take seconds. Nothing asserts a time.
 * vite.config.ts's testTimeout is larger still, so a slow wait fails with its own message.
 */
export const ASYNC_TIMEOUT_MS = 20_000;
configure({ asyncUtilTimeout: ASYNC_TIMEOUT_MS });

afterEach(() => {
  cleanup();
  resetStore();
  window.history.replaceState(null, "", "/");
  localStorage.clear();
  delete document.documentElement.dataset.theme;
});
