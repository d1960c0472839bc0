import { useEffect, useState } from "react";

type Theme = "light" | "dark";
const STORAGE_KEY = "huawei-5g-map:theme";

/** Storage throws, not just fails, in sandboxed or third-party iframes: treat that as "nothing stored". */
function storedTheme(): string | null {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

function initialTheme(): Theme {
  const stored = storedTheme();
  if (stored === "light" || stored === "dark") return stored;
  return globalThis.matchMedia?.("(prefers-color-scheme: dark)").matches ? "dark" : "light";
}

/** Follows the system theme until the reader chooses one; the choice is remembered. */
export function ThemeToggle() {
  const [theme, setTheme] = useState<Theme>(initialTheme);
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);
  const toggle = () => {
    const next = theme === "dark" ? "light" : "dark";
    setTheme(next);
    try {
      localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // Storage can be blocked (private mode, sandboxed iframes); the toggle still works.
    }
  };
  return (
    <button type="button" aria-pressed={theme === "dark"} onClick={toggle}>
      Dark theme
    </button>
  );
}
