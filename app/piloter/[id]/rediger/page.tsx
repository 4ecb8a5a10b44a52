import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { parseId } from "@/lib/validation";
import { requireUser } from "@/lib/auth/session";
import { getT } from "@/lib/i18n/server";
import { MESSAGES } from "@/lib/i18n/messages";
import { getPilotForEditing, memberOrganisations } from "@/lib/pilots/editing";
import { PilotForm } from "@/components/pilots/PilotForm";
import { Notice } from "@/components/pilots/Notice";
import { updatePilotAction } from "./actions";
import { SubmitSection } from "./SubmitSection";
import { refusal } from "@/lib/lifecycle";
import { pilotOffers } from "@/lib/pilots/offers";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("pilots.edit.title"), robots: { index: false } };
}

export default async function EditPilotPage({ params }: Props) {
  const { id } = await params;
  const pilotId = parseId(id);
  if (!pilotId) notFound();
  const user = await requireUser(`/piloter/${pilotId}/rediger`);
  const pilot = await getPilotForEditing(user, pilotId);
  if (!pilot) notFound();
  const { locale, t } = await getT();
  const { canEdit } = pilot;
  const { title, problem, hypothesis, technologies, domains, sdgs, leadOrganisationId, participantIds, visibility } =
    pilot;
  const offers = pilotOffers(user, pilot);
  const editable = offers.pilot("edit");
  const underReview = canEdit && refusal(pilot.status, "edit") === "underReview";
  return (
    <>
      <h1>{t("pilots.edit.heading", { title: pilot.title })}</h1>
      <p>
        {t("pilots.edit.statusLine", { status: t(`pilots.status.${pilot.status}`) })} · {pilot.community.name}
      </p>
      <p>
        <Link href={`/piloter/${pilot.id}`}>{t("pilots.edit.pilotLink")}</Link> ·{" "}
        <Link href={`/piloter/${pilot.id}/faser`}>{t("pilots.edit.phasesLink")}</Link>
      </p>
      {pilot.status === "DRAFT" && pilot.reviewComment && (
        <Notice kind="warning" heading={t("pilots.edit.sentBackHeading")}>
          {pilot.reviewComment}
        </Notice>
      )}
      {!canEdit && <Notice kind="info">{t("pilots.edit.notAllowed")}</Notice>}
      {underReview && <Notice kind="info">{t("pilots.edit.underReview")}</Notice>}
      {editable && (
        <PilotForm
          action={updatePilotAction}
          hidden={{ pilotId: pilot.id, version: pilot.version }}
          initial={{
            title,
            problem,
            hypothesis,
            technologies,
            domains,
            sdgs,
            leadOrganisationId,
            participantIds,
            visibility,
          }}
          organisations={await memberOrganisations(pilot.communityId)}
          m={MESSAGES[locale].pilots}
          locale={locale}
          submitLabel={t("pilots.form.save")}
        />
      )}
      {(offers.pilot("submit") || underReview) && (
        <SubmitSection pilotId={pilot.id} canSubmit={offers.pilot("submit")} m={MESSAGES[locale].pilots.edit} />
      )}
    </>
  );
}
