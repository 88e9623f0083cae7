// Worker entry: the sources are TypeScript run without a build step, so the worker registers tsx
// itself (a worker does not inherit a loader registered through the API).
import { register } from "tsx/esm/api";

register();
await import("./extractWorkerMain.ts");
