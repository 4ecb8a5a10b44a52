// The words and links of a notice, pure: where each kind leads, the event keys the sweep dedupes on,
// the e-mail in both languages with its absolute link, and HTML that cannot be injected by a title.
import { describe, expect, it } from "vitest";
import { dedupeKey, noticePath, withDefaults } from "../../lib/notifications/kinds";

import { composeMail, noticeText, type NoticeFacts } from "../../lib/notifications/compose-mail";
const base: NoticeFacts = {
  kind: "REVIEW_REQUESTED",
  pilotId: 42,
  reviewId: 9,
  decisionId: null,
  pilot: { title: "Vandstand <i>&</i> varsling" },
  phase: { kind: "DEMONSTRATION", plannedEnd: new Date("2026-12-31T00:00:00Z") },
  review: { dueDate: new Date("2027-01-15T00:00:00Z") },
  decision: null,
  condition: null,
};

describe("where a notice leads", () => {
  it("sends reviews and overdue phases to the gate page, decisions and conditions to the decision memo", () => {
    expect(noticePath("REVIEW_REQUESTED", { pilotId: 42, reviewId: 9 })).toBe("/piloter/42/gate");
    expect(noticePath("PHASE_OVERDUE", { pilotId: 42 })).toBe("/piloter/42/gate");
    expect(noticePath("DECISION_MADE", { pilotId: 42, decisionId: 7 })).toBe("/beslutninger/7");
    expect(noticePath("CONDITION_DUE", { pilotId: 42, decisionId: 7 })).toBe("/beslutninger/7");
    // The spread section is part of the pilot page: there is no /piloter/{id}/spredning page to land on.
    expect(noticePath("SPREAD_COMMITTED", { pilotId: 42 })).toBe("/piloter/42#spread-heading");
  });

  it("keys a deadline notice by its date, so a moved deadline is a new event", () => {
    expect(dedupeKey.phaseOverdue(5, new Date("2026-12-31T00:00:00Z"))).toBe("phase-overdue:5:2026-12-31");
    expect(dedupeKey.phaseOverdue(5, new Date("2027-03-31T00:00:00Z"))).not.toBe(
      dedupeKey.phaseOverdue(5, new Date("2026-12-31T00:00:00Z")),
    );
    expect(dedupeKey.review(9)).toBe("review:9");
  });

  it("fills the defaults in where the user saved nothing", () => {
    const prefs = withDefaults([{ kind: "PHASE_OVERDUE", inApp: false, email: true }]);
    expect(prefs.PHASE_OVERDUE).toEqual({ inApp: false, email: true });
    expect(prefs.REVIEW_REQUESTED).toEqual({ inApp: true, email: true });
  });
});

describe("the e-mail", () => {
  it("is written in Danish with Danish dates and an absolute link", () => {
    const mail = composeMail(base, { name: "Mette", locale: "da" }, "https://innovationsmotor.example");
    expect(mail.subject).toBe("Gate-vurdering anmodet: Vandstand <i>&</i> varsling");
    expect(mail.text).toContain("Hej Mette");
    expect(mail.text).toContain("fasen demonstration. Frist for beslutning: 15. januar 2027.");
    expect(mail.text).toContain("https://innovationsmotor.example/piloter/42/gate");
    expect(mail.text).toContain("https://innovationsmotor.example/profil#notifikationer");
  });

  it("is written in English for a user who chose English", () => {
    const mail = composeMail(
      { ...base, kind: "DECISION_MADE", decisionId: 7, decision: { outcome: "REVISE" } },
      { name: "Sam", locale: "en" },
      "http://localhost:3000",
    );
    expect(mail.subject).toBe("Decision made: Vandstand <i>&</i> varsling");
    expect(mail.text).toContain("the steering group decided Revise for the demonstration phase.");
    expect(mail.link).toBe("http://localhost:3000/beslutninger/7");
  });

  it("escapes the pilot's title in the HTML part", () => {
    const { html } = composeMail(base, { name: "<b>x</b>", locale: "da" }, "http://localhost:3000");
    expect(html).not.toContain("<i>");
    expect(html).toContain("Vandstand &lt;i&gt;&amp;&lt;/i&gt; varsling");
    expect(html).toContain("Hej &lt;b&gt;x&lt;/b&gt;");
  });

  it("says when a condition is due, in the reader's language", () => {
    const due = {
      ...base,
      kind: "CONDITION_DUE" as const,
      decisionId: 7,
      condition: { text: "Databehandleraftale", dueDate: new Date("2026-06-15T00:00:00Z") },
    };
    expect(noticeText(due, "da")).toBe(
      "Vandstand <i>&</i> varsling: betingelsen »Databehandleraftale« forfalder 15. juni 2026 og er ikke markeret som opfyldt.",
    );
    expect(noticeText(due, "en")).toBe(
      "Vandstand <i>&</i> varsling: the condition “Databehandleraftale” is due on 15 June 2026 and is not marked as met.",
    );
  });
});
