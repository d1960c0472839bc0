/**
 * A code chunk that failed to load (offline, or gone after a deploy while this tab kept an old
 * index.html). Browsers word it differently: Chromium "Failed to fetch dynamically imported
 * module", Firefox "error loading dynamically imported module", Safari "Importing a module
 * script failed"; Vite's preloader "Unable to preload CSS".
 */
export function isChunkLoadError(error: unknown): boolean {
  return (
    error instanceof Error &&
    /dynamically imported module|Importing a module script failed|Unable to preload/i.test(
      error.message,
    )
  );
}

/** The chunk's address, when the browser's message names it. */
function chunkUrl(error: Error): string | undefined {
  return /(https?:\/\/\S+?\.(?:js|css))/.exec(error.message)?.[1];
}

/**
 * True when the server answers that the chunk does not exist (a deploy replaced it), as opposed
 * to a network that is down: only a reload of the page can help then.
 */
export async function isChunkGone(error: unknown): Promise<boolean> {
  const url = error instanceof Error ? chunkUrl(error) : undefined;
  if (!url) return false;
  try {
    const response = await fetch(url, { method: "HEAD", cache: "no-store" });
    return response.status === 404 || response.status === 410;
  } catch {
    return false;
  }
}
