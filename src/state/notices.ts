import { selectNotices, useStore } from "./store";

/** The notices and their dismiss action, ready to hand to ui's <Notices>. */
export function useNotices() {
  return { notices: useStore(selectNotices), onDismiss: useStore((s) => s.dismissNotice) };
}
