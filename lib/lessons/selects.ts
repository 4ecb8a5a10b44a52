import type { Prisma } from "../generated/prisma/client";

/** What a lesson says, as its pilot's page, the open data and the author's personal-data export show it. */
export const lessonTextSelect = {
  kind: true,
  title: true,
  whatWeDid: true,
  whatWeLearned: true,
  wouldDoDifferently: true,
  tags: true,
  createdAt: true,
} satisfies Prisma.LessonSelect;
