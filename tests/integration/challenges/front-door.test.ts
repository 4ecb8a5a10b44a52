// The front door's rules (issue 19, decision 0026): a member posts a challenge, organisations of any
// community co-sponsor it, anyone signed in proposes an idea and comments in plain text, and the
// secretariat turns one idea into a pilot draft exactly once, for the lead it names. Bad input is
// refused beside its field and changes nothing.
import { beforeAll, describe, expect, it } from "vitest";
import { randomUUID } from "node:crypto";
import { freshDatabase } from "../db";
import { AppError } from "../../../lib/errors";
import { postChallenge, cosponsorChallenge, proposeIdea, commentOnIdea } from "../../../lib/challenges/write";
import { moveIdea } from "../../../lib/challenges/move";
import { leadHome } from "../../../lib/home/lead";
import { seedFrontWorld, challengeInput, ideaInput, type FrontWorld } from "./world";

const db = await freshDatabase();
let w: FrontWorld;

async function refusal(p: Promise<unknown>): Promise<AppError> {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(AppError);
  return err as AppError;
}

const counts = async () => ({
  challenges: await db.prisma.challenge.count(),
  cosponsors: await db.prisma.challengeCosponsor.count(),
  ideas: await db.prisma.idea.count(),
  comments: await db.prisma.ideaComment.count(),
  pilots: await db.prisma.pilot.count(),
  audit: await db.prisma.auditEvent.count(),
});

beforeAll(async () => {
  w = await seedFrontWorld(db.prisma);
}, 60_000);

