import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import drizzle from "eslint-plugin-drizzle";

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    // An update or delete without a where clause rewrites the whole table.
    plugins: { drizzle },
    rules: {
      "drizzle/enforce-delete-with-where": ["error", { drizzleObjectName: ["db", "tx"] }],
      "drizzle/enforce-update-with-where": ["error", { drizzleObjectName: ["db", "tx"] }],
    },
  },
  {
    // lib/ is the domain: pure functions and data, no I/O of the app's own. It may not import
    // the database layer, the server layer or Next.js (types excepted, they vanish at build);
    // the seed's data modules are plain data. The README's map says what may import what.
    files: ["lib/**/*.ts", "lib/**/*.tsx"],
    ignores: ["lib/**/*.test.ts", "lib/schedule/host-zone-probe.ts"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              regex: "^(@/db(?!/seed/(data/[\\w-]+|sources)$)(/|$)|@/server(/|$)|@/app/|(\\.\\./)+(db|server|app)(/|$)|next(-auth)?(/|$)|postgres$|@electric-sql/)",
              allowTypeImports: true,
              message: "lib/ stays pure: put I/O in db/ (SQL) or server/ (sessions, requests, mail, alerts), and call lib/ from there.",
            },
          ],
        },
      ],
    },
  },
  globalIgnores([".next/**", ".data/**", "test-results/**", "playwright-report/**", "next-env.d.ts", "db/migrations/**", "bench/tmp/**"]),
]);
