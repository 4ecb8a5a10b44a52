// The joint procurement pack, printed to PDF by the app itself and read back: the demand table,
// the route and the steering group's recommendation, in Danish and English; the workbook carries the
// same demand. Only for readers who may see the pilot; only the lead and the secretariat choose.
import { beforeAll, describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import { freshDatabase } from "../db";
import type { Database } from "../../../lib/db/connect";
import { AppError } from "../../../lib/errors";
import { openSpreadOffer } from "../../../lib/spread/offers";
import { declareInterest } from "../../../lib/spread/interests";
import { savePack } from "../../../lib/procurement/pack";
import { procurementDownload } from "../../../lib/api/procurement";
import { pilotAtStage } from "../../support/builders/stages";
import { pdfPages } from "../../e2e/support/pdf-pages";
import { interest, offer, seedSpreadWorld, type SpreadWorld } from "./fixtures";

let db: Database;
let w: SpreadWorld;
let pilotId: number;

beforeAll(async () => {
  db = await freshDatabase();
  w = await seedSpreadWorld(db.prisma);
  const cast = {
    communityId: w.gtm,
    lead: w.users.lead,
    secretariat: w.users.secretariat,
    steering: [w.users.steering, w.users.steering2],
  };
  pilotId = (await pilotAtStage(db.prisma, cast, "adopted")).id;
  await db.prisma.pilot.update({
    where: { id: pilotId },
    data: { title: "Vandstandssensorer i Gudenåen – fælles drift" },
  });
  await openSpreadOffer(w.users.secretariat, offer(pilotId));
  await declareInterest(w.joiners.ishoej, interest(pilotId, { units: 40, goLive: "2099-Q1" }));
  await declareInterest(w.joiners.vallensbaek, interest(pilotId, { units: 15, goLive: "2099-Q3" }));
});

const download = (format: "pdf" | "xlsx", user = w.users.member, sprog = "da") =>
  procurementDownload(
    new Request(`http://localhost/piloter/${pilotId}/indkoebspakke.${format}?sprog=${sprog}`),
    user,
    String(pilotId),
    format,
  );

describe("the procurement pack", () => {
  it("prints to an A4 PDF with the demand table, the route and the recommendation, in Danish and English", async () => {
    await savePack(w.users.lead, {
      pilotId,
      route: "SKI_FRAMEWORK",
      resultIds: [],
      lessonIds: [],
      notes: "Kræv DVR90 i alle målinger.",
    });
    const res = await download("pdf");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/pdf");
    const pages = pdfPages(Buffer.from(await res.arrayBuffer()));
    expect(pages).toHaveLength(1);
    expect(pages[0].text).toMatch(/1\/1$/); // the page number, in the footer of the one page
    expect(Math.round(pages[0].width)).toBe(595); // A4: 595 × 842 points
    expect(Math.round(pages[0].height)).toBe(842);
    const text = pages.map((p) => p.text).join(" ");
    expect(text).toContain("Fælles indkøbspakke");
    expect(text).toContain("Vandstandssensorer i Gudenåen – fælles drift");
    expect(text).toMatch(/Ishøj\s*183\s*Interesseret\s*40\s*2099-Q1/);
    expect(text).toMatch(/Vallensbæk\s*187\s*Interesseret\s*15\s*2099-Q3/);
    expect(text).toMatch(/I alt\s*55/);
    expect(text).toContain("SKI-rammeaftale");
    expect(text).toContain("Fælles udbud via SKI."); // the ADOPT decision's recommendation
    expect(text).toContain("Kræv DVR90 i alle målinger.");

    const en = pdfPages(Buffer.from(await (await download("pdf", w.users.member, "en")).arrayBuffer()))
      .map((p) => p.text)
      .join(" ");
    expect(en).toContain("Joint procurement pack");
    expect(en).toMatch(/Ishøj\s*183\s*Interested\s*40/);
    expect(en).toContain("SKI framework agreement");
  });

  it("writes the same demand to a workbook", async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await (await download("xlsx")).arrayBuffer());
    const sheet = book.getWorksheet("Efterspørgsel")!;
    const rows = sheet
      .getSheetValues()
      .slice(2)
      .map((r) => (r as unknown[]).slice(1, 5));
    expect(rows).toContainEqual(["Ishøj", 183, "Interesseret", 40]);
    expect(rows.at(-1)).toEqual(["I alt", undefined, undefined, 55]);
  });

  it("is not there for a reader who may not see the pilot; only the lead or the secretariat choose", async () => {
    await db.prisma.pilot.update({ where: { id: pilotId }, data: { visibility: "MEMBERS" } });
    const anonymous = await download("pdf", null as never).then(
      () => null,
      (e: unknown) => e,
    );
    expect((anonymous as AppError).code).toBe("NOT_FOUND");
    const refused = await savePack(w.joiners.ishoej, {
      pilotId,
      route: "JOINT_TENDER",
      resultIds: [],
      lessonIds: [],
      notes: null,
    }).then(
      () => null,
      (e: unknown) => e,
    );
    expect((refused as AppError).code).toBe("FORBIDDEN");
    const other = await savePack(w.users.lead, {
      pilotId,
      route: "JOINT_TENDER",
      resultIds: [999_999],
      lessonIds: [],
      notes: null,
    }).then(
      () => null,
      (e: unknown) => e,
    );
    expect((other as AppError).fields).toEqual({ resultIds: "procurement.errors.notThisPilot" });
    expect((await db.prisma.procurementPack.findUniqueOrThrow({ where: { pilotId } })).route).toBe("SKI_FRAMEWORK");
  });
});
