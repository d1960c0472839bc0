import { statusColor } from "../domain/palette";
import type { StatusId } from "../domain/status-index";

/** The colour key beside a status label; the label always carries the meaning too. */
export function StatusSwatch({ status }: { status: StatusId }) {
  return (
    <span
      className={`swatch swatch-${status}`}
      style={{ background: statusColor(status) }}
      aria-hidden="true"
    />
  );
}
