import "@testing-library/jest-dom/vitest";
import { cleanup } from "@testing-library/react";
import { afterEach } from "vitest";
import { resetStore } from "../src/state/store";

afterEach(() => {
  cleanup();
  resetStore();
  window.history.replaceState(null, "", "/");
  localStorage.clear();
  delete document.documentElement.dataset.theme;
});
