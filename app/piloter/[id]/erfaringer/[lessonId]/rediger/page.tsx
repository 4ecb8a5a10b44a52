import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { currentUser } from "@/lib/auth/session";
import { getT } from "@/lib/i18n/server";
import { MESSAGES } from "@/lib/i18n/messages";
import { getLessons } from "@/lib/lessons/queries";
import { OutcomeNav } from "@/components/results/PilotOutcomes";
import { LessonForm } from "../../LessonForm";

import { parseId } from "@/lib/validation";
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string; lessonId: string }> };

async function load(params: Props["params"]) {
  const p = await params;
  const id = parseId(p.id);
  const lessonId = parseId(p.lessonId);
  const page = id && lessonId ? await getLessons(await currentUser(), id) : null;
  const lesson = page?.lessons.find((l) => l.id === lessonId);
  return page && lesson ? { page, lesson } : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { t } = await getT();
  const found = await load(params);
  return { title: found ? t("results.lessons.editTitle", { title: found.lesson.title }) : t("errors.notFoundTitle") };
}

export default async function EditLessonPage({ params }: Props) {
  const { locale, t } = await getT();
  const found = await load(params);
  // Only the lead edits; to everyone else the edit page of a lesson does not exist.
  if (!found || !found.page.canWrite) notFound();
  const { page, lesson } = found;
  const initial = {
    lessonId: lesson.id,
    title: lesson.title,
    whatWeDid: lesson.whatWeDid,
    whatWeLearned: lesson.whatWeLearned,
    wouldDoDifferently: lesson.wouldDoDifferently,
    tags: lesson.tags.join(", "),
  };
  return (
    <>
      <OutcomeNav pilotId={page.id} current="lessons" t={t} />
      <h1>{t("results.lessons.editTitle", { title: lesson.title })}</h1>
      <LessonForm pilotId={page.id} initial={initial} m={MESSAGES[locale].results} />
    </>
  );
}
