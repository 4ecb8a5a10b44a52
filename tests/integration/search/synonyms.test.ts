// Domain synonyms: the secretariat's groups (validated, audited, only its own, 404 for another
// community's), applied at query time to whom they serve, and said ("Søger også efter …"). Demo data.
import { beforeAll, describe, expect, it } from "vitest";
import { freshDatabase } from "../db";
import type { Database } from "../../../lib/db/connect";
import { sessionUserSelect, type SessionUser } from "../../../lib/auth/session";
import { searchCatalogue } from "../../../lib/search/catalogue";
import { parseCatalogueParams } from "../../../lib/search/params";
import { splitMarks } from "../../../lib/search/query";
import { deleteSynonymGroup, saveSynonymGroup, synonymGroupsFor } from "../../../lib/search/synonyms";
import { synonymEntries, synonymGroupSchema } from "../../../lib/search/synonym-schema";
import { seedDemoWorld, type DemoWorld } from "../pilots/demo-world";

let db: Database;
let w: DemoWorld;
let fddId: number;

beforeAll(async () => {
  db = await freshDatabase();
  w = await seedDemoWorld(db.prisma);
  fddId = (await db.prisma.community.findUniqueOrThrow({ where: { slug: "faellesskab-for-dynamiske-data" } })).id;
}, 180_000);

const search = (user: SessionUser | null, q: string) => searchCatalogue(user, parseCatalogueParams({ q }));
const titles = async (user: SessionUser | null, q: string) =>
  (await search(user, q)).hits.map((h) =>
    splitMarks(h.title)
      .map((p) => p.text)
      .join(""),
  );

describe("synonyms in the search", () => {
  it("finds what the other words of a group find, and says what it also searched for", async () => {
    const res = await search(null, "ekstremregn"); // in no text; the demo's shared group says skybrud, kraftig regn, styrtregn
    expect(res.search?.synonyms).toEqual([{ word: "ekstremregn", also: ["skybrud", "kraftig regn", "styrtregn"] }]);
    expect(res.search?.corrections).toEqual([]);
    expect(
      res.hits.map((h) =>
        splitMarks(h.title)
          .map((p) => p.text)
          .join(""),
      ),
    ).toContain("Sensorer på kloakoverløb og varsling af badevandskvalitet"); // "kraftig regn"
  });

  it("takes a phrase as one word: “kunstig intelligens” is searched as AI", async () => {
    const res = await search(w.users.gtmMember, "kunstig intelligens");
    expect(res.search?.synonyms).toEqual([{ word: "kunstig intelligens", also: ["ai", "maskinlæring"] }]);
    expect(res.search?.mode).toBe("all");
    expect(
      res.hits.map((h) =>
        splitMarks(h.title)
          .map((p) => p.text)
          .join(""),
      ),
    ).toContain("AI-forslag til visitation af hjemmehjælp");
  });

  it("applies a community's own group to its members only", async () => {
    // GovTech's group “gadebelysning, gadelys, vejbelysning” serves GovTech's members.
    expect(await titles(w.users.gtmMember, "vejbelysning")).toContain(
      "Adaptiv gadebelysning, der dæmpes efter trafikken",
    );
    expect((await search(w.users.fddMember, "vejbelysning")).search?.synonyms).toEqual([]);
  });
});

