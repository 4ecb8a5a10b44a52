import { test, expect } from "./fixtures";

test("GET /api/health says the database is ok", async ({ request }) => {
  const res = await request.get("/api/health");
  expect(res.status()).toBe(200);
  expect(await res.json()).toEqual({ status: "ok", database: "ok", outages: expect.any(Number) });
});

test("GET /api/v1/municipalities lists all 98 sorted by code", async ({ request }) => {
  const res = await request.get("/api/v1/municipalities");
  expect(res.status()).toBe(200);
  const list = await res.json();
  expect(list).toHaveLength(98);
  expect(list[0]).toEqual(
    expect.objectContaining({ code: 101, name: "København", regionCode: 1084, regionName: "Region Hovedstaden" }),
  );
  expect(typeof list[0].population).toBe("number");
  const codes = list.map((m: { code: number }) => m.code);
  expect(codes).toEqual([...codes].sort((a, b) => a - b));
  expect(list.find((m: { code: number }) => m.code === 751)).toEqual(
    expect.objectContaining({ name: "Aarhus", regionCode: 1082 }),
  );
  expect(list.find((m: { code: number }) => m.code === 411)).toBeUndefined();
});

test("GET /api/v1/municipalities/{code}: one, 404 or 400 as JSON", async ({ request }) => {
  const one = await request.get("/api/v1/municipalities/810");
  expect(await one.json()).toEqual(expect.objectContaining({ code: 810, name: "Brønderslev", regionCode: 1081 }));
  const missing = await request.get("/api/v1/municipalities/411");
  expect(missing.status()).toBe(404);
  expect((await missing.json()).error.code).toBe("NOT_FOUND");
  const bad = await request.get("/api/v1/municipalities/abc");
  expect(bad.status()).toBe(400);
  expect((await bad.json()).error.code).toBe("BAD_REQUEST");
});
