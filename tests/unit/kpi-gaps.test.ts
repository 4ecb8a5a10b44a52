import { describe, expect, it } from "vitest";
import { withGaps } from "../../lib/kpis/gaps";

const hour = 3_600_000;
const at = (hours: number[]) => hours.map((h, i) => ({ t: h * hour, value: i }));

describe("withGaps", () => {
  it("breaks the line where a regular series stops for a while", () => {
    const out = withGaps(at([0, 1, 2, 3, 4, 10, 11]));
    expect(out.map((p) => p.value)).toEqual([0, 1, 2, 3, 4, null, 5, 6]);
    expect(out[5].t).toBe(7 * hour);
  });
  it("leaves a regular or a short series alone, and sorts by time", () => {
    expect(withGaps(at([0, 1, 2, 3, 4, 5])).every((p) => p.value !== null)).toBe(true);
    expect(withGaps(at([0, 1, 50])).map((p) => p.value)).toEqual([0, 1, 2]);
    expect(
      withGaps([
        { t: 2, value: 2 },
        { t: 1, value: 1 },
      ]).map((p) => p.t),
    ).toEqual([1, 2]);
  });
});
