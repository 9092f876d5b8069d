import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "./config.js";

describe("configuration", () => {
  it("defaults to the embedded database in ./data on port 3000 with the small demo hub", () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ port: 3000, databaseUrl: undefined, demo: "small", cookieSecure: false });
    expect(config.dataDir.endsWith("/data")).toBe(true);
  });

  it("treats an empty variable as unset", () => {
    expect(loadConfig({ DATABASE_URL: "", PORT: "" })).toMatchObject({ databaseUrl: undefined, port: 3000 });
  });

  it("rejects a malformed DATABASE_URL with one readable line", () => {
    expect(() => loadConfig({ DATABASE_URL: "localhost:5432" })).toThrowError(ConfigError);
    expect(() => loadConfig({ DATABASE_URL: "localhost:5432" })).toThrowError(/^DATABASE_URL: .*postgres:\/\//);
  });

  it("rejects a port that is not a port", () => {
    expect(() => loadConfig({ PORT: "http" })).toThrowError(/^PORT: /);
  });
});
