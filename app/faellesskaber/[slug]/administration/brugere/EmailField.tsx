import { Field } from "@/components/forms/Field";

type Props = { id?: string; label: string; defaultValue?: string; error?: string };

/** A person's e-mail address as the user forms ask for it (254 characters is the longest an address can be). */
export function EmailField(props: Props) {
  return <Field name="email" type="email" autoComplete="off" required maxLength={254} {...props} />;
}
