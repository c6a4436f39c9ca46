/** `npm run db:seed`: migrations must have run first (npm start does both, in order). */
import { connect } from "@/db/client";
import { seedBaseline } from "@/db/seed/seed";

const connection = connect();
const result = await seedBaseline(connection.db);
await connection.close();
console.log(`Baseline seeded (${connection.kind}): ${result.crossings} crossings, ${result.sources} sources, ${result.notices} dated notices.`);
