// Fællesskab for Dynamiske Data: running pilots — bike counting in scale-up, sewer overflows and VR
// in dementia care in demonstration.
import type { PilotSpec } from "./types";

const FDD = "faellesskab-for-dynamiske-data" as const;
const ISHOEJ = "projektleder@ishoej.example";
const GULD = "projektleder@guldborgsund.example";

export const FDD_RUNNING: PilotSpec[] = [
  {
    key: "fdd-cykeltaelling-ai",
    community: FDD,
    title: "Cykeltælling med AI-kameraer på supercykelstierne",
    problem:
      "Kommunerne investerer i supercykelstier, men ved ikke præcist, hvor mange der cykler, hvornår og hvor der opstår kø og konflikter. Manuelle tællinger er dyre og sjældne.",
    hypothesis:
      "Kameraer, der tæller trafikanter lokalt i kameraet (edge-AI) uden at gemme billeder, kan give løbende, præcise tal for cykler, ladcykler, elløbehjul og fodgængere til en lav pris.",
    tech: ["AI", "IoT"],
    domains: ["trafik", "mobilitet", "klima"],
    sdgs: [3, 11, 13],
    lead: "gladsaxe",
    projectLead: ISHOEJ,
    partners: ["albertslund", "hvidovre", "region-hovedstaden", "dtu-engineering-technology"],
    public: true,
    status: "ACTIVE",
    created: "2023-12-04",
    submitted: "2024-01-15",
    approved: "2024-02-26",
    phases: [
      {
        kind: "TEST",
        start: "2024-03-01",
        end: "2024-08-31",
        grant: 180_000,
        cofunding: 60_000,
        success: "- Fem kameraer tæller med under 5 % afvigelse\n- Ingen billeder forlader kameraet",
        kill: "- DPIA viser, at løsningen kræver lagring af billeder",
        expenses: [
          ["2024-03-11", "UDSTYR", 64_000, "Fem edge-AI-kameraer til trafiktælling"],
          ["2024-04-05", "KONSULENT", 28_000, "DPIA og opsætning af lokal billedbehandling"],
          ["2024-08-16", "PERSONALE", 46_000, "Kontroltællinger og analyse (DTU Engineering Technology)"],
        ],
        results: [
          {
            on: "2024-05-21",
            kind: "MILESTONE",
            title: "DPIA godkendt: ingen billeder gemmes",
            body: "Kameraerne tæller lokalt og sender kun tal. Datatilsynets vejledning om tv-overvågning er gennemgået.",
            links: [{ label: "DPIA", url: "https://example.dk/cykeltaelling/dpia.pdf" }],
          },
          {
            on: "2024-08-12",
            kind: "MEASUREMENT",
            title: "Afvigelse 2,7 % for cykler",
            body: "Kontroltælling over 40 timer. Ladcykler forveksles af og til med biler.",
            links: [],
          },
        ],
        gates: [
          {
            requested: "2024-09-02",
            due: "2024-09-30",
            level: 4.1,
            evidence: "Fem kameraer har talt i fem måneder med 2,7 % afvigelse for cykler. DPIA er godkendt.",
            nextPlan: "Demonstration med 30 kameraer på tre supercykelstier og åbne data.",
            decision: {
              on: "2024-09-24",
              outcome: "GO",
              rationale:
                "Præcise tal og en gennemarbejdet databeskyttelse. Demonstrationen skal vise, at tallene bruges i planlægningen.",
            },
          },
        ],
      },
      {
        kind: "DEMONSTRATION",
        start: "2024-10-01",
        end: "2025-06-30",
        grant: 400_000,
        cofunding: 250_000,
        split: "EQUAL",
        success:
          "- 30 kameraer på tre ruter\n- Tallene bruges i mindst to planbeslutninger\n- Data udstillet som åbne data",
        kill: "- Driften koster mere end 8.000 kr. pr. kamera om året",
        expenses: [
          ["2024-10-14", "UDSTYR", 142_000, "25 edge-AI-kameraer"],
          ["2024-11-29", "KONSULENT", 54_000, "Åbne data og dashboard for trafikplanlæggere"],
          ["2024-12-06", "KONSULENT", 5_400, "Fejlpostering: montagefaktura på forkert fase"],
          ["2024-12-09", "KONSULENT", -5_400, "Tilbageførsel af fejlpostering 6. december", 2],
          ["2025-03-31", "PERSONALE", 88_000, "Projektledelse og samarbejde med trafikplanlæggerne"],
          ["2025-06-13", "DRIFT", 36_000, "Drift, strøm og mobildata"],
        ],
        results: [
          {
            on: "2025-02-10",
            kind: "MEASUREMENT",
            title: "Morgenspidsen er 40 % større end antaget",
            body: "På Ring 4-ruten passerer 2.900 cyklister i timen mellem 7.30 og 8.30.",
            links: [{ label: "Åbne data", url: "https://www.opendata.dk/fdd/cykeltaelling" }],
          },
          {
            on: "2025-05-19",
            kind: "MILESTONE",
            title: "Tallene brugt til at udvide to kryds",
            body: "Gladsaxe og Albertslund har prioriteret udvidelse af to kryds på baggrund af tællingerne.",
            links: [],
          },
        ],
        gates: [
          {
            requested: "2025-07-07",
            due: "2025-08-31",
            level: 4.2,
            evidence:
              "31 kameraer; åbne data siden februar; to planbeslutninger truffet på baggrund af tallene. Drift 6.200 kr. pr. kamera om året.",
            nextPlan:
              "Skalering til alle supercykelstier i hovedstadsområdet i samarbejde med Sekretariatet for Supercykelstier.",
            decision: {
              on: "2025-08-26",
              outcome: "GO",
              rationale:
                "Tallene er allerede i brug. Styregruppen støtter skalering, men vil se en fælles driftsfinansiering inden adoption.",
            },
          },
        ],
      },
      {
        kind: "SCALE",
        start: "2025-09-15",
        end: "2027-06-30",
        grant: 550_000,
        cofunding: 1_100_000,
        split: "EQUAL",
        success: "- 120 tællepunkter på supercykelstierne\n- Fælles driftsaftale",
        kill: "- Under fem kommuner vil betale for drift",
        expenses: [
          ["2025-10-13", "UDSTYR", 212_000, "60 edge-AI-kameraer"],
          ["2026-02-27", "PERSONALE", 96_000, "Udrulning og koordinering med kommunerne"],
          ["2026-08-31", "DRIFT", 48_000, "Drift og mobildata"],
        ],
        results: [
          {
            on: "2026-04-13",
            kind: "MILESTONE",
            title: "94 tællepunkter i drift",
            body: "Ti kommuner er med.",
            links: [],
          },
          {
            on: "2026-09-28",
            kind: "RISK",
            title: "Kameraer flyttes ved vejarbejde",
            body: "Fem kameraer blev taget ned ved vejarbejde uden besked. Vi laver en aftale med entreprenørerne.",
            links: [],
          },
        ],
      },
    ],
    kpis: [
      {
        name: "Afvigelse mod manuel kontroltælling",
        unit: "%",
        baseline: 10,
        direction: "LOWER_IS_BETTER",
        benefit: "QUALITY",
        targets: [5, 4, 3],
        from: "2024-04",
        months: 31,
        end: 2.6,
        decimals: 1,
      },
      {
        name: "Pris pr. tællepunkt pr. år",
        unit: "kr.",
        baseline: 24_000,
        direction: "LOWER_IS_BETTER",
        benefit: "KRONER_SAVED",
        targets: [12_000, 8_000, 6_500],
        from: "2024-04",
        months: 31,
        end: 6_300,
      },
    ],
  },
  {
    key: "fdd-kloakoverloeb",
    community: FDD,
    title: "Sensorer på kloakoverløb og varsling af badevandskvalitet",
    problem:
      "Ved kraftig regn løber opspædet spildevand ud i fjorde og ved badestrande. Kommunerne får først besked, når forsyningen indberetter måneder senere, og badegæster ved det ikke.",
    hypothesis:
      "Sensorer, der registrerer overløb i realtid, kombineret med en enkel spredningsmodel, kan give badegæster et varsel samme dag og give kommunerne et præcist billede af, hvor overløbene skal reduceres.",
    tech: ["IoT", "Dataplatform", "GIS/geodata"],
    domains: ["vand", "natur", "sundhed"],
    sdgs: [6, 14],
    lead: "roskilde",
    projectLead: GULD,
    partners: ["koege", "frederikssund", "region-sjaelland"],
    public: true,
    status: "ACTIVE",
    created: "2024-03-18",
    submitted: "2024-04-15",
    approved: "2024-05-13",
    phases: [
      {
        kind: "TEST",
        start: "2024-06-01",
        end: "2024-12-31",
        grant: 220_000,
        cofunding: 80_000,
        success:
          "- Ti overløbsbygværker har sensorer\n- 90 % af overløbene registreres inden for 15 minutter\n- Forsyningen deler data via API",
        kill: "- Sensorerne kan ikke fungere i bygværkernes miljø i seks måneder",
        expenses: [
          ["2024-06-10", "UDSTYR", 74_000, "Ti overløbssensorer med niveau- og flowmåling"],
          ["2024-07-05", "KONSULENT", 42_000, "Montering i samarbejde med forsyningen"],
          ["2024-11-29", "PERSONALE", 52_000, "Projektledelse og sammenligning med forsyningens indberetninger"],
          ["2024-12-16", "DRIFT", 7_800, "Dataabonnement og batterier"],
        ],
        results: [
          {
            on: "2024-08-19",
            kind: "MEASUREMENT",
            title: "Overløb registreret på 4 minutter",
            body: "Under skybruddet 16. august registrerede sensorerne alle seks overløb inden for fire minutter.",
            links: [],
          },
          {
            on: "2024-12-09",
            kind: "LEARNING",
            title: "Forsyningens tal og sensorernes tal er ikke ens",
            body: "Forsyningen beregner overløb ud fra modeller; sensorerne måler. Forskellen er op til 40 %, og det har ført til en faglig dialog.",
            links: [],
          },
        ],
        gates: [
          {
            requested: "2025-01-13",
            due: "2025-02-28",
            level: 3.9,
            evidence:
              "Ti sensorer har kørt i seks måneder; 94 % af overløbene er registreret inden for 15 minutter. Forsyningen deler data via API.",
            nextPlan: "Demonstration med 40 bygværker og badevandsvarsling på syv strande.",
            decision: {
              on: "2025-02-18",
              outcome: "GO",
              rationale:
                "Pålidelige målinger og godt samarbejde med forsyningen. Demonstrationen skal vise, at varslingen giver mening for badegæsterne.",
            },
          },
        ],
      },
      {
        kind: "DEMONSTRATION",
        start: "2025-03-01",
        end: "2026-12-31",
        grant: 450_000,
        cofunding: 300_000,
        split: "POPULATION",
        success:
          "- 40 bygværker med sensorer\n- Badevandsvarsling på syv strande\n- Data bruges i forsyningernes investeringsplaner",
        kill: "- Badevandsvarslerne er forkerte i mere end 20 % af tilfældene",
        expenses: [
          ["2025-03-17", "UDSTYR", 186_000, "30 overløbssensorer"],
          ["2025-05-30", "KONSULENT", 78_000, "Spredningsmodel og badevandsvarsling på web og skilte"],
          ["2025-11-28", "PERSONALE", 74_000, "Projektledelse og prøvetagning ved strandene"],
          ["2026-06-30", "DRIFT", 22_000, "Drift og dataabonnement"],
        ],
        results: [
          {
            on: "2025-07-21",
            kind: "MILESTONE",
            title: "Badevandsvarsling på syv strande",
            body: "Varslet vises på kommunernes hjemmesider og på digitale skilte ved strandene.",
            links: [{ label: "Badevandsudsigten", url: "https://example.dk/badevand" }],
          },
          {
            on: "2025-09-15",
            kind: "MEASUREMENT",
            title: "Varslerne stemte i 86 % af tilfældene",
            body: "Sammenlignet med 64 vandprøver i badesæsonen.",
            links: [],
          },
          {
            on: "2026-08-24",
            kind: "MEASUREMENT",
            title: "Badesæson 2026: 91 % korrekte varsler",
            body: "Spredningsmodellen er forbedret med vinddata.",
            links: [{ label: "Model på GitHub", url: "https://github.com/fdd-kommuner/badevand-model" }],
          },
        ],
      },
      {
        kind: "SCALE",
        start: "2027-03-01",
        end: "2028-02-29",
        grant: 500_000,
        cofunding: 900_000,
        split: "POPULATION",
        success: "- Alle badestrande ved Roskilde Fjord og Køge Bugt har varsling",
        kill: "- Forsyningerne vil ikke overtage driften af sensorerne",
      },
    ],
    kpis: [
      {
        name: "Overløb registreret inden for 15 minutter",
        unit: "%",
        baseline: 0,
        direction: "HIGHER_IS_BETTER",
        benefit: "QUALITY",
        targets: [90, 95, 95],
        from: "2024-07",
        months: 27,
        end: 96,
        source: "API",
      },
      {
        name: "Korrekte badevandsvarsler",
        unit: "%",
        baseline: 55,
        direction: "HIGHER_IS_BETTER",
        benefit: "QUALITY",
        targets: [80, 85, 90],
        from: "2025-06",
        months: 18,
        end: 91,
      },
    ],
  },
  {
    key: "fdd-vr-demens",
    community: FDD,
    title: "VR-træning i demensomsorg for nye medarbejdere",
    problem:
      "Nye medarbejdere i demensomsorgen står ofte alene i svære situationer med borgere, der er forvirrede, bange eller udadreagerende. Det giver utryghed, sygefravær og høj personaleomsætning.",
    hypothesis:
      "VR-scenarier, hvor medarbejderen oplever situationen fra borgerens perspektiv og øver sin reaktion, kan gøre nye medarbejdere tryggere og reducere antallet af voldsepisoder.",
    tech: ["VR/AR"],
    domains: ["velfærd", "sundhed"],
    sdgs: [3, 8],
    lead: "vallensbaek",
    projectLead: ISHOEJ,
    partners: ["ishoej", "koege", "gladsaxe"],
    status: "ACTIVE",
    created: "2024-11-11",
    submitted: "2024-12-09",
    approved: "2025-01-13",
    phases: [
      {
        kind: "TEST",
        start: "2025-02-01",
        end: "2025-06-30",
        grant: 160_000,
        cofunding: 40_000,
        success: "- 30 nye medarbejdere gennemfører tre scenarier\n- Oplevet tryghed stiger markant",
        kill: "- Medarbejderne oplever scenarierne som grænseoverskridende",
        expenses: [
          ["2025-02-10", "UDSTYR", 36_000, "Fire VR-briller"],
          ["2025-02-28", "LICENS", 42_000, "Licens til demensscenarier, seks måneder"],
          ["2025-06-13", "PERSONALE", 48_000, "Demenskoordinatorer og debriefing efter træning"],
        ],
        results: [
          {
            on: "2025-05-12",
            kind: "MEASUREMENT",
            title: "Tryghed steg fra 2,6 til 3,9",
            body: "Selvvurderet tryghed på en skala fra 1 til 5 før og efter træning blandt 34 nye medarbejdere.",
            links: [],
          },
          {
            on: "2025-06-02",
            kind: "LEARNING",
            title: "Debriefing er lige så vigtig som scenariet",
            body: "Medarbejderne fik mest ud af samtalen med demenskoordinatoren bagefter.",
            links: [],
          },
        ],
        gates: [
          {
            requested: "2025-07-01",
            due: "2025-08-31",
            level: 4.1,
            evidence:
              "34 medarbejdere har trænet. Tryghed steg fra 2,6 til 3,9. Ingen oplevede scenarierne som grænseoverskridende.",
            nextPlan: "Demonstration i fire kommuner med måling af voldsepisoder og sygefravær.",
            decision: {
              on: "2025-08-19",
              outcome: "GO",
              rationale:
                "Markant effekt på tryghed. Styregruppen henviser til erfaringerne fra GovTech Midtjyllands VR-projekt om superbrugere.",
            },
          },
        ],
      },
      {
        kind: "DEMONSTRATION",
        start: "2025-09-01",
        end: "2026-12-31",
        grant: 380_000,
        cofunding: 200_000,
        split: "POPULATION",
        success: "- 200 medarbejdere i fire kommuner\n- Registrerede voldsepisoder falder 20 %",
        kill: "- Ingen effekt på voldsepisoder efter et år",
        expenses: [
          ["2025-09-15", "UDSTYR", 54_000, "Seks VR-briller til Køge og Gladsaxe"],
          ["2025-09-30", "LICENS", 76_000, "Licens til fire kommuner, 12 måneder"],
          ["2026-02-27", "PERSONALE", 92_000, "Superbrugere og demenskoordinatorer"],
          ["2026-08-31", "KONSULENT", 34_000, "Effektmåling af voldsepisoder og sygefravær"],
        ],
        results: [
          {
            on: "2026-03-09",
            kind: "MILESTONE",
            title: "180 medarbejdere har trænet",
            body: "Superbrugere i alle fire kommuner.",
            links: [],
          },
          {
            on: "2026-09-21",
            kind: "MEASUREMENT",
            title: "Voldsepisoder faldet 17 %",
            body: "Sammenlignet med samme periode året før. Målet på 20 % er tæt på.",
            links: [],
          },
        ],
      },
    ],
    kpis: [
      {
        name: "Registrerede voldsepisoder i demensomsorgen",
        unit: "antal pr. måned",
        baseline: 46,
        direction: "LOWER_IS_BETTER",
        benefit: "QUALITY",
        targets: [46, 37],
        from: "2025-03",
        months: 20,
        end: 38,
      },
      {
        name: "Nye medarbejderes oplevede tryghed",
        unit: "skala 1–5",
        baseline: 2.6,
        direction: "HIGHER_IS_BETTER",
        benefit: "QUALITY",
        targets: [3.5, 3.8],
        from: "2025-03",
        months: 20,
        end: 3.9,
        decimals: 1,
      },
    ],
  },
];
