"use client";
import { useEffect } from "react";

// Client error boundary: it cannot read the server's message files, so it carries both languages.
const TEXT = {
  da: { title: "Der opstod en fejl", body: "Noget gik galt hos os. Prøv igen om lidt.", retry: "Prøv igen" },
  en: {
    title: "An error occurred",
    body: "Something went wrong on our side. Please try again shortly.",
    retry: "Try again",
  },
};

export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const lang = typeof document !== "undefined" && document.documentElement.lang === "en" ? "en" : "da";
  const m = TEXT[lang];
  useEffect(() => {
    document.title = `${m.title} – Innovationsmotor`;
  }, [m.title]);
  return (
    <>
      <h1>{m.title}</h1>
      <p>{m.body}</p>
      <button type="button" className="button button-primary" onClick={reset}>
        {m.retry}
      </button>
    </>
  );
}
