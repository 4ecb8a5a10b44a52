"use client";
// Deletes one wrong measurement (audited with its value, so it can be traced and re-entered).
import { useActionState } from "react";
import { idle } from "@/lib/action-state";
import styles from "@/components/results/results.module.css";
import { deleteMeasurementAction } from "../actions";

export function DeleteMeasurement({
  measurementId,
  label,
  text,
}: {
  measurementId: number;
  label: string;
  text: string;
}) {
  const [state, formAction, pending] = useActionState(deleteMeasurementAction, idle);
  return (
    <form action={formAction} className={styles.inline}>
      <input type="hidden" name="measurementId" value={measurementId} />
      <button type="submit" className="button button-secondary button-small" aria-label={label} disabled={pending}>
        {text}
      </button>
      {state.status === "error" && (
        <span role="alert" className={styles.problem}>
          {" "}
          {state.message}
        </span>
      )}
    </form>
  );
}
