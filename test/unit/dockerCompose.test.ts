import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { dockerEnvName, securitySettings } from "../../src/neo4j/serverSettings.js";

const compose = parse(readFileSync(new URL("../../docker-compose.yml", import.meta.url), "utf8"));
const pom = readFileSync(new URL("../../neo4j/pom.xml", import.meta.url), "utf8");

describe("docker-compose.yml", () => {
  it("runs the same Neo4j version as the Maven build, community edition", () => {
    const version = /<neo4j.version>([^<]+)</.exec(pom)?.[1];
    expect(version).toMatch(/^5\.26\.\d+$/);
    expect(compose.services.neo4j.image).toBe(`neo4j:${version}-community`);
  });

  it("binds every published port to loopback", () => {
    for (const [name, svc] of Object.entries<any>(compose.services)) {
      for (const p of svc.ports ?? []) expect(p, name).toMatch(/^127\.0\.0\.1:/);
    }
    expect(compose.services.neo4j.ports).toEqual(["127.0.0.1:7474:7474", "127.0.0.1:7687:7687"]);
  });

  it("takes auth from the environment and loads APOC", () => {
    const env = compose.services.neo4j.environment;
    expect(env.NEO4J_AUTH).toMatch(/^neo4j\/\$\{NEO4J_PASSWORD/);
    expect(JSON.parse(env.NEO4J_PLUGINS)).toContain("apoc");
  });

  it("runs with the local server's security settings: pure APOC only, no file URLs, a transaction timeout and memory cap", () => {
    const env = compose.services.neo4j.environment;
    const settings = securitySettings(env.NEO4J_server_memory_heap_max__size);
    for (const [key, value] of Object.entries(settings)) expect(String(env[dockerEnvName(key)]), key).toBe(value);
    expect(env.NEO4J_dbms_security_procedures_unrestricted).toBeUndefined();
    expect(settings["dbms.security.procedures.allowlist"]).not.toMatch(/apoc\.(load|import|export|cypher|periodic)|^apoc\.\*$/);
  });

  it("gives the viewer, which listens on all of its container's addresses, an access token", () => {
    const viewer = compose.services.viewer;
    expect(viewer.environment.VIEWER_HOST).toBe("0.0.0.0");
    expect(viewer.command.slice(0, 2)).toEqual(["sh", "-c"]);
    // $$ is compose's escape for a literal $: the shell sees ${VIEWER_TOKEN:-$(... /dev/urandom ...)}.
    const sh = String(viewer.command[2]).replace(/\$\$/g, "$");
    expect(sh).toContain('export VIEWER_TOKEN="${VIEWER_TOKEN:-$(od -An -N16 -tx1 /dev/urandom');
    const token = execFileSync("sh", ["-c", sh.replace("npm run viewer", 'printf %s "$VIEWER_TOKEN"')], { encoding: "utf8", env: { PATH: process.env.PATH } });
    expect(token).toMatch(/^[0-9a-f]{32}$/);
  });

  it("has a healthcheck the image can run (wget, no curl) and services that wait for it", () => {
    const test = compose.services.neo4j.healthcheck.test.join(" ");
    expect(test).toContain("wget");
    expect(test).not.toContain("curl");
    expect(compose.services.ingest.depends_on.neo4j.condition).toBe("service_healthy");
    expect(compose.services.viewer.depends_on.ingest.condition).toBe("service_completed_successfully");
  });

  it("keeps data in named volumes", () => {
    expect(compose.services.neo4j.volumes.every((v: string) => !v.startsWith(".") && !v.startsWith("/"))).toBe(true);
    expect(Object.keys(compose.volumes)).toContain("neo4j-data");
  });
});
