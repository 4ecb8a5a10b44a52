// Fællesskab for Dynamiske Data: stopped pilots and their stop reports — parking sensors, AI
// proposals in home-care assessment.
import type { PilotSpec } from "./types";

const FDD = "faellesskab-for-dynamiske-data" as const;
const GULD = "projektleder@guldborgsund.example";

export const FDD_STOPPED: PilotSpec[] = [
  {
    key: "fdd-parkeringssensorer",
    community: FDD,
    title: "Parkeringssensorer og data om ledige pladser i bymidten",
    problem:
      "Bilister kører rundt i bymidten og leder efter en ledig plads. Det giver trængsel, støj og CO2, og kommunerne ved ikke, hvor presset på parkeringen reelt er størst.",
    hypothesis:
      "Sensorer i parkeringsbåse og en app med ledige pladser kan reducere søgetrafikken med 30 % og give kommunerne data til at planlægge parkering og byrum.",
    tech: ["IoT", "Dataplatform"],
    domains: ["trafik", "mobilitet", "klima"],
    sdgs: [11, 13],
    lead: "ballerup",
    projectLead: GULD,
    partners: ["gladsaxe", "roskilde"],
    public: true,
    status: "STOPPED",
    created: "2024-06-24",
    submitted: "2024-08-05",
    approved: "2024-09-09",
    phases: [
      {
        kind: "TEST",
        start: "2024-09-15",
        end: "2025-03-31",
        grant: 200_000,
        cofunding: 60_000,
        success:
          "- 150 båse med sensorer, 95 % korrekte målinger\n- 1.000 aktive brugere af ledig-plads-visningen\n- Søgetrafikken falder målbart",
        kill: "- Under 85 % korrekte målinger efter tre måneder\n- Under 300 aktive brugere efter fire måneder",
        expenses: [
          ["2024-09-23", "UDSTYR", 78_000, "150 magnetometer-sensorer til nedfræsning i parkeringsbåse"],
          ["2024-10-11", "KONSULENT", 34_000, "Nedfræsning og opsætning af gateways"],
          ["2024-11-29", "LICENS", 18_000, "Licens til visning af ledige pladser, seks måneder"],
          ["2025-02-28", "PERSONALE", 26_000, "Projektledelse og kontroltællinger"],
        ],
        results: [
          {
            on: "2024-12-16",
            kind: "MEASUREMENT",
            title: "82 % korrekte målinger",
            body: "Sensorerne forveksler biler i nabobåsen og melder optaget, når en cykel står i båsen.",
            links: [],
          },
          {
            on: "2025-02-10",
            kind: "MEASUREMENT",
            title: "Kun 240 aktive brugere",
            body: "Bilisterne bruger i forvejen Google Maps og parkerings-apps, som ikke viser vores data.",
            links: [],
          },
          {
            on: "2025-03-24",
            kind: "LEARNING",
            title: "Data skal derhen, hvor bilisterne er",
            body: "En kommunal visning konkurrerer med de store apps. Data skulle have været udstillet, så de apps kunne bruge dem.",
            links: [],
          },
        ],
        gates: [
          {
            requested: "2025-04-01",
            due: "2025-04-30",
            level: 2,
            bias: { evidence: -0.5, value: -0.4 },
            evidence:
              "Sensorerne var korrekte 82 % af tiden (stopkriterium: 85 %), og visningen har 240 aktive brugere (stopkriterium: 300). Søgetrafikken er ikke målbart faldet.",
            decision: {
              on: "2025-04-22",
              outcome: "STOP",
              rationale:
                "Begge stopkriterier er udløst. Styregruppen stopper projektet og anbefaler, at fællesskabet i stedet arbejder for åbne parkeringsdata i et standardformat, som de apps, bilisterne allerede bruger, kan hente. Den ubrugte bevilling føres tilbage til puljen.",
            },
          },
        ],
      },
    ],
    kpis: [
      {
        name: "Korrekte målinger af optaget/ledig",
        unit: "%",
        baseline: 0,
        direction: "HIGHER_IS_BETTER",
        benefit: "OTHER",
        targets: [95],
        from: "2024-10",
        months: 6,
        end: 82,
        source: "API",
      },
      {
        name: "Aktive brugere af ledig-plads-visningen",
        unit: "antal",
        baseline: 0,
        direction: "HIGHER_IS_BETTER",
        benefit: "OTHER",
        targets: [1_000],
        from: "2024-11",
        months: 5,
        end: 240,
      },
    ],
    lessons: [
      {
        on: "2025-04-28",
        phase: "TEST",
        stopReport: true,
        title: "Stoprapport: parkeringssensorer i bymidten",
        did: "Vi nedfræsede 150 sensorer i Ballerup bymidte og lavede en visning af ledige pladser på kommunens hjemmeside i seks måneder.",
        learned:
          "Sensorerne var for upræcise i tætte båse, og bilisterne brugte ikke en kommunal visning. Gevinsten ved parkeringsdata opstår først, når data når ud i de navigations- og parkerings-apps, folk allerede bruger.",
        differently:
          "Start med at udstille parkeringsdata åbent i et standardformat (fx DATEX II) og tal med app-udbyderne. Køb kun sensorer, hvor data ikke findes i forvejen fra betalingsautomater og kameraer.",
        tags: ["stoprapport", "parkering", "åbne data", "IoT"],
      },
    ],
  },
  {
    key: "fdd-ai-visitation",
    community: FDD,
    title: "AI-forslag til visitation af hjemmehjælp",
    problem:
      "Visitatorerne bruger lang tid på at vurdere ansøgninger om hjemmehjælp, og der er forskel på afgørelserne fra visitator til visitator og fra kommune til kommune.",
    hypothesis:
      "En model trænet på tidligere afgørelser kan foreslå en visitation, som visitatoren vurderer og justerer. Det kan spare tid og gøre afgørelserne mere ensartede.",
    tech: ["AI"],
    domains: ["velfærd", "sundhed"],
    sdgs: [3, 10, 16],
    lead: "hvidovre",
    projectLead: GULD,
    partners: ["gladsaxe", "vallensbaek", "dtu-compute"],
    public: true,
    status: "STOPPED",
    created: "2024-01-22",
    submitted: "2024-02-19",
    approved: "2024-03-18",
    phases: [
      {
        kind: "TEST",
        start: "2024-04-01",
        end: "2024-10-31",
        grant: 250_000,
        cofunding: 90_000,
        success:
          "- Modellen foreslår samme visitation som visitator i 75 % af historiske sager\n- Juridisk vurdering af hjemmel er gennemført",
        kill: "- Modellen behandler borgergrupper systematisk forskelligt",
        expenses: [
          ["2024-04-15", "KONSULENT", 86_000, "Dataudtræk, pseudonymisering og modeltræning (DTU Compute)"],
          ["2024-06-28", "KONSULENT", 42_000, "Juridisk vurdering af hjemmel og forvaltningsret"],
          ["2024-09-30", "PERSONALE", 64_000, "Visitatorer frikøbt til vurdering af forslag"],
        ],
        results: [
          {
            on: "2024-08-19",
            kind: "MEASUREMENT",
            title: "78 % enighed med visitator på historiske sager",
            body: "Testet på 2.400 pseudonymiserede sager.",
            links: [{ label: "Teknisk rapport", url: "https://github.com/dtu-compute/visitation-model-rapport" }],
          },
          {
            on: "2024-10-14",
            kind: "RISK",
            title: "Juridisk vurdering: uklar hjemmel ved drift",
            body: "Advokatens vurdering er, at brug i konkrete sager kræver en mere præcis hjemmel eller samtykke.",
            links: [],
          },
        ],
        gates: [
          {
            requested: "2024-11-04",
            due: "2024-11-30",
            level: 3.4,
            bias: { security: -1 },
            evidence:
              "Modellen er enig med visitator i 78 % af historiske sager. Den juridiske vurdering peger på uklar hjemmel ved brug i konkrete sager.",
            nextPlan: "Demonstration i konkrete sager med samtykke fra borgeren og uafhængig test for skævheder.",
            decision: {
              on: "2024-11-26",
              outcome: "GO",
              rationale:
                "Styregruppen vil gerne afprøve løsningen med samtykke, men understreger, at hjemmel og skævheder skal afklares i demonstrationen. Uden det vil projektet blive stoppet.",
            },
          },
        ],
      },
      {
        kind: "DEMONSTRATION",
        start: "2025-01-06",
        end: "2025-12-31",
        grant: 500_000,
        cofunding: 200_000,
        split: "POPULATION",
        success:
          "- Forslag i 600 konkrete sager med samtykke\n- Ingen systematiske skævheder i uafhængig test\n- Sagsbehandlingstiden falder 20 %",
        kill: "- Uafhængig test viser systematisk forskelsbehandling\n- Hjemlen kan ikke afklares",
        expenses: [
          ["2025-01-20", "KONSULENT", 92_000, "Integration med omsorgssystemet og samtykkeflow"],
          ["2025-04-30", "PERSONALE", 84_000, "Visitatorer og superbrugere"],
          ["2025-06-27", "KONSULENT", 58_000, "Uafhængig test for skævheder"],
          ["2025-08-29", "KONSULENT", 24_000, "Supplerende juridisk vurdering"],
        ],
        results: [
          {
            on: "2025-05-19",
            kind: "MEASUREMENT",
            title: "Forslag i 410 sager",
            body: "Kun 62 % af borgerne gav samtykke, så volumen er lavere end planlagt.",
            links: [],
          },
          {
            on: "2025-07-14",
            kind: "RISK",
            title: "Skævhed for borgere med anden etnisk baggrund",
            body: "Den uafhængige test viser, at modellen systematisk foreslår mindre hjælp til borgere, der har tolk. Skævheden stammer fra de historiske afgørelser.",
            links: [{ label: "Testrapport", url: "https://example.dk/ai-visitation/skaevhedstest-2025.pdf" }],
          },
          {
            on: "2025-09-01",
            kind: "LEARNING",
            title: "En model lærer også de fejl, vi har begået",
            body: "Modellen viderefører mønstre i tidligere afgørelser, også dem, vi ikke vil have.",
            links: [],
          },
        ],
        gates: [
          {
            requested: "2025-09-08",
            due: "2025-09-30",
            level: 1.9,
            bias: { security: -1.2, value: 0.3 },
            evidence:
              "410 sager med samtykke. Den uafhængige test viser systematisk skævhed for borgere med tolk. Den supplerende juridiske vurdering fastholder, at hjemlen er uklar.",
            decision: {
              on: "2025-09-30",
              outcome: "STOP",
              rationale:
                "Begge stopkriterier er udløst: modellen forskelsbehandler systematisk, og hjemlen kan ikke afklares inden for projektet. Styregruppen stopper projektet straks. Erfaringerne deles bredt, fordi flere kommuner overvejer lignende løsninger. Den ubrugte bevilling føres tilbage til puljen.",
            },
          },
        ],
      },
    ],
    kpis: [
      {
        name: "Sagsbehandlingstid pr. ansøgning",
        unit: "minutter",
        baseline: 95,
        direction: "LOWER_IS_BETTER",
        benefit: "HOURS_SAVED",
        targets: [95, 76],
        from: "2025-01",
        months: 9,
        end: 88,
      },
      {
        name: "Enighed mellem modelforslag og visitator",
        unit: "%",
        baseline: 0,
        direction: "HIGHER_IS_BETTER",
        benefit: "QUALITY",
        targets: [75, 80],
        from: "2024-06",
        months: 16,
        end: 74,
      },
    ],
    lessons: [
      {
        on: "2025-10-06",
        phase: "DEMONSTRATION",
        stopReport: true,
        title: "Stoprapport: AI-forslag til visitation",
        did: "Vi trænede en model på 2.400 tidligere afgørelser og brugte den i 410 konkrete sager med borgerens samtykke i ni måneder.",
        learned:
          "Modellen var enig med visitatorerne i 78 % af sagerne, men den viderefører skævheder i de historiske afgørelser: borgere med tolk fik systematisk forslag om mindre hjælp. Hjemlen til at bruge profilering i afgørelser om hjælp er uklar, og samtykke er ikke en holdbar løsning, når kun 62 % siger ja.",
        differently:
          "Test for skævheder på historiske data, før modellen bruges i én eneste konkret sag. Afklar hjemlen med KL og Digitaliseringsstyrelsen, før der bruges penge på udvikling.",
        tags: ["stoprapport", "AI", "etik", "forvaltningsret", "velfærd"],
      },
      {
        on: "2025-10-06",
        phase: "TEST",
        title: "Juridisk vurdering før modeltræning",
        did: "Vi fik den juridiske vurdering undervejs i testfasen.",
        learned: "Vurderingen ændrede hele projektets præmis. Den burde have været første skridt.",
        differently: "Gør juridisk vurdering til en betingelse for at søge puljen til AI i myndighedsudøvelse.",
        tags: ["AI", "jura", "hjemmel"],
      },
    ],
  },
];
