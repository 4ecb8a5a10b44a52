import type { Messages } from "@/lib/i18n/messages";

type Notices = Messages["gates"]["notice"];

/** The success note after a gate form sent the browser on (?klar=…), read out as a status. */
export function GateNotice({ notice, m }: { notice?: string; m: Notices }) {
  if (!notice || !Object.hasOwn(m, notice)) return null; // own keys only: ?klar=toString is no notice
  return (
    <div className="alert alert-success" role="status">
      <div className="alert-body">
        <p className="alert-text">{m[notice as keyof Notices]}</p>
      </div>
    </div>
  );
}
