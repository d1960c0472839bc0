import { useEffect, useRef } from "react";
import { CopyField } from "../../ui/copy-field";
import { DownloadButtons } from "./download-buttons";
import { embedSnippet } from "./share-links";
import { SlidesExport } from "./slides-export";
import { useViewUrl } from "./use-view-url";

/** Loaded on first open: the downloads pull in the picture composer and CSV writer. */
export default function ShareDialog({ onClose }: { onClose(): void }) {
  const ref = useRef<HTMLDialogElement>(null);
  const link = useViewUrl("full");
  const embedUrl = useViewUrl("embed");
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog || dialog.open) return;
    // Modal where supported (focus stays inside, Escape closes); plainly open elsewhere (jsdom).
    if (typeof dialog.showModal === "function") dialog.showModal();
    else dialog.setAttribute("open", "");
  }, []);
  return (
    <dialog ref={ref} className="share-dialog" aria-labelledby="share-heading" onClose={onClose}>
      <div className="story-header">
        <h2 id="share-heading">Share or embed this view</h2>
        <button
          type="button"
          className="close"
          // close() lets the browser return focus to the Share button; its close event unmounts.
          onClick={() => (ref.current?.close ? ref.current.close() : onClose())}
          aria-label="Close"
        >
          ×
        </button>
      </div>
      <CopyField label="Link to this view" value={link} rows={2} />
      <CopyField label="Embed code" value={embedSnippet(embedUrl)} rows={5} />
      <DownloadButtons />
      <SlidesExport />
    </dialog>
  );
}
