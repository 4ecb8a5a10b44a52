import type { ComponentProps } from "react";
import { Field } from "./Field";

/** A title: required and at most 200 characters, the limit of every schema with a title. */
export function TitleField(props: Omit<ComponentProps<typeof Field>, "name" | "required" | "maxLength">) {
  return <Field name="title" required maxLength={200} {...props} />;
}
