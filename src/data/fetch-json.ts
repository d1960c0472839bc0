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

export async function fetchJson(what: string, url: string, signal?: AbortSignal): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(url, { signal });
  } catch (error) {
    throw new LoadError(what, `Could not reach ${url}: ${(error as Error).message}`);
  }
  if (!response.ok)
    throw new LoadError(what, `${url} answered ${response.status} ${response.statusText}`.trim());
  try {
    return await response.json();
  } catch {
    throw new LoadError(what, `${url} is not valid JSON`);
  }
}
