import { createReadStream, existsSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { extname, join, normalize } from "node:path";
import { after, before } from "node:test";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".css": "text/css",
  ".json": "application/json",
  ".xml": "application/atom+xml",
  ".csv": "text/csv; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".txt": "text/plain",
};

/**
 * A plain static host, as GitHub Pages or nginx serve dist/: case-sensitive paths, a folder
 * answers with its index.html (a folder without the slash is redirected to it), and anything
 * missing gets 404.html with status 404. No SPA fallback. `extra` adds test pages by path.
 */
export function startStaticHost(root = "dist", extra: Record<string, string> = {}) {
  const host = { url: "" };
  let server: Server;
  before(async () => {
    server = createServer((request, response) => {
      const path = decodeURIComponent(new URL(request.url ?? "/", "http://x").pathname);
      if (extra[path] !== undefined) {
        response.writeHead(200, { "content-type": "text/html; charset=utf-8" });
        return response.end(extra[path]);
      }
      const extraFile = extra[`file:${path}`];
      let file = extraFile ?? join(root, normalize(path).replace(/^(\.\.[/\\])+/, ""));
      if (existsSync(file) && statSync(file).isDirectory()) {
        if (!path.endsWith("/")) {
          response.writeHead(301, { location: `${path}/` });
          return response.end();
        }
        file = join(file, "index.html");
      }
      const found = existsSync(file) && statSync(file).isFile();
      const served = found ? file : join(root, "404.html");
      response.writeHead(found ? 200 : 404, {
        "content-type": TYPES[extname(served)] ?? "application/octet-stream",
      });
      createReadStream(served).pipe(response);
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const address = server.address();
    host.url = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
  });
  after(() => new Promise<void>((resolve) => server.close(() => resolve())));
  return host;
}
