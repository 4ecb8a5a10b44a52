import type { Translate } from "@/lib/i18n/messages";
import { SelectField } from "@/components/forms/SelectField";

type Props = { communities: { slug: string; name: string }[]; current?: string; t: Translate };

/** A plain GET form: works without JavaScript, and the chosen community stays in the address. */
export function CommunityChoice({ communities, current, t }: Props) {
  return (
    <form method="get" className="stack-form">
      <SelectField
        name="faellesskab"
        label={t("pilots.new.chooseCommunity")}
        hint={t("pilots.new.chooseCommunityHint")}
        defaultValue={current}
        options={communities.map((c) => ({ value: c.slug, label: c.name }))}
      />
      <button type="submit" className="button button-secondary">
        {t("pilots.new.choose")}
      </button>
    </form>
  );
}
