/** Where the e2e server's output is copied (scripts/start.mjs LOG_FILE). */
export const SERVER_LOG = ".data/e2e-server.log";
