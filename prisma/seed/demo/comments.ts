// Danish comments a steering member writes beside a gate score, by criterion and score band.
import type { CriterionKey } from "./types";

type Bands = { low: string[]; mid: string[]; high: string[] };

export const SCORE_COMMENTS: Record<CriterionKey, Bands> = {
  value: {
    low: [
      "Jeg kan ikke se en tydelig gevinst for borgerne endnu; effekten er mest teknisk.",
      "Medarbejderne oplever mere besvær end nytte i den nuværende form.",
    ],
    mid: [
      "Der er en værdi, men den er ikke dokumenteret bredt nok ud over testområdet.",
      "Værdien for medarbejderne er synlig; borgernes udbytte er endnu uklart.",
    ],
    high: [
      "Klar værdi for både borgere og medarbejdere, og den er beskrevet konkret.",
      "Projektet løser et problem, som alle vores kommuner kender. Stærk borgerværdi.",
    ],
  },
  evidence: {
    low: [
      "Succeskriterierne er ikke nået, og et af stopkriterierne er reelt udløst.",
      "For få målinger til at konkludere noget; data er huller og skøn.",
    ],
    mid: [
      "Halvdelen af succeskriterierne er nået; resten er plausible, men ikke vist.",
      "Målingerne peger i den rigtige retning, men perioden er kort.",
    ],
    high: [
      "Succeskriterierne er nået og dokumenteret med data i resultatloggen.",
      "God dokumentation: målinger, før/efter-sammenligning og åbne data.",
    ],
  },
  scalability: {
    low: [
      "Løsningen er skræddersyet til én kommune og svær at genbruge.",
      "Skalering kræver en helt anden teknologi end den, der er testet.",
    ],
    mid: [
      "Kan genbruges, men kræver lokal tilpasning i hver kommune.",
      "Flere kommuner har vist interesse; skaleringsplanen skal konkretiseres.",
    ],
    high: [
      "Let at genbruge: standardudstyr, åbne snitflader og en klar drejebog.",
      "Tre kommuner står klar til at tage løsningen i brug. Oplagt at skalere.",
    ],
  },
  economy: {
    low: [
      "Business casen holder ikke: driftsudgifterne overstiger gevinsten.",
      "Udgifterne er løbet fra budgettet, og gevinsten er usikker.",
    ],
    mid: [
      "Business casen er positiv på papiret, men bygger på optimistiske antagelser.",
      "Økonomien er i balance; gevinsten afhænger af antal deltagende kommuner.",
    ],
    high: [
      "Solid business case med realistiske antagelser og tilbagebetaling inden for tre år.",
      "Økonomien er veldokumenteret, og forbruget ligger under bevillingen.",
    ],
  },
  data: {
    low: [
      "Data ligger i leverandørens lukkede system; vi kan ikke få dem ud.",
      "Ingen dokumentation af dataformat eller datakvalitet.",
    ],
    mid: [
      "Data kan hentes via API, men formatet er ikke standardiseret.",
      "OS2iot bruges, men metadata og dokumentation mangler stadig.",
    ],
    high: [
      "Åbne standarder, data på den fælles platform og koden ligger åbent på GitHub.",
      "Flot arbejde med datastandarder; data kan genbruges af andre kommuner.",
    ],
  },
  security: {
    low: [
      "Databehandleraftale og konsekvensanalyse mangler. Det er et stopkriterium for mig.",
      "Der er uafklarede juridiske spørgsmål om hjemmel til databehandlingen.",
    ],
    mid: [
      "Risikovurdering er lavet; enkelte opfølgningspunkter udestår.",
      "Sikkerheden er i orden, men den etiske vurdering bør uddybes.",
    ],
    high: [
      "DPIA, databehandleraftale og risikovurdering er på plads.",
      "Ingen personhenførbare data; sikkerheden er grundigt vurderet.",
    ],
  },
  readiness: {
    low: [
      "Medarbejderne har ikke været inddraget, og ledelsen er ikke klar til drift.",
      "Der er ingen driftsorganisation til at overtage løsningen.",
    ],
    mid: [
      "Brugerne er inddraget, men driftsansvaret er ikke placeret endnu.",
      "God inddragelse i testområdet; de øvrige afdelinger skal med.",
    ],
    high: [
      "Brugerne har været med fra start, og driften er klar til at tage over.",
      "Stærk forankring i ledelsen og hos medarbejderne.",
    ],
  },
};

export function scoreComment(key: CriterionKey, score: number, pick: number): string {
  const bands = SCORE_COMMENTS[key];
  const list = score <= 2 ? bands.low : score === 3 ? bands.mid : bands.high;
  return list[pick % list.length];
}
