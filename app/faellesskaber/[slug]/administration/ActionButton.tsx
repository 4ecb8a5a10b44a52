"use client";
import { OneClickForm, type OneClickProps } from "@/components/forms/OneClickForm";
import styles from "./admin.module.css";

/** A one-button form (remove, accept, deactivate …) that reports its outcome beside the button. */
export function ActionButton(props: Omit<OneClickProps, "className" | "staysAfterSuccess">) {
  return <OneClickForm {...props} className={styles.inlineForm} staysAfterSuccess />;
}
