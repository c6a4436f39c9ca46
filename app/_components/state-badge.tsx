import type { CrossingState } from "@/lib/crossings/summary";
import { stateLabels } from "@/lib/format/labels";

export function StateBadge({ state, large = false }: { state: CrossingState; large?: boolean }) {
  const { label, symbol } = stateLabels[state];
  return (
    <span className={`state state-${state}${large ? " state-large" : ""}`} data-state={state}>
      <span aria-hidden="true">{symbol}</span>
      {label}
    </span>
  );
}
