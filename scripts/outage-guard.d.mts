/** Types for scripts/outage-guard.mjs (plain JavaScript, run by the production server). */
import type { IncomingMessage, ServerResponse } from "node:http";
export function answerOutagesWithUnavailablePage(request: IncomingMessage, response: ServerResponse, databaseAnswers: () => Promise<boolean>): void;
