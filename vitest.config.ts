import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    projects: [
      {
        // Extraction, the graph, the model, configuration: no database, no browser; starts in seconds.
        test: { name: "unit", include: ["test/unit/**/*.test.ts"], testTimeout: 60_000, sequence: { groupOrder: 0 } },
      },
      {
        test: {
          name: "integration",
          include: ["test/integration/**/*.test.ts"],
          // The server boots while the unit tests run; these run after them, on a quieter machine.
          globalSetup: ["test/support/globalSetup.ts"],
          sequence: { groupOrder: 1 },
          // Test files share one throwaway Neo4j (Community has a single user database). They run
          // one file at a time and each file empties the database before it starts (test/support/db.ts),
          // so no file sees another's data.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
