import { lazy, Suspense, useState } from "react";

const ShareDialog = lazy(() => import("./share-dialog"));

/** The header's "Share / embed" button; its dialog's code loads when first opened. */
export function ShareButton() {
  const [isOpen, setOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)} aria-haspopup="dialog">
        Share / embed
      </button>
      {isOpen && (
        <Suspense fallback={null}>
          <ShareDialog onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  );
}
