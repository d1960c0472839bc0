import { useId, useRef, useState } from "react";

/** A read-only text with a Copy button; if the clipboard is refused, the text is selected instead. */
export function CopyField({
  label,
  value,
  rows = 1,
  copyLabel = `Copy ${label.toLowerCase()}`,
}: {
  label: string;
  value: string;
  rows?: number;
  /** The Copy button's accessible name. */
  copyLabel?: string;
}) {
  const id = useId();
  const ref = useRef<HTMLTextAreaElement>(null);
  const [message, setMessage] = useState("");
  const copy = async () => {
    try {
      if (!navigator.clipboard) throw new Error("no clipboard");
      await navigator.clipboard.writeText(value);
      setMessage("Copied.");
    } catch {
      ref.current?.select();
      setMessage("Copying is blocked here: the text is selected, press Ctrl+C (⌘C on a Mac).");
    }
  };
  return (
    <div className="copy-field">
      <label htmlFor={id}>{label}</label>
      <div className="copy-row">
        <textarea
          id={id}
          ref={ref}
          readOnly
          rows={rows}
          value={value}
          onFocus={(e) => e.currentTarget.select()}
        />
        <button type="button" onClick={copy} aria-label={copyLabel}>
          Copy
        </button>
      </div>
      <p className="copy-message" role="status">
        {message}
      </p>
    </div>
  );
}
