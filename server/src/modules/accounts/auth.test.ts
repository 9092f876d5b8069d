import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Browser, type TestApp, testApp } from "../../../test/app.js";

let t: TestApp;
beforeAll(async () => {
  t = await testApp({ LOGIN_MAX_FAILURES: "3" });
});
afterAll(() => t.close());

describe("sign-up", () => {
  it("creates the account, logs the person in with an HttpOnly SameSite cookie", async () => {
    const browser = new Browser(t.app);
    const response = await browser.post("/api/auth/signup", {
      email: " Xiao.Li@Example.com ",
      password: "long-enough-1",
      name: "李小",
    });
    expect(response.statusCode).toBe(201);
    expect(response.json().user).toMatchObject({ email: "xiao.li@example.com", name: "李小", locale: "zh-CN" });
    const cookie = response.cookies.find((c) => c.name === "taocun_session");
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Lax", path: "/" });
    const me = await browser.get("/api/me");
    expect(me.statusCode).toBe(200);
    expect(me.json()).toMatchObject({ user: { email: "xiao.li@example.com" }, organisations: [], operatorOf: [] });
  });

  it("answers 400 with a detail per bad field, in the caller's language", async () => {
    const body = { email: "not-an-email", password: "short", name: "" };
    const zh = await new Browser(t.app).call({ method: "POST", url: "/api/auth/signup", body });
    expect(zh.statusCode).toBe(400);
    expect(zh.json().error.code).toBe("validation_failed");
    expect(
      zh
        .json()
        .error.details.map((d: { path: string }) => d.path)
        .sort(),
    ).toEqual(["email", "name", "password"]);
    expect(zh.json().error.message).toMatch(/[\u4e00-\u9fff]/);
    const en = await new Browser(t.app).call({
      method: "POST",
      url: "/api/auth/signup",
      body,
      headers: { "accept-language": "en-US,en;q=0.9" },
    });
    const password = en.json().error.details.find((d: { path: string }) => d.path === "password");
    expect(password.message).toMatch(/8/);
    expect(en.json().error.message).toBe("Some fields are not valid");
  });

  it("answers 409 for an e-mail address that already has an account, whatever its case", async () => {
    await new Browser(t.app).signUp("taken@example.com");
    const again = await new Browser(t.app).post("/api/auth/signup", {
      email: "TAKEN@example.com",
      password: "long-enough-2",
      name: "又一个",
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe("email_taken");
    expect(again.json().error.details).toEqual([
      { path: "email", code: "email_taken", message: "该邮箱已注册，请直接登录" },
    ]);
  });
});

describe("log-in", () => {
  it("logs in with the right password and out again", async () => {
    await new Browser(t.app).signUp("login@example.com", "登录者", "right-password");
    const browser = new Browser(t.app);
    const response = await browser.post("/api/auth/login", { email: "login@example.com", password: "right-password" });
    expect(response.statusCode).toBe(200);
    expect((await browser.get("/api/me")).statusCode).toBe(200);
    const cookieBeforeLogout = browser.cookie as string;
    expect((await browser.post("/api/auth/logout")).statusCode).toBe(204);
    expect((await browser.get("/api/me")).statusCode).toBe(401);
    // The old cookie is dead on the server too, not just forgotten by the browser.
    const replay = await t.app.inject({
      method: "GET",
      url: "/api/me",
      cookies: { taocun_session: cookieBeforeLogout },
    });
    expect(replay.statusCode).toBe(401);
  });

  it("gives the same 401 for a wrong password and an unknown address", async () => {
    await new Browser(t.app).signUp("exists@example.com", "在", "right-password");
    const wrong = await new Browser(t.app).post("/api/auth/login", {
      email: "exists@example.com",
      password: "wrong-password",
    });
    const unknown = await new Browser(t.app).post("/api/auth/login", {
      email: "nobody@example.com",
      password: "wrong-password",
    });
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json()).toEqual(unknown.json());
  });

  it("answers 429 after repeated failures, even to the right password, and says when to retry", async () => {
    await new Browser(t.app).signUp("target@example.com", "靶子", "right-password");
    for (let i = 0; i < 3; i++) {
      const failure = await new Browser(t.app).post("/api/auth/login", {
        email: "target@example.com",
        password: `guess-${i}`,
      });
      expect(failure.statusCode).toBe(401);
    }
    const locked = await new Browser(t.app).post("/api/auth/login", {
      email: "target@example.com",
      password: "right-password",
    });
    expect(locked.statusCode).toBe(429);
    expect(locked.json().error.code).toBe("too_many_login_failures");
    expect(Number(locked.headers["retry-after"])).toBeGreaterThan(0);
    // Unknown addresses lock the same way, so a lock-out does not reveal who has an account.
    for (let i = 0; i < 3; i++)
      await new Browser(t.app).post("/api/auth/login", { email: "ghost@example.com", password: `g-${i}` });
    const ghost = await new Browser(t.app).post("/api/auth/login", { email: "ghost@example.com", password: "x" });
    expect(ghost.statusCode).toBe(429);
  });

  it("forgets earlier failures after a successful log-in", async () => {
    await new Browser(t.app).signUp("forgiven@example.com", "原谅", "right-password");
    for (let i = 0; i < 2; i++)
      await new Browser(t.app).post("/api/auth/login", { email: "forgiven@example.com", password: "nope" });
    expect(
      (await new Browser(t.app).post("/api/auth/login", { email: "forgiven@example.com", password: "right-password" }))
        .statusCode,
    ).toBe(200);
    for (let i = 0; i < 2; i++)
      await new Browser(t.app).post("/api/auth/login", { email: "forgiven@example.com", password: "nope" });
    expect(
      (await new Browser(t.app).post("/api/auth/login", { email: "forgiven@example.com", password: "right-password" }))
        .statusCode,
    ).toBe(200);
  });
});

describe("attacks on the log-in limits", () => {
  it("counts guesses sent all at once one by one", async () => {
    await new Browser(t.app).signUp("rushed@example.com", "被猜", "right-password");
    const guesses = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        new Browser(t.app).post("/api/auth/login", { email: "rushed@example.com", password: `g${i}` }),
      ),
    );
    const statuses = guesses.map((g) => g.statusCode);
    expect(statuses.filter((s) => s === 401)).toHaveLength(3);
    expect(statuses.filter((s) => s === 429)).toHaveLength(5);
  });
});

