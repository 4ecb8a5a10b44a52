// Fællesskab for Dynamiske Data: pilots at or after a gate — soil moisture (gate overdue), waste
// islands (second review after a REVISE), drones for biodiversity (REVISE, conditions open).
import type { PilotSpec } from "./types";

const FDD = "faellesskab-for-dynamiske-data" as const;
const ISHOEJ = "projektleder@ishoej.example";
const GULD = "projektleder@guldborgsund.example";

export const FDD_GATES: PilotSpec[] = [
  {
    key: "fdd-jordfugt-grundvand",
    community: FDD,
    title: "Jordfugt- og grundvandssensorer til klimatilpasning på Lolland-Falster",
    problem:
      "Stigende grundvand og vandmættede jorde giver oversvømmede kældre, ødelagte veje og problemer for landbruget. Kommunerne har få målinger og kan ikke se, hvor det går hurtigst.",
    hypothesis:
      "Et net af jordfugt- og grundvandssensorer kan kortlægge de mest udsatte områder og give et varsel før kældre og veje oversvømmes, så klimatilpasningen kan prioriteres ud fra data.",
    tech: ["IoT", "GIS/geodata", "Digital tvilling"],
    domains: ["klima", "vand", "natur"],
    sdgs: [6, 13, 15],
    lead: "guldborgsund",
    projectLead: GULD,
    partners: ["koege", "region-sjaelland", "dtu-compute"],
    status: "ACTIVE",
    created: "2024-09-23",
    submitted: "2024-10-21",
    approved: "2024-11-18",
    phases: [
      {
        kind: "TEST",
        start: "2024-12-01",
        end: "2025-06-30",
        grant: 220_000,
        cofunding: 70_000,
        success:
          "- 25 sensorer i tre områder sender data dagligt\n- Målingerne stemmer med GEUS' boringer inden for 10 cm",
        kill: "- Sensorerne mister forbindelsen i mere end 20 % af tiden",
        expenses: [
          ["2024-12-09", "UDSTYR", 68_000, "25 jordfugt- og grundvandssensorer"],
          ["2025-01-17", "KONSULENT", 46_000, "Etablering af pejleboringer og montering"],
          ["2025-05-30", "PERSONALE", 54_000, "Projektledelse og dataanalyse med DTU Compute"],
        ],
        results: [
          {
            on: "2025-02-10",
            kind: "MILESTONE",
            title: "25 sensorer i drift på Lolland og Falster",
            body: "Tre områder: Nykøbing F. øst, Sakskøbing og Marielyst.",
            links: [],
          },
          {
            on: "2025-06-16",
            kind: "MEASUREMENT",
            title: "Afvigelse 6 cm mod GEUS' boringer",
            body: "Data er sammenlignet med Jupiter-databasen.",
            links: [{ label: "Analyse", url: "https://github.com/dtu-compute/grundvand-lolland" }],
          },
        ],
        gates: [
          {
            requested: "2025-07-07",
            due: "2025-08-31",
            level: 3.8,
            evidence: "25 sensorer har kørt i fem måneder med 96 % oppetid og 6 cm afvigelse mod GEUS' boringer.",
            nextPlan: "Demonstration med 120 sensorer, en grundvandsmodel og varsling til vejafdelingen.",
            decision: {
              on: "2025-08-19",
              outcome: "GO",
              rationale:
                "Gode data og et godt samarbejde med DTU. Demonstrationen skal vise, at data ændrer beslutninger om klimatilpasning.",
            },
          },
        ],
      },
      {
        kind: "DEMONSTRATION",
        start: "2025-09-01",
        end: "2026-08-31",
        grant: 480_000,
        cofunding: 250_000,
        split: "EQUAL",
        success:
          "- 120 sensorer i fire kommuner\n- Grundvandsmodel med prognose på 14 dage\n- Mindst to klimatilpasningsprojekter prioriteret ud fra data",
        kill: "- Prognosen rammer mere end 30 cm ved siden af",
        expenses: [
          ["2025-09-15", "UDSTYR", 184_000, "95 sensorer til fire kommuner"],
          ["2025-11-28", "KONSULENT", 96_000, "Grundvandsmodel med 14-dages prognose (DTU Compute)"],
          ["2026-03-31", "PERSONALE", 88_000, "Projektledelse og workshops med vejafdelingerne"],
          ["2026-07-31", "DRIFT", 24_000, "Drift og dataabonnement"],
        ],
        results: [
          {
            on: "2026-02-16",
            kind: "MEASUREMENT",
            title: "Prognosen ramte inden for 12 cm i januar",
            body: "Under den våde januar ramte 14-dages prognosen inden for 12 cm på 88 % af sensorerne.",
            links: [],
          },
          {
            on: "2026-06-22",
            kind: "MILESTONE",
            title: "To vejprojekter prioriteret ud fra data",
            body: "Guldborgsund har flyttet hævningen af to veje frem, fordi grundvandet stiger hurtigere end antaget.",
            links: [],
          },
        ],
        gates: [
          {
            requested: "2026-08-24",
            due: "2026-09-30",
            level: 4,
            scored: 2,
            evidence:
              "120 sensorer i fire kommuner. Prognosen rammer inden for 12 cm i 88 % af tilfældene. To vejprojekter er prioriteret om på baggrund af data.",
            nextPlan: "Skalering til hele Region Sjælland i samarbejde med regionens klimatilpasningsindsats.",
          },
        ],
      },
      {
        kind: "SCALE",
        start: "2026-11-01",
        end: "2027-10-31",
        grant: 600_000,
        cofunding: 1_000_000,
        split: "EQUAL",
        success: "- 400 sensorer i otte kommuner\n- Data indgår i regionens klimatilpasningsplan",
        kill: "- Regionen vil ikke medfinansiere driften",
      },
    ],
    kpis: [
      {
        name: "Afvigelse mellem prognose og målt grundvandsstand",
        unit: "cm",
        baseline: 45,
        direction: "LOWER_IS_BETTER",
        benefit: "QUALITY",
        targets: [20, 15, 12],
        from: "2025-01",
        months: 20,
        end: 12,
        source: "API",
      },
      {
        name: "Oversvømmede kældre anmeldt",
        unit: "antal pr. måned",
        baseline: 18,
        direction: "LOWER_IS_BETTER",
        benefit: "KRONER_SAVED",
        targets: [18, 14, 10],
        from: "2025-01",
        months: 20,
        end: 13,
      },
    ],
  },
  {
    key: "fdd-affaldsoeer",
    community: FDD,
    title: "Fyldningssensorer i affaldsøer ved etageboliger",
    problem:
      "Affaldsøerne i de almene boligområder tømmes efter faste ruter. Nogle containere flyder over, andre tømmes halvtomme, og overfyldte øer giver rotter og utilfredse beboere.",
    hypothesis:
      "Fyldningssensorer i nedgravede containere kan styre tømningen efter behov, så antallet af tømninger falder 25 %, og overfyldte containere halveres.",
    tech: ["IoT", "Dataplatform"],
    domains: ["affald", "klima"],
    sdgs: [11, 12],
    lead: "ishoej",
    projectLead: ISHOEJ,
    partners: ["vallensbaek", "hvidovre", "koege"],
    status: "ACTIVE",
    created: "2024-04-22",
    submitted: "2024-05-21",
    approved: "2024-06-17",
    phases: [
      {
        kind: "TEST",
        start: "2024-07-01",
        end: "2025-01-31",
        grant: 180_000,
        cofunding: 50_000,
        success: "- 60 containere med sensorer\n- Sensorerne melder korrekt fyldning 90 % af tiden",
        kill: "- Renovatøren kan ikke bruge data i ruteplanlægningen",
        expenses: [
          ["2024-07-08", "UDSTYR", 58_000, "60 sensorer til nedgravede containere"],
          ["2024-08-16", "KONSULENT", 24_000, "Kobling til dataplatform og renovatørens system"],
          ["2024-12-20", "PERSONALE", 46_000, "Projektledelse og dialog med boligselskaber"],
        ],
        results: [
          {
            on: "2024-10-07",
            kind: "MEASUREMENT",
            title: "93 % korrekte målinger",
            body: "Nedgravede containere har ikke låg, der forstyrrer sensoren, og er beskyttet mod frost.",
            links: [],
          },
          {
            on: "2025-01-13",
            kind: "MEASUREMENT",
            title: "Tømninger faldet 19 %",
            body: "Renovatøren springer containere under 60 % fyldning over.",
            links: [],
          },
        ],
        gates: [
          {
            requested: "2025-02-03",
            due: "2025-02-28",
            level: 3.9,
            evidence: "60 containere, 93 % korrekte målinger, tømninger faldet 19 %. Renovatøren bruger data.",
            nextPlan: "Demonstration med 400 containere i fire kommuner.",
            decision: {
              on: "2025-02-25",
              outcome: "GO",
              rationale:
                "Løsningen virker, hvor Vestjylland-projektet ikke gjorde: nedgravede containere og en kontrakt, der tillader behovsstyring. Styregruppen bemærker, at erfaringerne fra GovTech Midtjylland er brugt.",
            },
          },
        ],
      },
      {
        kind: "DEMONSTRATION",
        start: "2025-03-15",
        end: "2026-03-31",
        grant: 420_000,
        cofunding: 200_000,
        split: "POPULATION",
        success: "- 400 containere i fire kommuner\n- Tømninger falder 25 %\n- Overfyldte containere halveres",
        kill: "- Boligselskaberne vil ikke give adgang til affaldsøerne",
        expenses: [
          ["2025-03-24", "UDSTYR", 168_000, "340 sensorer til containere i fire kommuner"],
          ["2025-06-30", "KONSULENT", 62_000, "Integration med to renovatørers systemer"],
          ["2025-12-19", "PERSONALE", 84_000, "Projektledelse og beboerinformation"],
          ["2026-06-30", "KONSULENT", 38_000, "Aftaler med boligselskaber og effektmåling"],
          ["2026-09-30", "DRIFT", 41_000, "Drift og dataabonnement"],
        ],
        results: [
          {
            on: "2025-09-29",
            kind: "RISK",
            title: "Boligselskaber giver ikke adgang",
            body: "To boligselskaber i Hvidovre har ikke givet adgang til at montere sensorer. 110 containere mangler.",
            links: [],
          },
          {
            on: "2026-03-16",
            kind: "MEASUREMENT",
            title: "Tømninger faldet 21 %, overfyldning faldet 38 %",
            body: "Målene er ikke helt nået, fordi 110 containere mangler.",
            links: [],
          },
          {
            on: "2026-09-14",
            kind: "MEASUREMENT",
            title: "Seks måneders effekt: tømninger faldet 27 %",
            body: "Efter aftalen med boligselskaberne er alle 400 containere med.",
            links: [],
          },
        ],
        gates: [
          {
            requested: "2026-03-23",
            due: "2026-04-30",
            level: 3.2,
            bias: { readiness: -0.6 },
            evidence: "290 af 400 containere har sensorer. Tømninger faldet 21 %, overfyldte containere faldet 38 %.",
            nextPlan: "Skalering til alle almene boligområder i fællesskabet.",
            decision: {
              on: "2026-04-21",
              outcome: "REVISE",
              rationale:
                "Resultaterne peger i den rigtige retning, men demonstrationen er ikke gennemført i fuld skala. Fasen forlænges til september med et mindre beløb til at afslutte aftalerne med boligselskaberne.",
              extraGrant: 40_000,
              newDeadline: "2026-09-30",
              conditions: [
                {
                  text: "Indgå aftale med boligselskaberne om adgang til alle affaldsøer",
                  due: "2026-06-30",
                  doneOn: "2026-06-02",
                },
                {
                  text: "Dokumentér effekten på antal tømninger i mindst seks måneder",
                  due: "2026-09-30",
                  doneOn: "2026-09-15",
                },
                {
                  text: "Beskriv, hvordan løsningen kobles til renovatørens ruteplanlægning i næste udbud",
                  due: "2026-12-31",
                },
              ],
            },
          },
          {
            requested: "2026-10-05",
            due: "2026-11-15",
            level: 3.9,
            scored: 1,
            evidence:
              "Alle 400 containere har sensorer. Tømninger faldet 27 %, overfyldte containere faldet 52 % over seks måneder. Beskrivelsen af koblingen til næste udbud er i gang.",
            nextPlan: "Skalering til alle almene boligområder i fællesskabet.",
          },
        ],
      },
      {
        kind: "SCALE",
        start: "2027-01-15",
        end: "2027-12-31",
        grant: 500_000,
        cofunding: 800_000,
        split: "POPULATION",
        success: "- 2.000 containere i otte kommuner\n- Behovsstyret tømning skrevet ind i nye renovationsudbud",
        kill: "- Besparelsen på tømninger falder under 15 %",
      },
    ],
    kpis: [
      {
        name: "Tømninger af containere",
        unit: "antal pr. uge",
        baseline: 1_150,
        direction: "LOWER_IS_BETTER",
        benefit: "KRONER_SAVED",
        targets: [950, 860, 860],
        from: "2024-08",
        months: 28,
        end: 840,
        source: "API",
      },
      {
        name: "Overfyldte containere",
        unit: "antal pr. uge",
        baseline: 64,
        direction: "LOWER_IS_BETTER",
        benefit: "QUALITY",
        targets: [45, 32, 30],
        from: "2024-08",
        months: 28,
        end: 30,
      },
    ],
    lessons: [
      {
        on: "2026-04-23",
        phase: "DEMONSTRATION",
        title: "Boligselskaberne skal med fra start",
        did: "Vi aftalte adgang med kommunernes affaldsafdelinger.",
        learned: "Affaldsøerne ligger på boligselskabernes grund. Uden deres aftale kan sensorerne ikke monteres.",
        differently: "Lav en standardaftale med boligselskaberne, før udstyret bestilles.",
        tags: ["affald", "boligselskaber", "IoT"],
      },
    ],
  },
  {
    key: "fdd-droner-biodiversitet",
    community: FDD,
    title: "Biodiversitetskortlægning med droner og AI-artsgenkendelse",
    problem:
      "Kommunerne skal følge naturtilstanden på deres arealer, men feltbesigtigelser er dyre, og de fleste arealer bliver kun besøgt hvert femte til tiende år.",
    hypothesis:
      "Droner med multispektralkamera og en AI-model, der genkender indikatorarter, kan kortlægge naturtilstanden på store arealer hvert år til en tiendedel af prisen for feltbesigtigelse.",
    tech: ["Droner", "AI", "GIS/geodata"],
    domains: ["natur", "klima"],
    sdgs: [13, 15],
    lead: "koege",
    projectLead: ISHOEJ,
    partners: ["roskilde", "region-sjaelland", "dtu-compute"],
    status: "ACTIVE",
    created: "2025-01-27",
    submitted: "2025-02-24",
    approved: "2025-03-17",
    phases: [
      {
        kind: "TEST",
        start: "2025-04-01",
        end: "2025-10-31",
        grant: 250_000,
        cofunding: 90_000,
        success:
          "- 400 ha overfløjet i to kommuner\n- AI-modellen genkender ti indikatorarter med mindst 80 % præcision",
        kill: "- Droneflyvning i Natura 2000-områder kan ikke tillades",
        expenses: [
          ["2025-04-14", "UDSTYR", 96_000, "Drone med multispektralkamera og RTK-GPS"],
          ["2025-05-30", "KONSULENT", 54_000, "Træning af artsmodel (DTU Compute)"],
          ["2025-09-30", "PERSONALE", 48_000, "Droneoperatør og biolog"],
          ["2026-01-30", "KONSULENT", 22_000, "Afklaring af droneflyvning i Natura 2000-områder"],
          ["2026-06-30", "PERSONALE", 38_000, "Feltbiologers registreringer til validering"],
        ],
        results: [
          {
            on: "2025-08-25",
            kind: "MILESTONE",
            title: "430 ha overfløjet ved Køge Ås og Roskilde Fjord",
            body: "Data ligger som ortofoto og artskort på fællesskabets GIS-platform.",
            links: [{ label: "Artskort", url: "https://example.dk/biodiversitet/artskort-2025" }],
          },
          {
            on: "2025-10-20",
            kind: "MEASUREMENT",
            title: "Præcision 71 % på ti indikatorarter",
            body: "Modellen er god til store, blomstrende arter og dårlig til græsser.",
            links: [],
          },
          {
            on: "2026-01-26",
            kind: "MILESTONE",
            title: "Aftale om droneflyvning i Natura 2000",
            body: "Miljøstyrelsen har godkendt en procedure for anmeldelse uden for ynglesæsonen.",
            links: [],
          },
          {
            on: "2026-08-31",
            kind: "MEASUREMENT",
            title: "Validering i gang: 180 af 300 prøver",
            body: "Foreløbig præcision 79 % efter gentræning.",
            links: [],
          },
        ],
        gates: [
          {
            requested: "2025-11-03",
            due: "2025-11-30",
            level: 3,
            bias: { evidence: -0.5, data: 0.4 },
            evidence:
              "430 ha er overfløjet. Modellen genkender ti arter med 71 % præcision (mål: 80 %). Reglerne for flyvning i Natura 2000-områder er uafklarede.",
            nextPlan: "Demonstration i seks kommuner med årlig kortlægning af 3.000 ha.",
            decision: {
              on: "2025-11-25",
              outcome: "REVISE",
              rationale:
                "Resultaterne er lovende, men præcisionen er under målet, og flyvning i Natura 2000-områder er ikke afklaret. Fasen forlænges med et beløb til validering mod feltbiologers registreringer.",
              extraGrant: 60_000,
              newDeadline: "2026-12-18",
              conditions: [
                {
                  text: "Aftal med Miljøstyrelsen, hvordan droneflyvning i Natura 2000-områder anmeldes",
                  due: "2026-01-31",
                  doneOn: "2026-01-22",
                },
                {
                  text: "Valider AI-modellens artsgenkendelse mod feltbiologers registreringer (mindst 300 prøver)",
                  due: "2026-10-31",
                },
                { text: "Udarbejd en plan for deling af fund med Arter.dk", due: "2026-12-01" },
              ],
            },
          },
        ],
      },
      {
        kind: "DEMONSTRATION",
        start: "2027-04-01",
        end: "2027-12-31",
        grant: 550_000,
        cofunding: 300_000,
        split: "EQUAL",
        success: "- 3.000 ha kortlagt i seks kommuner\n- Præcision mindst 85 %",
        kill: "- Prisen pr. ha over 150 kr.",
      },
    ],
    kpis: [
      {
        name: "Præcision i artsgenkendelse",
        unit: "%",
        baseline: 55,
        direction: "HIGHER_IS_BETTER",
        benefit: "QUALITY",
        targets: [80, 85],
        from: "2025-06",
        months: 16,
        end: 79,
      },
      {
        name: "Pris pr. kortlagt hektar",
        unit: "kr.",
        baseline: 1_200,
        direction: "LOWER_IS_BETTER",
        benefit: "KRONER_SAVED",
        targets: [300, 150],
        from: "2025-06",
        months: 16,
        end: 260,
      },
    ],
  },
];
