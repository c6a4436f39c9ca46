/** Words for the states and categories the data uses. State is never shown by colour alone. */
import type { Eligibility, FacilityKind, TravelMode } from "@/lib/baseline/schema";
import type { CrossingState } from "@/lib/crossings/summary";

export const stateLabels: Record<CrossingState, { label: string; symbol: string }> = {
  open: { label: "Open", symbol: "✓" },
  closed: { label: "Closed", symbol: "✕" },
  restricted: { label: "Restricted", symbol: "!" },
  unknown: { label: "Unknown", symbol: "?" },
};

export const eligibilityLabels: Record<Eligibility, string> = {
  everyone: "Everyone, including foreigners",
  bilateral: "Citizens of the two countries only",
  goods: "Goods traffic only (no travellers)",
};

export const modeLabels: Record<TravelMode, string> = {
  pedestrian: "On foot",
  bicycle: "Bicycle",
  motorcycle: "Motorcycle",
  car: "Car",
  bus: "Bus",
  truck: "Truck",
  train: "Train",
};

export const facilityLabels: Record<FacilityKind, string> = {
  exchange: "Money exchange",
  food: "Food",
  sim: "SIM cards",
  fuel: "Fuel",
  lodging: "Lodging",
  transport: "Public transport",
};
