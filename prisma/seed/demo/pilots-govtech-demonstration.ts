// GovTech Midtjylland: pilots in demonstration — AI in case work (gate overdue), fall sensors (GO
// after a REVISE), CO2-controlled ventilation.
import type { PilotSpec } from "./types";

const GTM = "govtech-midtjylland" as const;
const AARHUS = "projektleder@aarhus.example";
const VIBORG = "projektleder@viborg.example";

export const GOVTECH_DEMONSTRATION: PilotSpec[] = [
  {
    key: "gtm-ai-journalisering",
    community: GTM,
    title: "AI-assisteret journalisering og resumé i socialforvaltningen",
    problem:
      "Socialrådgivere bruger op mod en tredjedel af deres tid på at skrive journalnotater og læse sagsakter. Sagerne er lange, og nye rådgivere har svært ved at danne sig overblik.",
    hypothesis:
      "En sprogmodel, der kører i kommunens eget miljø, kan foreslå journalnotater og resuméer, som rådgiveren retter og godkender. Det kan spare mindst 15 minutter pr. sag uden at gå på kompromis med retssikkerheden.",
    tech: ["AI"],
    domains: ["velfærd"],
    sdgs: [10, 16],
    lead: "aarhus",
    projectLead: AARHUS,
    partners: ["randers", "horsens", "viborg"],
    status: "ACTIVE",
    created: "2024-08-12",
    submitted: "2024-09-02",
    approved: "2024-10-07",
    phases: [
      {
        kind: "TEST",
        start: "2024-10-15",
        end: "2025-04-30",
        grant: 250_000,
        cofunding: 150_000,
        success:
          "- 20 rådgivere bruger værktøjet i mindst 200 sager\n- Mindst 60 % af resuméerne godkendes med små rettelser\n- DPIA og juridisk vurdering er godkendt",
        kill: "- Modellen opfinder faktuelle oplysninger i mere end 5 % af resuméerne\n- Data forlader kommunens driftsmiljø",
        expenses: [
          ["2024-10-28", "KONSULENT", 88_000, "Opsætning af sprogmodel i kommunens eget driftsmiljø"],
          ["2024-11-29", "KONSULENT", 36_000, "Juridisk vurdering og konsekvensanalyse (DPIA)"],
          ["2025-02-28", "PERSONALE", 64_000, "Frikøb af rådgivere til test og kvalitetsvurdering"],
          ["2025-04-15", "DRIFT", 27_500, "GPU-kapacitet i driftscentret, seks måneder"],
        ],
        results: [
          {
            on: "2024-12-09",
            kind: "MILESTONE",
            title: "DPIA godkendt af databeskyttelsesrådgiveren",
            body: "Modellen kører i kommunens eget datacenter; ingen data sendes til eksterne tjenester.",
            links: [{ label: "DPIA-resumé", url: "https://example.dk/ai-journal/dpia-resume.pdf" }],
          },
          {
            on: "2025-03-24",
            kind: "MEASUREMENT",
            title: "64 % af resuméerne godkendt med små rettelser",
            body: "I 238 sager blev 64 % godkendt med små rettelser; 3 % indeholdt fejl, som rådgiveren fangede.",
            links: [],
          },
          {
            on: "2025-04-07",
            kind: "RISK",
            title: "Rådgiverne stoler for meget på resuméerne",
            body: "Ved stikprøver så vi, at nogle rådgivere godkendte uden at læse kilderne. Vi indfører krav om kildehenvisninger i hvert resumé.",
            links: [],
          },
        ],
        gates: [
          {
            requested: "2025-04-22",
            due: "2025-05-31",
            level: 3.6,
            bias: { security: -0.6, evidence: 0.3 },
            evidence:
              "238 sager, 64 % godkendt med små rettelser, 3 % faktuelle fejl (under stopkriteriet på 5 %). Tidsbesparelse målt til 14 minutter pr. sag.",
            nextPlan:
              "Demonstration i fire kommuner med kildehenvisninger, løbende stikprøver og måling af tidsforbrug.",
            decision: {
              on: "2025-05-27",
              outcome: "GO",
              rationale:
                "Resultaterne er lovende, og stopkriterierne er ikke udløst. Styregruppen kræver, at demonstrationen har løbende stikprøvekontrol, og at borgerne informeres om brugen af AI.",
            },
          },
        ],
      },
      {
        kind: "DEMONSTRATION",
        start: "2025-06-15",
        end: "2026-09-30",
        grant: 600_000,
        cofunding: 450_000,
        split: "POPULATION",
        success:
          "- 120 rådgivere i fire kommuner bruger værktøjet\n- Tidsbesparelse på mindst 15 minutter pr. sag\n- Fejlrate under 2 % ved stikprøver",
        kill: "- Ankestyrelsen eller Datatilsynet rejser kritik af løsningen\n- Fejlrate over 5 %",
        expenses: [
          ["2025-06-30", "KONSULENT", 124_000, "Kildehenvisninger og stikprøvemodul"],
          ["2025-09-30", "DRIFT", 78_000, "Driftsmiljø og GPU-kapacitet, tre kommuner"],
          ["2026-01-30", "PERSONALE", 142_000, "Superbrugere og kvalitetsvurdering, august–januar"],
          ["2026-06-30", "LICENS", 46_000, "Licens til integration med fagsystemet"],
          ["2026-09-15", "KONSULENT", 52_000, "Uafhængig evaluering af kvalitet og retssikkerhed"],
        ],
        results: [
          {
            on: "2025-10-20",
            kind: "MILESTONE",
            title: "Randers, Horsens og Viborg er koblet på",
            body: "118 rådgivere har adgang. Modellen kører fortsat i Aarhus' driftscenter med adskilte data pr. kommune.",
            links: [],
          },
          {
            on: "2026-03-16",
            kind: "MEASUREMENT",
            title: "Tidsbesparelse 19 minutter pr. sag",
            body: "Målt over 3.400 sager. Fejlraten ved stikprøver er 1,4 %.",
            links: [{ label: "Målerapport", url: "https://example.dk/ai-journal/maaling-marts-2026.pdf" }],
          },
          {
            on: "2026-09-21",
            kind: "LEARNING",
            title: "Kildehenvisninger ændrer adfærden",
            body: "Efter kildehenvisningerne kom, åbner rådgiverne kilden i 71 % af sagerne mod 12 % før.",
            links: [{ label: "Kode til kildehenvisning", url: "https://github.com/aarhus-kommune/ai-journal-kilder" }],
          },
        ],
        gates: [
          {
            requested: "2026-09-28",
            due: "2026-10-31",
            level: 3.8,
            scored: 2,
            evidence:
              "3.400 sager i fire kommuner; 19 minutter sparet pr. sag og 1,4 % fejl ved stikprøver. Den uafhængige evaluering anbefaler skalering med fortsat stikprøvekontrol.",
            nextPlan:
              "Skalering til alle socialforvaltninger i fællesskabet med fælles drift i Aarhus og en fælles model for stikprøvekontrol.",
          },
        ],
      },
      {
        kind: "SCALE",
        start: "2027-01-01",
        end: "2027-12-31",
        grant: 900_000,
        cofunding: 2_000_000,
        split: "POPULATION",
        success: "- Tolv kommuner i drift\n- Fælles driftsaftale og stikprøvemodel",
        kill: "- Driftsprisen pr. rådgiver overstiger værdien af den sparede tid",
      },
    ],
    kpis: [
      {
        name: "Tid brugt på journalisering pr. sag",
        unit: "minutter",
        baseline: 38,
        direction: "LOWER_IS_BETTER",
        benefit: "HOURS_SAVED",
        targets: [26, 23, 20],
        from: "2024-12",
        months: 22,
        end: 19,
      },
      {
        name: "Resuméer godkendt med små eller ingen rettelser",
        unit: "%",
        baseline: 0,
        direction: "HIGHER_IS_BETTER",
        benefit: "QUALITY",
        targets: [60, 75, 80],
        from: "2024-12",
        months: 22,
        end: 78,
      },
    ],
  },
  {
    key: "gtm-faldsensorer",
    community: GTM,
    title: "Radarbaserede faldsensorer i plejeboliger",
    problem:
      "Beboere i plejeboliger falder om natten og ligger nogle gange længe, før personalet opdager det. Natlige tilsyn vækker beboerne og tager tid, men fanger alligevel ikke alle fald.",
    hypothesis:
      "Radarsensorer uden kamera kan opdage fald og sende en alarm til personalet inden for et minut, så tiden på gulvet falder, og antallet af natlige tilsyn kan reduceres.",
    tech: ["IoT", "AI"],
    domains: ["velfærd", "sundhed"],
    sdgs: [3, 10],
    lead: "skanderborg",
    projectLead: AARHUS,
    partners: ["odder", "hedensted", "horsens"],
    status: "ACTIVE",
    created: "2024-02-01",
    submitted: "2024-03-11",
    approved: "2024-04-08",
    phases: [
      {
        kind: "TEST",
        start: "2024-04-15",
        end: "2024-10-31",
        grant: 200_000,
        cofunding: 60_000,
        success:
          "- 30 boliger har sensorer i seks måneder\n- 90 % af faldene opdages\n- Under én falsk alarm pr. bolig pr. uge",
        kill: "- Beboere eller pårørende afviser løsningen\n- Mere end tre falske alarmer pr. bolig pr. uge",
        expenses: [
          ["2024-04-22", "UDSTYR", 78_000, "30 radarsensorer til fald- og sengeovervågning"],
          ["2024-05-10", "KONSULENT", 24_000, "Kobling af alarmer til kaldeanlægget"],
          ["2024-09-30", "PERSONALE", 52_000, "Superbrugere og registrering af fald"],
          ["2025-01-31", "KONSULENT", 38_000, "Konsekvensanalyse (DPIA) og etisk vurdering"],
          ["2025-02-20", "ANDET", 14_500, "Møder med pårørenderåd og medarbejdere"],
        ],
        results: [
          {
            on: "2024-06-03",
            kind: "MILESTONE",
            title: "Sensorer i 30 boliger på Fælledhaven",
            body: "Beboere og pårørende har givet samtykke. Alarmer går til nattevagtens telefon.",
            links: [],
          },
          {
            on: "2024-10-07",
            kind: "MEASUREMENT",
            title: "94 % af faldene opdaget, men mange falske alarmer",
            body: "Sensorerne fangede 17 af 18 registrerede fald. Til gengæld kom der 2,4 falske alarmer pr. bolig pr. uge, især når beboerne sad på sengekanten.",
            links: [],
          },
          {
            on: "2024-10-21",
            kind: "RISK",
            title: "DPIA er ikke gennemført",
            body: "Databeskyttelsesrådgiveren har påpeget, at konsekvensanalysen mangler, selv om der ikke optages billeder.",
            links: [],
          },
          {
            on: "2025-02-17",
            kind: "MEASUREMENT",
            title: "Falske alarmer halveret efter ny indstilling",
            body: "Med en ny zoneindstilling omkring sengen er de falske alarmer nede på 0,8 pr. bolig pr. uge.",
            links: [],
          },
        ],
        gates: [
          {
            requested: "2024-10-28",
            due: "2024-11-30",
            level: 2.9,
            bias: { security: -1, readiness: -0.5, evidence: 0.5 },
            evidence:
              "Sensorerne opdagede 17 af 18 fald, men gav 2,4 falske alarmer pr. bolig pr. uge. DPIA er ikke gennemført.",
            decision: {
              on: "2024-11-26",
              outcome: "REVISE",
              rationale:
                "Løsningen virker på det vigtigste punkt, men de falske alarmer belaster nattevagterne, og konsekvensanalysen skulle have været lavet før start. Fasen forlænges til februar med et mindre ekstra beløb til DPIA og inddragelse.",
              extraGrant: 50_000,
              newDeadline: "2025-02-28",
              conditions: [
                {
                  text: "Gennemfør konsekvensanalyse (DPIA) for radarsensorerne og få den godkendt af databeskyttelsesrådgiveren",
                  due: "2025-01-15",
                  doneOn: "2025-01-10",
                },
                {
                  text: "Bring de falske alarmer under én pr. bolig pr. uge og dokumentér det",
                  due: "2025-02-15",
                  doneOn: "2025-02-17",
                },
                {
                  text: "Inddrag pårørenderåd og medarbejdere i vurderingen af løsningen",
                  due: "2025-02-15",
                  doneOn: "2025-02-12",
                },
              ],
            },
          },
          {
            requested: "2025-02-24",
            due: "2025-03-31",
            level: 3.9,
            evidence:
              "Alle tre betingelser er opfyldt. DPIA er godkendt, falske alarmer er nede på 0,8 pr. bolig pr. uge, og pårørenderådet støtter en udvidelse.",
            nextPlan:
              "Demonstration på seks plejecentre i fire kommuner med færre natlige tilsyn, hvor beboeren ønsker det.",
            decision: {
              on: "2025-03-25",
              outcome: "GO",
              rationale:
                "Betingelserne fra november er opfyldt og dokumenteret. Styregruppen giver grønt lys til demonstration med fokus på beboernes søvn og medarbejdernes tid.",
            },
          },
        ],
      },
      {
        kind: "DEMONSTRATION",
        start: "2025-04-15",
        end: "2026-12-31",
        grant: 450_000,
        cofunding: 300_000,
        split: "POPULATION",
        success:
          "- 180 boliger på seks plejecentre\n- Tid på gulvet efter fald under 10 minutter i 90 % af tilfældene\n- Natlige tilsyn reduceret med 40 %",
        kill: "- Flere alvorlige fald end før projektet",
        expenses: [
          ["2025-04-28", "UDSTYR", 164_000, "150 radarsensorer til fem plejecentre"],
          ["2025-06-30", "KONSULENT", 46_000, "Integration med kaldeanlæg i Odder og Hedensted"],
          ["2025-12-19", "PERSONALE", 96_000, "Superbrugere, oplæring og registrering"],
          ["2026-06-30", "DRIFT", 28_000, "Drift og support, 12 måneder"],
        ],
        results: [
          {
            on: "2025-09-01",
            kind: "MILESTONE",
            title: "Sensorer på alle seks plejecentre",
            body: "178 boliger er i gang; 12 beboere har fravalgt sensoren.",
            links: [],
          },
          {
            on: "2026-05-11",
            kind: "MEASUREMENT",
            title: "Natlige tilsyn reduceret med 46 %",
            body: "Beboere med sensor, der ønsker det, får ikke længere faste natlige tilsyn. Søvnkvaliteten er forbedret ifølge personalets registreringer.",
            links: [],
          },
        ],
      },
    ],
    kpis: [
      {
        name: "Tid på gulvet efter fald (median)",
        unit: "minutter",
        baseline: 34,
        direction: "LOWER_IS_BETTER",
        benefit: "QUALITY",
        targets: [15, 10],
        from: "2024-06",
        months: 29,
        end: 6,
      },
      {
        name: "Natlige tilsyn",
        unit: "antal pr. nat pr. plejecenter",
        baseline: 42,
        direction: "LOWER_IS_BETTER",
        benefit: "HOURS_SAVED",
        targets: [38, 25],
        from: "2024-06",
        months: 29,
        end: 23,
      },
      {
        name: "Falske alarmer",
        unit: "pr. bolig pr. uge",
        baseline: 2.4,
        direction: "LOWER_IS_BETTER",
        benefit: "OTHER",
        targets: [1, 0.5],
        from: "2024-06",
        months: 12,
        end: 0.7,
        decimals: 1,
      },
    ],
    lessons: [
      {
        on: "2024-11-28",
        phase: "TEST",
        title: "Lav DPIA før sensoren hænger på væggen",
        did: "Vi startede testen, fordi radarsensorer ikke optager billeder.",
        learned:
          "Selv uden kamera er der tale om overvågning i et hjem. DPIA og pårørendes inddragelse skal være på plads fra start.",
        differently: "Brug fællesskabets DPIA-skabelon for sensorer i boliger fra første dag.",
        tags: ["DPIA", "databeskyttelse", "velfærd", "sensorer"],
      },
    ],
  },
  {
    key: "gtm-co2-ventilation",
    community: GTM,
    title: "CO2-styret ventilation i kommunale bygninger",
    problem:
      "Ventilationsanlæg i rådhuse, biblioteker og kulturhuse kører efter faste tidsplaner. De ventilerer tomme lokaler og for lidt i fyldte mødelokaler.",
    hypothesis:
      "Ved at styre ventilationen efter målt CO2 og belægning kan energiforbruget til ventilation falde 25 %, samtidig med at indeklimaet bliver bedre.",
    tech: ["IoT", "Digital tvilling"],
    domains: ["energi", "byggeri", "klima"],
    sdgs: [7, 11, 13],
    lead: "ikast-brande",
    projectLead: VIBORG,
    partners: ["herning", "silkeborg", "randers"],
    status: "ACTIVE",
    created: "2024-11-04",
    submitted: "2024-12-02",
    approved: "2025-01-20",
    phases: [
      {
        kind: "TEST",
        start: "2025-02-01",
        end: "2025-08-31",
        grant: 200_000,
        cofunding: 70_000,
        success: "- Ventilationen i to bygninger styres efter CO2\n- Energiforbruget til ventilation falder 20 %",
        kill: "- CTS-anlæggene kan ikke modtage styresignaler",
        expenses: [
          ["2025-02-10", "UDSTYR", 58_000, "70 CO2- og belægningssensorer"],
          ["2025-03-14", "KONSULENT", 68_000, "Integration med CTS-anlæg på rådhus og bibliotek"],
          ["2025-07-31", "PERSONALE", 36_000, "Energimedarbejder og driftspersonale"],
        ],
        results: [
          {
            on: "2025-04-07",
            kind: "MILESTONE",
            title: "Ventilation styres efter CO2 på rådhuset",
            body: "Mødelokaler og kontorer ventileres nu efter behov.",
            links: [],
          },
          {
            on: "2025-08-25",
            kind: "MEASUREMENT",
            title: "Energiforbrug til ventilation faldet 27 %",
            body: "Sammenlignet med samme måneder året før, korrigeret for udetemperatur.",
            links: [{ label: "Energidata", url: "https://example.dk/co2-ventilation/energidata-2025" }],
          },
        ],
        gates: [
          {
            requested: "2025-09-01",
            due: "2025-09-30",
            level: 4.1,
            evidence:
              "Energiforbruget til ventilation er faldet 27 % i to bygninger, og andelen af mødetimer over 1.000 ppm er halveret.",
            nextPlan: "Demonstration i 14 bygninger i fire kommuner, herunder anlæg fra tre forskellige leverandører.",
            decision: {
              on: "2025-09-23",
              outcome: "GO",
              rationale:
                "Klar energibesparelse og bedre indeklima. Demonstrationen skal vise, at løsningen virker på tværs af CTS-leverandører.",
            },
          },
        ],
      },
      {
        kind: "DEMONSTRATION",
        start: "2025-10-15",
        end: "2026-12-31",
        grant: 400_000,
        cofunding: 350_000,
        split: "POPULATION",
        success: "- 14 bygninger i fire kommuner\n- Energibesparelse på mindst 20 % på tværs af leverandører",
        kill: "- Løsningen virker kun med én CTS-leverandør",
        expenses: [
          ["2025-10-27", "UDSTYR", 132_000, "420 sensorer til 12 bygninger"],
          ["2026-01-30", "KONSULENT", 94_000, "Integration med CTS-anlæg fra tre leverandører"],
          ["2026-06-30", "PERSONALE", 58_000, "Energimedarbejdere og driftsoplæring"],
        ],
        results: [
          {
            on: "2026-03-16",
            kind: "RISK",
            title: "Én leverandør vil ikke åbne sit CTS-anlæg",
            body: "Leverandøren af anlæggene i Randers kræver et betalt modul for at modtage eksterne signaler.",
            links: [],
          },
          {
            on: "2026-09-07",
            kind: "MEASUREMENT",
            title: "22 % besparelse i 11 bygninger",
            body: "De tre bygninger i Randers indgår endnu ikke.",
            links: [],
          },
        ],
      },
    ],
    kpis: [
      {
        name: "Energiforbrug til ventilation",
        unit: "MWh pr. måned",
        baseline: 62,
        direction: "LOWER_IS_BETTER",
        benefit: "CO2E_AVOIDED",
        targets: [50, 48],
        from: "2025-03",
        months: 20,
        end: 47,
        source: "API",
        decimals: 1,
      },
      {
        name: "Mødetimer med CO2 over 1.000 ppm",
        unit: "%",
        baseline: 31,
        direction: "LOWER_IS_BETTER",
        benefit: "QUALITY",
        targets: [18, 15],
        from: "2025-03",
        months: 20,
        end: 14,
        source: "API",
      },
    ],
  },
];
