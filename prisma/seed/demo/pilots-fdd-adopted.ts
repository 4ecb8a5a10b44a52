// Fællesskab for Dynamiske Data: the two adopted pilots (storm surge warning in Køge Bugt, smart
// water meters in municipal buildings).
import type { PilotSpec } from "./types";

const FDD = "faellesskab-for-dynamiske-data" as const;
const ISHOEJ = "projektleder@ishoej.example";
const GULD = "projektleder@guldborgsund.example";

export const FDD_ADOPTED: PilotSpec[] = [
  {
    key: "fdd-stormflod-koege-bugt",
    community: FDD,
    title: "Vandstandsmålere og stormflodsvarsling i Køge Bugt",
    problem:
      "Stormfloden i oktober 2023 viste, at kommunerne langs Køge Bugt ikke har lokale målinger af vandstanden. DMI's målere sidder langt fra de lavtliggende boligområder, og varslingen til borgerne kommer sent.",
    hypothesis:
      "Et net af lokale vandstandsmålere ved strande, havne og åudløb, delt mellem kommunerne, kan give borgere og beredskab præcise, lokale varsler mindst seks timer før vandet når kritisk niveau.",
    tech: ["IoT", "Dataplatform", "GIS/geodata"],
    domains: ["vand", "klima"],
    sdgs: [11, 13, 14],
    lead: "ishoej",
    projectLead: ISHOEJ,
    partners: ["vallensbaek", "koege", "hvidovre", "dtu-compute"],
    public: true,
    status: "ADOPTED",
    created: "2023-11-13",
    submitted: "2023-12-11",
    approved: "2024-01-29",
    phases: [
      {
        kind: "TEST",
        start: "2024-02-05",
        end: "2024-06-30",
        grant: 200_000,
        cofunding: 80_000,
        success:
          "- 12 målere ved kysten sender data hvert femte minut\n- Målingerne afviger under 3 cm fra DMI's referencemåler\n- DTU Compute har en første prognosemodel",
        kill: "- Målerne kan ikke tåle saltvand og is i en vinter",
        expenses: [
          ["2024-02-12", "UDSTYR", 72_000, "12 radarbaserede vandstandsmålere til kystmontering"],
          ["2024-03-08", "KONSULENT", 38_000, "Montering på moler og broer samt opmåling i DVR90"],
          ["2024-05-31", "PERSONALE", 44_000, "Projektledelse og dataanalyse"],
          ["2024-06-14", "DRIFT", 8_400, "Mobilabonnementer og datalagring"],
        ],
        results: [
          {
            on: "2024-03-18",
            kind: "MILESTONE",
            title: "12 målere i drift fra Hvidovre til Køge",
            body: "Målerne er opmålt i DVR90 og sender hvert femte minut til den fælles dataplatform.",
            links: [{ label: "Live kort", url: "https://example.dk/koegebugt/vandstand" }],
          },
          {
            on: "2024-06-03",
            kind: "MEASUREMENT",
            title: "Afvigelse 1,8 cm mod DMI's referencemåler",
            body: "Sammenligning over tre måneder ved Køge Havn.",
            links: [{ label: "Analyse fra DTU Compute", url: "https://github.com/dtu-compute/koegebugt-vandstand" }],
          },
        ],
        gates: [
          {
            requested: "2024-07-01",
            due: "2024-08-31",
            level: 4.2,
            evidence:
              "12 målere har kørt i fire måneder med 99,1 % oppetid og 1,8 cm afvigelse. DTU Compute har en prognosemodel, der kombinerer lokale målinger med DMI's prognose.",
            nextPlan:
              "Demonstration med 30 målere, SMS-varsling til borgere i udsatte områder og test af prognosemodellen gennem en stormsæson.",
            decision: {
              on: "2024-08-27",
              outcome: "GO",
              rationale:
                "Præcise data og et stærkt samarbejde med DTU. Demonstrationen skal gennem en hel stormsæson og vise, at borgerne kan nås.",
            },
          },
        ],
      },
      {
        kind: "DEMONSTRATION",
        start: "2024-09-01",
        end: "2025-04-30",
        grant: 450_000,
        cofunding: 250_000,
        split: "EQUAL",
        success:
          "- 30 målere i drift gennem stormsæsonen\n- Varsling mindst seks timer før kritisk niveau\n- 2.000 borgere tilmeldt SMS-varsling",
        kill: "- Prognosemodellen rammer mere end 20 cm ved siden af ved stormflod",
        expenses: [
          ["2024-09-16", "UDSTYR", 118_000, "18 ekstra vandstandsmålere og reservedele"],
          ["2024-10-31", "KONSULENT", 96_000, "SMS-varsling og tilmeldingsside for borgere"],
          ["2025-01-31", "PERSONALE", 108_000, "Projektledelse, kommunikation og vagtberedskab"],
          ["2025-03-31", "KONSULENT", 64_000, "Videreudvikling af prognosemodel (DTU Compute)"],
        ],
        results: [
          {
            on: "2024-12-09",
            kind: "MEASUREMENT",
            title: "Stormen 5. december: varsel 9 timer før",
            body: "Prognosen ramte toppen med 8 cm afvigelse. 1.640 borgere fik SMS.",
            links: [],
          },
          {
            on: "2025-02-24",
            kind: "MILESTONE",
            title: "2.300 borgere tilmeldt SMS-varsling",
            body: "Tilmeldingen steg markant efter stormen i december.",
            links: [],
          },
          {
            on: "2025-04-14",
            kind: "LEARNING",
            title: "Borgerne vil vide, hvad de skal gøre",
            body: "Varsler med en konkret handling ('flyt bilen fra Strandvejen') blev delt og fulgt langt mere end varsler med tal.",
            links: [],
          },
        ],
        gates: [
          {
            requested: "2025-04-28",
            due: "2025-05-31",
            level: 4.4,
            evidence:
              "30 målere har kørt gennem stormsæsonen. Fire hændelser blev varslet 7–11 timer før kritisk niveau med højst 12 cm afvigelse. 2.300 borgere er tilmeldt.",
            nextPlan: "Skalering til hele Køge Bugt og Roskilde Fjord samt driftsaftale mellem kommunerne.",
            decision: {
              on: "2025-05-20",
              outcome: "GO",
              rationale:
                "Løsningen har bestået sin første stormsæson med overbevisende resultater. Skaleringen skal sikre varig drift og åbne data.",
            },
          },
        ],
      },
      {
        kind: "SCALE",
        start: "2025-06-01",
        end: "2026-05-31",
        grant: 550_000,
        cofunding: 700_000,
        split: "EQUAL",
        success: "- 60 målere i seks kommuner\n- Driftsaftale underskrevet\n- Data udstillet som åbne data",
        kill: "- Under fire kommuner vil betale for drift",
        expenses: [
          ["2025-06-23", "UDSTYR", 168_000, "30 målere til Roskilde Fjord og Guldborgsund"],
          ["2025-09-30", "KONSULENT", 86_000, "Åbne data og integration med beredskabets systemer"],
          ["2026-01-30", "PERSONALE", 142_000, "Projektledelse og overdragelse til drift"],
          ["2026-04-30", "DRIFT", 72_000, "Drift, service og kalibrering"],
          ["2026-05-29", "ANDET", "rest", "Afslutningsseminar og drejebog for nye kommuner"],
        ],
        results: [
          {
            on: "2025-11-03",
            kind: "MILESTONE",
            title: "60 målere i seks kommuner",
            body: "Nettet dækker nu hele Køge Bugt og Roskilde Fjord.",
            links: [{ label: "Åbne data", url: "https://www.opendata.dk/fdd/vandstand-kyst" }],
          },
          {
            on: "2026-03-16",
            kind: "MILESTONE",
            title: "Driftsaftale underskrevet af seks kommuner",
            body: "Ishøj er driftsansvarlig; udgiften fordeles ligeligt.",
            links: [],
          },
        ],
        gates: [
          {
            requested: "2026-06-01",
            due: "2026-06-30",
            level: 4.5,
            evidence:
              "60 målere er i drift, driftsaftalen er underskrevet, og data er åbne. 4.100 borgere er tilmeldt varsling.",
            decision: {
              on: "2026-06-23",
              outcome: "ADOPT",
              rationale:
                "Alle succeskriterier er nået gennem tre faser. Løsningen er i drift og har allerede bevist sin værdi ved to stormfloder. Styregruppen anbefaler kystkommunerne i fællesskabet at tilslutte sig.",
              procurement:
                "Målere indkøbes via fællesskabets rammeaftale (udbudt af Ishøj Kommune 2025, fire år). Varslingsløsningen og prognosemodellen er open source. Nye kommuner tilslutter sig driftsaftalen med lige andele.",
              adopters: ["ishoej", "vallensbaek", "koege", "hvidovre", "roskilde", "guldborgsund"],
            },
          },
        ],
      },
    ],
    kpis: [
      {
        name: "Varslingstid før kritisk vandstand",
        unit: "timer",
        baseline: 1,
        direction: "HIGHER_IS_BETTER",
        benefit: "QUALITY",
        targets: [4, 6, 8],
        from: "2024-03",
        months: 28,
        end: 9.5,
        source: "API",
        decimals: 1,
      },
      {
        name: "Borgere tilmeldt lokal varsling",
        unit: "antal",
        baseline: 0,
        direction: "HIGHER_IS_BETTER",
        benefit: "QUALITY",
        targets: [500, 2_000, 4_000],
        from: "2024-10",
        months: 20,
        end: 4_100,
      },
    ],
    lessons: [
      {
        on: "2025-05-22",
        phase: "DEMONSTRATION",
        title: "Varsler skal sige, hvad man skal gøre",
        did: "Vi sendte SMS'er med forventet vandstand i cm.",
        learned: "Borgerne handler på konkrete råd, ikke på tal.",
        differently: "Skriv varslerne sammen med beredskabet og test dem på borgere før stormsæsonen.",
        tags: ["varsling", "stormflod", "kommunikation"],
      },
      {
        on: "2026-06-25",
        phase: "SCALE",
        title: "Universitetet som fast partner",
        did: "DTU Compute udviklede prognosemodellen sammen med kommunerne.",
        learned:
          "Modellen blev bedre, fordi forskerne havde adgang til rigtige data og kommunernes erfaringer, og kommunerne fik en model, de ikke kunne have købt.",
        differently: "Aftal fra start, hvem der vedligeholder modellen efter projektet.",
        tags: ["forskningssamarbejde", "prognose", "open source"],
      },
    ],
  },
  {
    key: "fdd-vandmaalere-ejendomme",
    community: FDD,
    title: "Fjernaflæste vandmålere og lækagedetektion i kommunale ejendomme",
    problem:
      "Kommunernes skoler, haller og institutioner har skjulte lækager og løbende toiletter, som først opdages på årsopgørelsen. Vandforbruget aflæses én gang om året.",
    hypothesis:
      "Timeaflæste vandmålere med automatisk lækagedetektion kan finde lækager inden for et døgn og reducere vandforbruget i kommunale ejendomme med 10 %.",
    tech: ["IoT", "Dataplatform"],
    domains: ["vand", "energi"],
    sdgs: [6, 12],
    lead: "guldborgsund",
    projectLead: GULD,
    partners: ["roskilde", "koege", "region-sjaelland"],
    public: true,
    status: "ADOPTED",
    created: "2023-10-16",
    submitted: "2023-11-27",
    approved: "2024-01-15",
    phases: [
      {
        kind: "TEST",
        start: "2024-02-01",
        end: "2024-06-30",
        grant: 150_000,
        cofunding: 40_000,
        success: "- 40 ejendomme har timeaflæste målere\n- Lækager opdages inden for 24 timer",
        kill: "- Forsyningen vil ikke dele målerdata",
        expenses: [
          ["2024-02-05", "UDSTYR", 48_000, "Dataopsamlere til 40 eksisterende vandmålere"],
          ["2024-02-29", "KONSULENT", 34_000, "Lækagealgoritme og alarmer til driftsteknikere"],
          ["2024-06-14", "PERSONALE", 38_000, "Driftsteknikere og projektledelse"],
        ],
        results: [
          {
            on: "2024-04-22",
            kind: "MEASUREMENT",
            title: "14 lækager fundet på ti uger",
            body: "Heraf fire løbende toiletter på skoler og en sprunget ledning under en hal.",
            links: [],
          },
        ],
        gates: [
          {
            requested: "2024-06-24",
            due: "2024-07-31",
            level: 4.3,
            evidence:
              "40 ejendomme er koblet på; 14 lækager fundet, i snit 11 timer efter de opstod. Forsyningen deler data via API.",
            nextPlan: "Demonstration i 250 ejendomme i fire organisationer.",
            decision: {
              on: "2024-07-09",
              outcome: "GO",
              rationale:
                "Hurtig og tydelig effekt til en lav pris. Styregruppen beder om, at demonstrationen også måler energigevinsten ved varmt vand.",
            },
          },
        ],
      },
      {
        kind: "DEMONSTRATION",
        start: "2024-08-15",
        end: "2025-03-31",
        grant: 350_000,
        cofunding: 200_000,
        split: "POPULATION",
        success: "- 250 ejendomme i fire organisationer\n- Vandforbruget falder 10 %",
        kill: "- Driftsteknikerne kan ikke nå at reagere på alarmerne",
        expenses: [
          ["2024-08-26", "UDSTYR", 124_000, "Dataopsamlere og nye målere til 210 ejendomme"],
          ["2024-10-31", "KONSULENT", 58_000, "Integration med forsyningernes målerdata"],
          ["2025-02-28", "PERSONALE", 92_000, "Projektledelse og oplæring af driftsteknikere"],
        ],
        results: [
          {
            on: "2025-01-13",
            kind: "MEASUREMENT",
            title: "Vandforbruget faldet 13 %",
            body: "I de 250 ejendomme sammenlignet med samme periode året før.",
            links: [{ label: "Data og metode", url: "https://example.dk/vandmaalere-ejendomme/metode" }],
          },
          {
            on: "2025-03-10",
            kind: "LEARNING",
            title: "Alarmer skal til den rette tekniker",
            body: "Alarmer til en fælles postkasse blev ikke læst. Nu går de direkte til ejendommens tekniker.",
            links: [],
          },
        ],
        gates: [
          {
            requested: "2025-03-31",
            due: "2025-04-30",
            level: 4.4,
            evidence: "252 ejendomme; vandforbruget faldet 13 %, svarende til 1,9 mio. kr. om året.",
            nextPlan: "Skalering til alle kommunale ejendomme i fire organisationer.",
            decision: {
              on: "2025-04-22",
              outcome: "GO",
              rationale:
                "Solid business case med hurtig tilbagebetaling. Skaleringen skal lande en fælles indkøbsmodel.",
            },
          },
        ],
      },
      {
        kind: "SCALE",
        start: "2025-05-15",
        end: "2026-06-30",
        grant: 450_000,
        cofunding: 800_000,
        split: "POPULATION",
        success: "- Alle kommunale ejendomme i fire organisationer\n- Fælles indkøbsmodel",
        kill: "- Besparelsen falder under 5 % ved fuld skala",
        expenses: [
          ["2025-06-16", "UDSTYR", 198_000, "Dataopsamlere til 900 ejendomme"],
          ["2025-10-31", "KONSULENT", 62_000, "Fælles indkøbsmodel og udbudsmateriale"],
          ["2026-03-31", "PERSONALE", 118_000, "Udrulning og oplæring"],
          ["2026-06-26", "DRIFT", "rest", "Drift og support af alarmtjenesten"],
        ],
        results: [
          {
            on: "2026-05-04",
            kind: "MEASUREMENT",
            title: "11 % lavere forbrug i 1.140 ejendomme",
            body: "Besparelsen holder ved fuld skala.",
            links: [],
          },
        ],
        gates: [
          {
            requested: "2026-08-17",
            due: "2026-09-30",
            level: 4.3,
            evidence:
              "1.140 ejendomme har timeaflæste målere. Vandforbruget er 11 % lavere, svarende til 6,2 mio. kr. om året i de fire organisationer.",
            decision: {
              on: "2026-09-22",
              outcome: "ADOPT",
              rationale:
                "Løsningen har nået alle mål og er rentabel ved fuld skala. Styregruppen anbefaler alle medlemmer at tilslutte sig indkøbsmodellen.",
              procurement:
                "Fælles miniudbud på SKI's aftale om forsyningsmålere, gennemført af Guldborgsund på vegne af deltagerne. Lækagealgoritmen er open source og driftes på fællesskabets dataplatform.",
              adopters: ["guldborgsund", "roskilde", "koege", "region-sjaelland", "gladsaxe"],
            },
          },
        ],
      },
    ],
    kpis: [
      {
        name: "Vandforbrug i kommunale ejendomme",
        unit: "m³ pr. måned",
        baseline: 21_000,
        direction: "LOWER_IS_BETTER",
        benefit: "KRONER_SAVED",
        targets: [20_000, 18_900, 18_700],
        from: "2024-02",
        months: 29,
        end: 18_600,
        source: "API",
      },
      {
        name: "Tid fra lækage til alarm",
        unit: "timer",
        baseline: 720,
        direction: "LOWER_IS_BETTER",
        benefit: "QUALITY",
        targets: [24, 12, 12],
        from: "2024-03",
        months: 28,
        end: 9,
      },
    ],
    lessons: [
      {
        on: "2026-09-24",
        phase: "SCALE",
        title: "Start med de målere, der allerede sidder der",
        did: "Vi satte dataopsamlere på eksisterende målere i stedet for at skifte dem.",
        learned: "Det halverede prisen og gjorde det muligt at rulle ud på et år.",
        differently: "Kortlæg målerne i alle ejendomme før budgettet lægges.",
        tags: ["vand", "ejendomme", "IoT", "genbrug"],
      },
    ],
  },
];
