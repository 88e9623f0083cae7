import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    globalSetup: ["test/support/globalSetup.ts"],
    // Test files share one throwaway Neo4j (Community has a single user database). They run
    // one file at a time and each file empties the database before it starts (test/support/db.ts),
    // so no file sees another's data.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 180_000,
  },
});
