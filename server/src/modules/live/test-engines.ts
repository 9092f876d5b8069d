/**
 * The engines a live test runs on: in-process always, Redis when REDIS_URL is set (CI sets it),
 * as the environment a test app is built with. Says so when Redis is left out.
 */
export function testEngines(): { name: string; env: Record<string, string> }[] {
  const url = process.env.REDIS_URL;
  if (!url) console.warn("live tests run on the in-process engine only: REDIS_URL is not set (CI sets it)");
  return [
    { name: "in-process", env: { LIVE_ENGINE: "in-process" } },
    ...(url ? [{ name: "redis", env: { LIVE_ENGINE: "redis", REDIS_URL: url } }] : []),
  ];
}
