import { defineConfig } from "vitest/config";
import react from "@vitejs/plugin-react";

// BASE_PATH lets the site live under a sub-path (for example /maps/huawei-5g/).
export default defineConfig({
  base: process.env.BASE_PATH ?? "/",
  plugins: [react()],
  build: { target: "es2022", sourcemap: false },
  test: {
    environment: "jsdom",
    include: ["tests/unit/**/*.test.ts", "tests/component/**/*.test.tsx"],
    setupFiles: ["tests/setup.ts"],
  },
});
