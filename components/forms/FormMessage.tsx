/** The outcome of a submit: a success note or an error, read out by screen readers. */
export function FormMessage({ status, message }: { status: "idle" | "ok" | "error"; message?: string }) {
  if (!message) return null;
  const ok = status === "ok";
  return (
    <div className={`alert ${ok ? "alert-success" : "alert-error"}`} role={ok ? "status" : "alert"}>
      <div className="alert-body">
        <p className="alert-text">{message}</p>
      </div>
    </div>
  );
}
