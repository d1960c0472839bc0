import { selectNotices, useStore } from "../state/store";

/** Messages about the link or the data; polite, so they never interrupt a screen reader. */
export function Notices() {
  const notices = useStore(selectNotices);
  const dismiss = useStore((s) => s.dismissNotice);
  return (
    <div className="notices" role="status" aria-live="polite">
      {notices.map((notice) => (
        <p key={notice.id} className="notice">
          <span>{notice.text}</span>
          <button
            type="button"
            className="close"
            onClick={() => dismiss(notice.id)}
            aria-label="Dismiss this notice"
          >
            ×
          </button>
        </p>
      ))}
    </div>
  );
}
