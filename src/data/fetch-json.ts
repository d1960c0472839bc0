/** A fetch that fails loudly: fetch() itself doesn't throw on HTTP errors. */
export class LoadError extends Error {
  constructor(
    readonly what: string,
    message: string,
    readonly details: string[] = [],
  ) {
    super(message);
    this.name = "LoadError";
  }
}

export function assetUrl(path: string): string {
  return `${import.meta.env.BASE_URL}${path}`;
}

/**
 * How long a data request may take before the reader is told and offered Retry. Generous: the
 * files are a few hundred kilobytes, so even a slow mobile connection is well inside it, and a
 * request that has not answered by then has stalled.
 */
export const REQUEST_TIMEOUT_MS = 30_000;

async function request(what: string, url: string, signal: AbortSignal): Promise<string> {
  let response: Response;
  try {
    response = await fetch(url, { signal });
  } catch (error) {
    throw new LoadError(what, `Could not reach ${url}: ${(error as Error).message}`);
  }
  if (!response.ok)
    throw new LoadError(what, `${url} answered ${response.status} ${response.statusText}`.trim());
  try {
    return await response.text();
  } catch (error) {
    throw new LoadError(what, `Could not read ${url}: ${(error as Error).message}`);
  }
}

/** JSON text fetched from `url`, parsed, or a named error. */
export function parseJsonText(what: string, url: string, text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new LoadError(what, `${url} is not valid JSON`);
  }
}

/**
 * Fetches a file's text, giving up after `timeoutMs` (headers and body together). The timer
 * races the request instead of only aborting it, so a stalled body read cannot hang either.
 */
export async function fetchText(
  what: string,
  url: string,
  signal?: AbortSignal,
  timeoutMs = REQUEST_TIMEOUT_MS,
): Promise<string> {
  const controller = new AbortController();
  const forwardAbort = () => controller.abort(signal?.reason);
  signal?.addEventListener("abort", forwardAbort);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      controller.abort();
      reject(
        new LoadError(
          what,
          `${url} did not answer within ${timeoutMs / 1000} seconds. The connection may be slow or down.`,
        ),
      );
    }, timeoutMs);
  });
  try {
    return await Promise.race([request(what, url, controller.signal), timeout]);
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener("abort", forwardAbort);
  }
}

/** Fetches and parses JSON, with fetchText's time limit. */
export async function fetchJson(
  what: string,
  url: string,
  signal?: AbortSignal,
  timeoutMs = REQUEST_TIMEOUT_MS,
): Promise<unknown> {
  return parseJsonText(what, url, await fetchText(what, url, signal, timeoutMs));
}
