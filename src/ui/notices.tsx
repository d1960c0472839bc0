export interface NoticeItem {
  id: number;
  text: string;
}

/**
 * Messages about the link or the data; polite, so they never interrupt a screen reader. The
 * notices come in as props (ui reads no state): the views pass useNotices() from src/state.
 */
export function Notices({
  notices,
  onDismiss,
}: {
  notices: readonly NoticeItem[];
  onDismiss(id: number): void;
}) {
  return (
    <div className="notices" role="status" aria-live="polite">
      {notices.map((notice) => (
        <p key={notice.id} className="notice">
          <span>{notice.text}</span>
          <button
            type="button"
            className="close"
            onClick={() => onDismiss(notice.id)}
            aria-label="Dismiss this notice"
          >
            ×
          </button>
        </p>
      ))}
    </div>
  );
}
