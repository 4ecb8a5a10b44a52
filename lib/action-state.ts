// Shared by server actions and client forms (no server imports here).
export type ActionState = {
  status: "idle" | "ok" | "error";
  message?: string;
  fieldErrors?: Record<string, string>;
  /** What the user typed, handed back so a failed submit loses nothing (PRODUCT.md rule 7). */
  values?: Record<string, string>;
};

export const idle: ActionState = { status: "idle" };
