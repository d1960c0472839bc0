import { useId, useState, type KeyboardEvent } from "react";
import { formatDate, parseReaderDate } from "../domain/dates";

interface DateFieldProps {
  label: string;
  /** YYYY-MM-DD, or null for an empty field. */
  value: string | null;
  min: string;
  max: string;
  /** Called with a valid date in range, or null when the reader empties an optional field. */
  onCommit(date: string | null): void;
  /** An empty field is a valid answer (the compare date); otherwise it restores the value. */
  isOptional?: boolean;
  describedBy?: string;
}

/**
 * A date written the way the rest of the page writes it ("14 July 2020"), never the browser's
 * locale format. Typing "14 July 2020", "14 Jul 2020" or 2020-07-14 and pressing Enter (or
 * leaving the field) sets it; anything else is explained next to the field, in words.
 */
export function DateField({
  label,
  value,
  min,
  max,
  onCommit,
  isOptional = false,
  describedBy,
}: DateFieldProps) {
  const shown = value ? formatDate(value) : "";
  const [text, setText] = useState(shown);
  const [error, setError] = useState<string | null>(null);
  const id = useId();
  // The date moves from elsewhere (slider, play, events): show it. Adjusted while rendering,
  // React's pattern for state that follows a prop, rather than an effect a frame later.
  const [lastShown, setLastShown] = useState(shown);
  if (shown !== lastShown) {
    setLastShown(shown);
    setText(shown);
    setError(null);
  }

  const commit = () => {
    if (text.trim() === "" && isOptional) {
      setError(null);
      return onCommit(null);
    }
    const date = parseReaderDate(text);
    if (!date || date < min || date > max) {
      setError(
        `${date ? "Out of range" : "Not a date we can read"}: type a date between ${formatDate(min)} and ${formatDate(max)}, like ${formatDate(max)} or ${max}.`,
      );
      return;
    }
    setError(null);
    setText(formatDate(date));
    if (date !== value) onCommit(date);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "Enter") commit();
    if (event.key === "Escape") {
      setText(shown);
      setError(null);
    }
  };

  return (
    <div className="field date-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="text"
        inputMode="text"
        autoComplete="off"
        spellCheck={false}
        placeholder={isOptional ? "e.g. 31 Dec 2018" : undefined}
        value={text}
        size={17}
        aria-invalid={error ? true : undefined}
        aria-describedby={
          [error ? `${id}-error` : "", describedBy ?? ""].join(" ").trim() || undefined
        }
        onChange={(e) => setText(e.target.value)}
        onKeyDown={onKeyDown}
        onBlur={commit}
      />
      {error && (
        <p id={`${id}-error`} className="field-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
