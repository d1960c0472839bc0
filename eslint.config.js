import { readdirSync } from "node:fs";
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";

/**
 * The layers of STYLE.md §2 as lint rules: data → domain → state → features → app, features meet
 * only in app, ui without state, scripts only through data and domain. Each zone names the
 * folders its files may not import; the regex matches a path segment in any relative depth.
 */
const layer = (names) => new RegExp(`(^|/)(${names.join("|")})(/|$)`).source;
const forbid = (files, names, message, extra = []) => ({
  files,
  rules: {
    "no-restricted-imports": ["error", { patterns: [{ regex: layer(names), message }, ...extra] }],
  },
});

const FEATURES = readdirSync("src/features");

export default tseslint.config(
  { ignores: ["dist", "node_modules", "public"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx}"],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { "react-hooks": reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
    },
  },
  forbid(
    ["src/data/**"],
    ["domain", "state", "features", "app", "ui"],
    "src/data is the bottom layer: it owns the data's shape and loading, and imports no other layer.",
  ),
  forbid(
    ["src/domain/**"],
    ["state", "features", "app", "ui"],
    "src/domain is pure: it may import src/data only (no React state, features or app).",
  ),
  forbid(
    ["src/state/**"],
    ["features", "app", "ui"],
    "src/state may import src/data and src/domain only.",
  ),
  forbid(
    ["src/ui/**"],
    ["state", "features", "app"],
    "src/ui is presentational: it takes data as props and reads no state and no feature.",
  ),
  ...FEATURES.map((feature) =>
    forbid(
      [`src/features/${feature}/**`],
      ["app", ...FEATURES.filter((other) => other !== feature)],
      `Features do not import each other or the app: they meet only in src/app (${feature} is one feature).`,
    ),
  ),
  forbid(
    ["scripts/**"],
    ["state", "features", "app", "ui"],
    "Scripts go through src/data and src/domain only.",
  ),
  // The rule changed where the code is right: the build's first-paint picture is the app's own
  // map, drawn by the same components, so it cannot drift from the live one (REVIEW change 3).
  forbid(
    ["scripts/lib/prerender-map.tsx"],
    ["app"],
    "The prerender draws the app's own map components, but not the app shell.",
  ),
);