describe("the secretariat's synonym groups", () => {
  const secretariat = () => w.users.gtmSecretariat;

  it("creates, edits and deletes a group, each change in the audit trail", async () => {
    const created = await saveSynonymGroup(secretariat(), {
      communityId: w.gtmId,
      words: "Borgerhenvendelse,  henvendelser fra borgere\nopkald",
      scope: "COMMUNITY",
    });
    expect(created.words).toEqual(["borgerhenvendelse", "henvendelser fra borgere", "opkald"]);
    await saveSynonymGroup(secretariat(), {
      communityId: w.gtmId,
      groupId: created.id,
      words: "borgerhenvendelse, opkald",
      scope: "ALL",
    });
    expect(
      await db.prisma.synonymGroup.findUniqueOrThrow({
        where: { id: created.id },
        select: { words: true, scope: true },
      }),
    ).toEqual({ words: ["borgerhenvendelse", "opkald"], scope: "ALL" });
    await deleteSynonymGroup(secretariat(), { communityId: w.gtmId, groupId: created.id });
    expect(await db.prisma.synonymGroup.count({ where: { id: created.id } })).toBe(0);
    const actions = await db.prisma.auditEvent.findMany({
      where: { entity: "SynonymGroup", entityId: String(created.id) },
      orderBy: { id: "asc" },
      select: { action: true, actorId: true },
    });
    expect(actions).toEqual(["create", "update", "delete"].map((action) => ({ action, actorId: secretariat().id })));
  });

  it("refuses bad input beside the field and changes nothing", async () => {
    const before = await db.prisma.synonymGroup.count();
    const bad = [
      [{ communityId: w.gtmId, words: "skybrud", scope: "ALL" }, { words: "search.synonyms.errors.tooFew" }],
      [{ communityId: w.gtmId, words: "skybrud, skybrud", scope: "ALL" }, { words: "search.synonyms.errors.tooFew" }],
      [
        { communityId: w.gtmId, words: Array.from({ length: 13 }, (_, i) => `ord${i}`).join(","), scope: "ALL" },
        { words: "search.synonyms.errors.tooMany" },
      ],
      [
        { communityId: w.gtmId, words: "a, en meget lang sætning med mange ord", scope: "ALL" },
        { words: "search.synonyms.errors.tooLong" },
      ],
      [{ communityId: w.gtmId, words: "!!, ??", scope: "ALL" }, { words: "search.synonyms.errors.noLetters" }],
      [{ communityId: w.gtmId, words: "a, b", scope: "EVERYONE" }, { scope: "search.synonyms.errors.scope" }],
      [{ communityId: 2 ** 31, words: "a, b", scope: "ALL" }, { communityId: "errors.notFound" }],
    ] as const;
    for (const [input, fields] of bad)
      await expect(saveSynonymGroup(secretariat(), input), JSON.stringify(input)).rejects.toMatchObject({ fields });
    expect(await db.prisma.synonymGroup.count()).toBe(before);
  });

  it("lets no one else change a community's groups: another secretariat gets not-found, a member is refused", async () => {
    const mine = await db.prisma.synonymGroup.findFirstOrThrow({
      where: { communityId: w.gtmId },
      select: { id: true, words: true },
    });
    const fddSecretariat = (await db.prisma.user.findUniqueOrThrow({
      where: { email: "sekretariat@gate21.example" },
      select: sessionUserSelect,
    })) as SessionUser;
    // through its own community, naming our group: not found, nothing changed
    await expect(
      saveSynonymGroup(fddSecretariat, { communityId: fddId, groupId: mine.id, words: "x, y", scope: "ALL" }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(deleteSynonymGroup(fddSecretariat, { communityId: fddId, groupId: mine.id })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    // through ours: not allowed
    await expect(
      saveSynonymGroup(fddSecretariat, { communityId: w.gtmId, groupId: mine.id, words: "x, y", scope: "ALL" }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(
      saveSynonymGroup(w.users.gtmMember, { communityId: w.gtmId, words: "x, y", scope: "ALL" }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(synonymGroupsFor(w.users.gtmMember, w.gtmId)).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect((await db.prisma.synonymGroup.findUniqueOrThrow({ where: { id: mine.id } })).words).toEqual(mine.words);
  });

  it("lists its own groups and those other communities share with all", async () => {
    const { own, shared } = await synonymGroupsFor(secretariat(), w.gtmId);
    expect(own.every((g) => g.communityId === w.gtmId)).toBe(true);
    expect(shared.length).toBeGreaterThan(0);
    expect(shared.every((g) => g.scope === "ALL" && g.communityId !== w.gtmId)).toBe(true);
  });

  it("saves what the server action hands on: the form's parse of the words, parsed again by the domain", async () => {
    const parsed = synonymGroupSchema.parse({
      communityId: String(w.gtmId),
      words: "fartdæmpning, vejbump",
      scope: "COMMUNITY",
    });
    const saved = await saveSynonymGroup(secretariat(), parsed);
    expect(saved.words).toEqual(["fartdæmpning", "vejbump"]);
    await deleteSynonymGroup(secretariat(), { communityId: w.gtmId, groupId: saved.id });
  });

  it("splits the words of the form on commas, semicolons and lines, lower-cased, once each", () => {
    expect(synonymEntries(" IoT ;sensorer\n\nSensorer, internet  of things ")).toEqual([
      "iot",
      "sensorer",
      "internet of things",
    ]);
  });
});
