import type { CrossingState } from "@/lib/crossings/summary";
import { stateSymbols } from "@/lib/format/labels";
import type { Locale } from "@/lib/i18n/locale";
import { messagesFor } from "@/lib/i18n/messages";

export function StateBadge({ state, large = false, locale }: { state: CrossingState; large?: boolean; locale: Locale }) {
  return (
    <span className={`state state-${state}${large ? " state-large" : ""}`} data-state={state}>
      <span aria-hidden="true">{stateSymbols[state]}</span>
      {messagesFor(locale).states[state]}
    </span>
  );
}
