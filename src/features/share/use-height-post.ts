import { useEffect, type RefObject } from "react";
import { HEIGHT_MESSAGE_TYPE } from "./share-links";

/**
 * Tells the page that hosts the embed how tall its content is, whenever that changes, so the
 * host can size the iframe to fit (CONTRACT: {type: "huawei-5g-map:height", height}).
 */
export function useHeightPost(ref: RefObject<HTMLElement | null>) {
  useEffect(() => {
    const element = ref.current;
    if (!element || window.parent === window) return;
    let last = -1;
    const post = () => {
      const height = Math.ceil(element.getBoundingClientRect().height);
      if (height === last) return;
      last = height;
      // The height is not secret, and the host's origin is unknown: any parent may read it.
      window.parent.postMessage({ type: HEIGHT_MESSAGE_TYPE, height }, "*");
    };
    post();
    const observer = new ResizeObserver(post);
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
}