describe("posting and co-sponsoring a challenge", () => {
  it("refuses an empty problem, no domain, a negative cost and a community the organisation is not in, beside the fields, and writes nothing", async () => {
    const before = await counts();
    const bad = await refusal(
      postChallenge(w.users.poster, challengeInput(w.gtm, { problem: "   ", domains: [], costKroner: "-5" })),
    );
    expect(bad.code).toBe("BAD_REQUEST");
    expect(bad.fields).toMatchObject({
      problem: "challenges.errors.problemRequired",
      domains: "challenges.errors.domainsRequired",
      costKroner: "challenges.errors.costInvalid",
    });
    const outside = await refusal(postChallenge(w.users.poster, challengeInput(w.fdd)));
    expect(outside.fields).toEqual({ communityId: "challenges.errors.notMember" });
    await expect(postChallenge(null, challengeInput(w.gtm))).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    expect(await counts()).toEqual(before);
  });

  it("lets organisations of both communities say they have it too, once each, but not the poster's own", async () => {
    const { id } = await postChallenge(w.users.poster, challengeInput(w.gtm));
    const row = await db.prisma.challenge.findUniqueOrThrow({
      where: { id },
      select: { costKroner: true, organisationId: true, domains: true },
    });
    expect(row).toEqual({
      costKroner: 1_250_000,
      organisationId: w.users.poster.organisation.id,
      domains: ["vand", "klima"],
    });
    await cosponsorChallenge(w.users.ishoej, { challengeId: id, note: "Vi har 40 kældre, der oversvømmes hvert år" });
    // Two colleagues of one organisation pressing at once make one co-sponsorship.
    const both = await Promise.allSettled([
      cosponsorChallenge(w.users.vallensbaek, { challengeId: id, note: "Samme problem ved Vallensbæk Strandvej" }),
      cosponsorChallenge(w.users.vallensbaek, { challengeId: id, note: "Samme problem ved Vallensbæk Strandvej" }),
    ]);
    expect(both.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect((both.find((r) => r.status === "rejected") as PromiseRejectedResult).reason).toMatchObject({
      fields: { note: "challenges.errors.alreadyCosponsor" },
    });
    expect((await refusal(cosponsorChallenge(w.users.poster, { challengeId: id, note: "Vores egen" }))).fields).toEqual(
      { note: "challenges.errors.ownChallenge" },
    );
    expect(
      (await refusal(cosponsorChallenge(w.users.skanderborg, { challengeId: id, note: "to\nlinjer" }))).fields,
    ).toEqual({ note: "challenges.errors.noteOneLine" });
    expect(await db.prisma.challengeCosponsor.count({ where: { challengeId: id } })).toBe(2);
  });
});

describe("ideas and comments", () => {
  let challengeId: number;
  let ideaId: number;
  beforeAll(async () => {
    challengeId = (
      await postChallenge(w.users.poster, challengeInput(w.gtm, { title: "Lange ventetider på hjemmepleje" }))
    ).id;
    ideaId = (await proposeIdea(w.users.ishoej, ideaInput(challengeId))).id;
  });

  it("takes plain text and refuses a 200,000-character comment, HTML and an empty one beside the field, writing nothing", async () => {
    await commentOnIdea(w.users.skanderborg, {
      ideaId,
      body: "Vi har prøvet noget lignende: batterierne holdt 2 år < forventet.",
    });
    const before = await counts();
    const long = await refusal(commentOnIdea(w.users.skanderborg, { ideaId, body: "a".repeat(200_000) }));
    expect(long.fields).toEqual({ body: "challenges.errors.commentTooLong" });
    for (const body of [
      "<b>fed</b>",
      "se <a href='x'>her</a>",
      "<script>alert(1)</script>",
      "Tom &amp; Jerry",
      "<img src=x onerror=alert(1)>",
    ]) {
      expect((await refusal(commentOnIdea(w.users.skanderborg, { ideaId, body }))).fields, body).toEqual({
        body: "challenges.errors.commentMarkup",
      });
    }
    expect((await refusal(commentOnIdea(w.users.skanderborg, { ideaId, body: "  " }))).fields).toEqual({
      body: "challenges.errors.commentRequired",
    });
    await expect(commentOnIdea(null, { ideaId, body: "Hej" })).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    expect(await counts()).toEqual(before);
  });

  it("refuses an idea without technology, and one for a challenge the user may not see (404)", async () => {
    const before = await counts();
    expect(
      (await refusal(proposeIdea(w.users.skanderborg, ideaInput(challengeId, { technologies: [], description: "" }))))
        .fields,
    ).toEqual({
      technologies: "challenges.errors.technologiesRequired",
      description: "challenges.errors.descriptionRequired",
    });
    await expect(proposeIdea(w.users.skanderborg, ideaInput(2_147_483_647))).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(proposeIdea(w.users.skanderborg, ideaInput(2_147_483_648))).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    expect(await counts()).toEqual(before);
  });
});

describe("the secretariat moves an idea", () => {
  let challengeId: number;
  beforeAll(async () => {
    challengeId = (
      await postChallenge(
        w.users.poster,
        challengeInput(w.gtm, {
          title: "Trafikstøj ved skoler",
          domains: ["trafik", "skole"],
          sdgs: [3, 11],
          visibility: "PUBLIC",
        }),
      )
    ).id;
    await cosponsorChallenge(w.users.skanderborg, { challengeId, note: "Tre skoler ved ringvejen" });
    await cosponsorChallenge(w.users.ishoej, { challengeId, note: "Ishøj Skole ved motorvejen" });
  });

  it("only the challenge community's secretariat may, and a shelf needs a reason and a later day", async () => {
    const { id: ideaId } = await proposeIdea(w.users.skanderborg, ideaInput(challengeId, { title: "Støjsensorer" }));
    const before = await counts();
    await expect(moveIdea(w.users.poster, { ideaId, to: "DECLINED", reason: "Nej" })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(moveIdea(w.users.fddSecretariat, { ideaId, to: "DECLINED", reason: "Nej" })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    expect((await refusal(moveIdea(w.users.gtmSecretariat, { ideaId, to: "SHELVED" }))).fields).toEqual({
      reason: "challenges.errors.reasonRequired",
      reviewOn: "challenges.errors.reviewOnRequired",
    });
    expect(
      (
        await refusal(
          moveIdea(w.users.gtmSecretariat, { ideaId, to: "SHELVED", reason: "Senere", reviewOn: "2020-01-01" }),
        )
      ).fields,
    ).toEqual({ reviewOn: "challenges.errors.reviewOnPast" });
    expect(
      (await refusal(moveIdea(w.users.gtmSecretariat, { ideaId, to: "PILOT", leadId: w.users.fddLead.id }))).fields,
    ).toEqual({ leadId: "challenges.errors.leadNotInCommunity" });
    expect(await counts()).toEqual(before);
    await moveIdea(w.users.gtmSecretariat, {
      ideaId,
      to: "SHELVED",
      reason: "Budgettet er brugt i år",
      reviewOn: "2099-01-15",
    });
    expect(
      await db.prisma.idea.findUniqueOrThrow({ where: { id: ideaId }, select: { status: true, reason: true } }),
    ).toEqual({ status: "SHELVED", reason: "Budgettet er brugt i år" });
    // Declined is final; nothing is deleted.
    await moveIdea(w.users.gtmSecretariat, { ideaId, to: "DECLINED", reason: "En anden idé er valgt" });
    await expect(
      moveIdea(w.users.gtmSecretariat, { ideaId, to: "PILOT", leadId: w.users.gtmLead.id }),
    ).rejects.toMatchObject({ code: "CONFLICT", messageKey: "challenges.errors.cannotMove" });
    expect(await db.prisma.idea.count({ where: { id: ideaId } })).toBe(1);
  });

  it("turns an idea into one pilot draft under concurrent presses, for the named lead, prefilled, with the member co-sponsors as participants", async () => {
    const { id: ideaId } = await proposeIdea(
      w.users.ishoej,
      ideaInput(challengeId, { title: "Støjkort fra sensorer", technologies: ["IoT", "GIS/geodata"] }),
    );
    const pilotsBefore = await db.prisma.pilot.count();
    const presses = await Promise.allSettled(
      Array.from({ length: 8 }, (_, i) =>
        moveIdea(i % 2 ? w.users.gtmSecretariat2 : w.users.gtmSecretariat, {
          ideaId,
          to: "PILOT",
          leadId: w.users.gtmLead.id,
          requestKey: randomUUID(),
        }),
      ),
    );
    const made = presses.filter(
      (p): p is PromiseFulfilledResult<Awaited<ReturnType<typeof moveIdea>>> => p.status === "fulfilled",
    );
    expect(made).toHaveLength(1);
    for (const p of presses.filter((x) => x.status === "rejected"))
      expect((p as PromiseRejectedResult).reason).toMatchObject({
        code: "CONFLICT",
        messageKey: "challenges.errors.alreadyPilot",
      });
    expect(await db.prisma.pilot.count()).toBe(pilotsBefore + 1);

    const pilotId = made[0].value.pilotId!;
    const pilot = await db.prisma.pilot.findUniqueOrThrow({
      where: { id: pilotId },
      select: {
        status: true,
        projectLeadId: true,
        leadOrganisationId: true,
        title: true,
        problem: true,
        hypothesis: true,
        technologies: true,
        domains: true,
        sdgs: true,
        visibility: true,
        challengeId: true,
        participants: { select: { organisationId: true } },
        fromIdea: { select: { id: true } },
      },
    });
    expect(pilot).toMatchObject({
      status: "DRAFT",
      projectLeadId: w.users.gtmLead.id,
      leadOrganisationId: w.users.gtmLead.organisation.id,
      title: "Støjkort fra sensorer",
      problem: expect.stringContaining("Kældre") as unknown as string,
      technologies: ["IoT", "GIS/geodata"],
      domains: ["trafik", "skole"],
      sdgs: [3, 11],
      visibility: "PUBLIC",
      challengeId,
      fromIdea: { id: ideaId },
    });
    // Silkeborg (the poster) and Skanderborg are GovTech members and take part; Ishøj (the other community) stays on the challenge.
    const participants = pilot.participants.map((p) => p.organisationId).sort((a, b) => a - b);
    expect(participants).toEqual(
      [w.users.gtmLead.organisation.id, w.users.poster.organisation.id, w.users.skanderborg.organisation.id].sort(
        (a, b) => a - b,
      ),
    );

    // The named lead finds it on their home page, with its next step.
    const home = await leadHome(w.users.gtmLead);
    expect(home.pilots.find((p) => p.id === pilotId)).toMatchObject({
      status: "DRAFT",
      steps: [{ step: "completePlan" }],
    });
  }, 60_000);

  it("answers a repeated press with the same request key with the first answer", async () => {
    const { id: ideaId } = await proposeIdea(
      w.users.skanderborg,
      ideaInput(challengeId, { title: "Hastighedsvisning" }),
    );
    const key = randomUUID();
    const answers = await Promise.all(
      [1, 2, 3].map(() =>
        moveIdea(w.users.gtmSecretariat, { ideaId, to: "PILOT", leadId: w.users.gtmLead.id, requestKey: key }),
      ),
    );
    expect(new Set(answers.map((a) => a.pilotId)).size).toBe(1);
    expect(await db.prisma.pilot.count({ where: { fromIdea: { id: ideaId } } })).toBe(1);
  }, 60_000);
});