describe("cross-site requests", () => {
  it("checks the origin of a log-in however its path is spelled", async () => {
    await new Browser(t.app).signUp("spelled@example.com", "拼写", "right-password");
    const response = await new Browser(t.app).call({
      method: "POST",
      url: "/api/%61uth/login",
      body: { email: "spelled@example.com", password: "right-password" },
      headers: { origin: "https://evil.example" },
    });
    expect(response.statusCode).toBe(403);
    expect(response.cookies.find((c) => c.name === "taocun_session")).toBeUndefined();
  });

  it("refuses a cookie-authenticated write from another origin, and one with no origin at all", async () => {
    const browser = new Browser(t.app);
    await browser.signUp("csrf@example.com");
    const foreign = await browser.call({
      method: "PATCH",
      url: "/api/me",
      body: { name: "黑客" },
      headers: { origin: "https://evil.example" },
    });
    expect(foreign.statusCode).toBe(403);
    expect(foreign.json().error.code).toBe("bad_origin");
    const bare = await t.app.inject({
      method: "PATCH",
      url: "/api/me",
      payload: { name: "黑客" },
      cookies: { taocun_session: browser.cookie as string },
    });
    expect(bare.statusCode).toBe(403);
    const me = await browser.get("/api/me");
    expect(me.json().user.name).toBe("测试用户");
  });

  it("refuses a log-in posted from another site (log-in CSRF)", async () => {
    await new Browser(t.app).signUp("victim@example.com", "受害者", "right-password");
    const response = await new Browser(t.app).call({
      method: "POST",
      url: "/api/auth/login",
      body: { email: "victim@example.com", password: "right-password" },
      headers: { origin: "https://evil.example" },
    });
    expect(response.statusCode).toBe(403);
  });

  it("accepts a same-origin write that a browser marks with Sec-Fetch-Site instead of Origin", async () => {
    const browser = new Browser(t.app);
    await browser.signUp("fetch-site@example.com");
    const response = await t.app.inject({
      method: "PATCH",
      url: "/api/me",
      payload: { locale: "en" },
      headers: { "sec-fetch-site": "same-origin" },
      cookies: { taocun_session: browser.cookie as string },
    });
    expect(response.statusCode).toBe(200);
    expect(response.json().locale).toBe("en");
  });
});
