import { useState } from "react";
import { LazyPart, retryableLazy } from "../../ui/retryable-lazy";

const ShareDialog = retryableLazy(() => import("./share-dialog").then((m) => m.default));

/** The header's "Share / embed" button; its dialog's code loads when first opened. */
export function ShareButton() {
  const [isOpen, setOpen] = useState(false);
  const onClose = () => setOpen(false);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)} aria-haspopup="dialog">
        Share / embed
      </button>
      {isOpen && (
        // Its own boundary: a dialog whose code did not arrive must not take the page down.
        <LazyPart
          part={ShareDialog}
          name="the share dialog"
          compact
          fallback={null}
          props={{ onClose }}
          onDismiss={onClose}
        />
      )}
    </>
  );
}
