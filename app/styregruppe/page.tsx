import Link from "next/link";
import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/session";
import { getT } from "@/lib/i18n/server";
import { MESSAGES } from "@/lib/i18n/messages";
import { steeringQueue } from "@/lib/gates/queries/queue";
import { QueueTable } from "./QueueTable";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("gates.queue.title") };
}

/** The steering member's queue; a secretariat member finds the way to the gate overview here too. */
export default async function SteeringQueuePage() {
  const user = await requireUser("/styregruppe");
  const { locale, t } = await getT();
  const m = MESSAGES[locale].gates;
  const queue = await steeringQueue(user);
  const secretariat = user.roles.filter((r) => r.role === "SECRETARIAT");
  return (
    <>
      <h1>{m.queue.heading}</h1>
      {queue ? <p className="font-lead">{m.queue.lead}</p> : <p>{m.queue.notSteering}</p>}
      {secretariat.length > 0 && (
        <ul>
          {secretariat.map((r) => (
            <li key={r.communityId}>
              <Link href={`/faellesskaber/${r.community.slug}/gates`}>{t("gates.queue.overviewLink", { community: r.community.name })}</Link>
            </li>
          ))}
        </ul>
      )}
      {queue && (
        <>
          <QueueTable id="awaiting" heading={m.queue.awaiting} empty={m.queue.awaitingNone} items={queue.awaitingMe} locale={locale} />
          <QueueTable id="ready" heading={m.queue.ready} empty={m.queue.readyNone} items={queue.readyToDecide} locale={locale} />
          <QueueTable id="others" heading={m.queue.others} empty={m.queue.othersNone} items={queue.waitingForOthers} locale={locale} />
        </>
      )}
    </>
  );
}
