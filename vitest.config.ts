import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(import.meta.dirname),
      // `server-only` throws outside React Server Components; in tests it is a no-op.
      "server-only": path.resolve(import.meta.dirname, "db/test-support/empty.ts"),
    },
  },
  test: {
    include: ["{lib,db,app,scripts,server}/**/*.test.ts"],
    environment: "node",
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
