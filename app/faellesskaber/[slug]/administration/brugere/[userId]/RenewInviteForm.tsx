"use client";
import { useActionState } from "react";
import { FormMessage } from "@/components/forms/FormMessage";
import { idle } from "@/lib/action-state";
import type { Locale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages";
import { InviteLinkBox } from "../InviteLinkBox";
import { renewInviteAction } from "../actions";
import type { InviteState } from "../invite-state";

type Props = { communityId: number; userId: number; messages: Messages; locale: Locale };

export function RenewInviteForm({ communityId, userId, messages, locale }: Props) {
  const [state, renew, pending] = useActionState<InviteState, FormData>(renewInviteAction, idle);
  return (
    <>
      {state.invite ? (
        <InviteLinkBox invite={state.invite} m={messages.admin.inviteLink} locale={locale} />
      ) : (
        <FormMessage status={state.status} message={state.message} />
      )}
      <form action={renew}>
        <input type="hidden" name="communityId" value={communityId} />
        <input type="hidden" name="userId" value={userId} />
        <button type="submit" className="button button-secondary" disabled={pending}>
          {messages.admin.users.renewInvite}
        </button>
      </form>
    </>
  );
}
