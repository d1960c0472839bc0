import { useEffect, type RefObject } from "react";
import { pymHeightMessage } from "./pym";
import { HEIGHT_MESSAGE_TYPE } from "./share-links";

/**
 * The embed's height at its current width if nothing capped it: the view fits the iframe (the
 * map shrinks to leave room for the legend), so its drawn height can only follow the iframe
 * down. Reporting that height made a loop that only shrank. The map's own height at full width
 * is half its width (2:1), so the natural height swaps the drawn map height for that.
 */
export function naturalHeight(content: DOMRect, map: DOMRect | undefined): number {
  if (!map) return Math.ceil(content.height);
  return Math.ceil(content.height - map.height + map.width / 2);
}

/**
 * Tells the page that hosts the embed how tall its content wants to be, whenever that changes,
 * so the host can size the iframe to fit: our own message (CONTRACT: {type:
 * "huawei-5g-map:height", height}) and, when a Pym.js parent named us, Pym's height message.
 */
export function useHeightPost(
  ref: RefObject<HTMLElement | null>,
  mapRef: RefObject<HTMLElement | null>,
  pymChildId: string | null,
) {
  useEffect(() => {
    const element = ref.current;
    if (!element || window.parent === window) return;
    let last = -1;
    const post = () => {
      const height = naturalHeight(
        element.getBoundingClientRect(),
        mapRef.current?.getBoundingClientRect(),
      );
      if (height === last) return;
      last = height;
      // The height is not secret, and the host's origin is unknown: any parent may read it.
      window.parent.postMessage({ type: HEIGHT_MESSAGE_TYPE, height }, "*");
      if (pymChildId) window.parent.postMessage(pymHeightMessage(pymChildId, height), "*");
    };
    post();
    const observer = new ResizeObserver(post);
    observer.observe(element);
    if (mapRef.current) observer.observe(mapRef.current);
    return () => observer.disconnect();
  }, [ref, mapRef, pymChildId]);
}
