import { describe, expect, it } from "vitest";
import { authorize, can, type Actor } from "../../lib/auth/permissions";

const GOVTECH = 1;
const DDD = 2;
const user = (id: number, roles: Actor["roles"], isPlatformAdmin = false): Actor => ({
  id,
  isPlatformAdmin,
  organisation: { id: 100 + id },
  roles,
});

const secretariat = user(1, [{ role: "SECRETARIAT", communityId: GOVTECH }]);
const steering = user(2, [{ role: "STEERING", communityId: GOVTECH }]);
const lead = user(3, [
  { role: "PROJECT_LEAD", communityId: GOVTECH },
  { role: "MEMBER", communityId: DDD },
]);
const member = user(4, [{ role: "MEMBER", communityId: GOVTECH }]);
const outsider = user(5, [
  { role: "SECRETARIAT", communityId: DDD },
  { role: "STEERING", communityId: DDD },
]);
const admin = user(6, [], true);

const pilot = (status: string, projectLeadId = lead.id) => ({ communityId: GOVTECH, projectLeadId, status });

describe("permissions", () => {
  it("gives each community role its own powers, in its own community only", () => {
    expect(can(secretariat, "community.manage", { communityId: GOVTECH })).toBe(true);
    expect(can(outsider, "community.manage", { communityId: GOVTECH })).toBe(false);
    expect(can(steering, "gate.decide", { communityId: GOVTECH })).toBe(true);
    expect(can(outsider, "gate.decide", { communityId: GOVTECH })).toBe(false);
    expect(can(member, "gate.score", { communityId: GOVTECH })).toBe(false);
    expect(can(lead, "pilot.create", { communityId: GOVTECH })).toBe(true);
    expect(can(lead, "pilot.create", { communityId: DDD })).toBe(false); // only a member there
    expect(can(secretariat, "pilot.approve", { communityId: GOVTECH })).toBe(true);
    expect(can(lead, "pilot.approve", { communityId: GOVTECH })).toBe(false);
  });

  it("lets a lead edit her own running pilot, not another's, and not after it ended", () => {
    expect(can(lead, "pilot.edit", { communityId: GOVTECH, pilot: pilot("ACTIVE") })).toBe(true);
    expect(can(lead, "pilot.edit", { communityId: GOVTECH, pilot: pilot("ACTIVE", 99) })).toBe(false);
    expect(can(lead, "pilot.edit", { communityId: GOVTECH, pilot: pilot("STOPPED") })).toBe(false);
    expect(can(lead, "pilot.writeLessons", { communityId: GOVTECH, pilot: pilot("STOPPED") })).toBe(true);
    expect(can(secretariat, "pilot.edit", { communityId: GOVTECH, pilot: pilot("ACTIVE") })).toBe(false);
  });

  it("gives the platform administrator everything, and nobody anything when signed out", () => {
    expect(can(admin, "community.manage", { communityId: DDD })).toBe(true);
    expect(can(null, "pledge.join", { communityId: GOVTECH })).toBe(false);
  });

  it("authorize throws 401 when signed out and 403 without the right", () => {
    expect(() => authorize(null, "community.manage", { communityId: GOVTECH })).toThrow(
      expect.objectContaining({ code: "UNAUTHENTICATED" }),
    );
    expect(() => authorize(member, "community.manage", { communityId: GOVTECH })).toThrow(
      expect.objectContaining({ code: "FORBIDDEN" }),
    );
    expect(() => authorize(secretariat, "community.manage", { communityId: GOVTECH })).not.toThrow();
  });
});
