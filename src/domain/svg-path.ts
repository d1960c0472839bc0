/**
 * The projected map's paths in their shortest form, and back to points. d3-geo writes absolute
 * coordinates ("M561.2,57.4L560.6,59..."); relative steps in tenths of a unit ("m561.2,57.4l-.6,
 * 1.6-1.4,.2...") draw the same shapes and make the map file a third smaller gzipped (42 → 28
 * KB), which a phone on slow 4G downloads before the map can start.
 */

/** A ring of absolute points, and whether the path closed it (Z). */
export interface PathRing {
  points: [number, number][];
  closed: boolean;
}

/** Every ring of a path made of M, L and Z commands, absolute or relative (m, l, z). */
export function pathRings(d: string): PathRing[] {
  const rings: PathRing[] = [];
  let ring: PathRing | undefined;
  let [x, y] = [0, 0];
  let [startX, startY] = [0, 0];
  let command = "";
  const numbers: number[] = [];
  const flushPoint = () => {
    while (numbers.length >= 2) {
      const [a, b] = numbers.splice(0, 2) as [number, number];
      const isRelative = command === "m" || command === "l";
      [x, y] = isRelative ? [x + a, y + b] : [a, b];
      if (command === "M" || command === "m") {
        ring = { points: [], closed: false };
        rings.push(ring);
        [startX, startY] = [x, y];
        // Further pairs after a move are lines (SVG's implicit command).
        command = command === "m" ? "l" : "L";
      }
      ring!.points.push([x, y]);
    }
  };
  for (const [token] of d.matchAll(/[MmLlZz]|-?(?:\d+\.?\d*|\.\d+)/g)) {
    if (/[MmLlZz]/.test(token)) {
      flushPoint();
      if (token === "Z" || token === "z") {
        if (ring) ring.closed = true;
        [x, y] = [startX, startY];
      }
      command = token;
    } else {
      numbers.push(Number(token));
      flushPoint();
    }
  }
  return rings;
}

/** "0.5" → ".5", "-0.5" → "-.5": a path's numbers need no leading zero. */
const short = (tenths: number) => {
  const text = String(tenths / 10);
  return text.replace(/^(-?)0\./, "$1.");
};

/**
 * The same path as relative steps in tenths of a unit. Steps are taken between rounded points,
 * so no rounding error adds up along a long coast.
 */
export function compactPath(d: string): string {
  let out = "";
  // In tenths: the current point, and the start of the ring (where Z returns to).
  let [x, y] = [0, 0];
  let [startX, startY] = [0, 0];
  for (const { points, closed } of pathRings(d)) {
    points.forEach(([px, py], i) => {
      const [tx, ty] = [Math.round(px * 10), Math.round(py * 10)];
      const dx = short(tx - x);
      const dy = short(ty - y);
      // After the first step of a line run, a number that starts with "-" needs no separator.
      const lead = i === 0 ? "m" : i === 1 ? "l" : dx.startsWith("-") ? "" : " ";
      out += `${lead}${dx}${dy.startsWith("-") ? "" : ","}${dy}`;
      [x, y] = [tx, ty];
      if (i === 0) [startX, startY] = [tx, ty];
    });
    if (closed) {
      out += "z";
      [x, y] = [startX, startY];
    }
  }
  return out;
}
