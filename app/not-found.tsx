import Link from "next/link";
import type { Metadata } from "next";
import { getT } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("errors.notFoundTitle") };
}

export default async function NotFound() {
  const { t } = await getT();
  return (
    <>
      <h1>{t("errors.notFoundTitle")}</h1>
      <p>{t("errors.notFound")}</p>
      <p>
        <Link href="/">{t("errors.backHome")}</Link>
      </p>
    </>
  );
}
