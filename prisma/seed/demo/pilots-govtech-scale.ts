// GovTech Midtjylland: pilots in scale-up — smart water meters (running) and the shared OS2iot
// platform (awaiting its adoption gate, overdue).
import type { PilotSpec } from "./types";

const GTM = "govtech-midtjylland" as const;
const AARHUS = "projektleder@aarhus.example";
const VIBORG = "projektleder@viborg.example";

export const GOVTECH_SCALE: PilotSpec[] = [
  {
    key: "gtm-vandmaalere-sommerhuse",
    community: GTM,
    title: "Fjernaflæste vandmålere og lækagealarmer i sommerhusområder",
    problem:
      "I sommerhusområderne ved Vestkysten står husene tomme det meste af året. En sprunget vandledning kan løbe i uger, før nogen opdager det. Det koster ejerne dyrt og giver vandværkerne store, uforklarede tab.",
    hypothesis:
      "Fjernaflæste målere med lækagealarm kan opdage et brud inden for få timer og sende besked til ejeren, så vandtabet i sommerhusområderne halveres.",
    tech: ["IoT", "Dataplatform"],
    domains: ["vand", "klima"],
    sdgs: [6, 12],
    lead: "ringkoebing-skjern",
    projectLead: VIBORG,
    partners: ["lemvig", "holstebro", "struer"],
    public: true,
    status: "ACTIVE",
    created: "2024-01-10",
    submitted: "2024-02-05",
    approved: "2024-03-04",
    phases: [
      {
        kind: "TEST",
        start: "2024-03-15",
        end: "2024-11-30",
        grant: 200_000,
        cofunding: 80_000,
        success: "- 150 målere sender data dagligt\n- Lækager opdages inden for 24 timer",
        kill: "- Batterilevetid under to år ved daglig aflæsning\n- Vandværket kan ikke modtage data",
        expenses: [
          ["2024-03-25", "UDSTYR", 97_500, "150 fjernaflæste vandmålere med lækagealarm"],
          ["2024-04-12", "KONSULENT", 38_000, "Installation i samarbejde med vandværkets VVS-partner"],
          ["2024-09-30", "PERSONALE", 44_000, "Projektledelse og opfølgning på alarmer"],
          ["2024-11-15", "DRIFT", 9_600, "NB-IoT-abonnement, otte måneder"],
        ],
        results: [
          {
            on: "2024-05-02",
            kind: "MILESTONE",
            title: "150 målere installeret i Søndervig",
            body: "Målerne sender dagligt forbrug og alarmer ved konstant flow over seks timer.",
            links: [],
          },
          {
            on: "2024-10-14",
            kind: "MEASUREMENT",
            title: "23 lækager fundet på et halvt år",
            body: "Gennemsnitlig tid fra lækage til ejeren fik besked: 7 timer. Før projektet: typisk flere uger.",
            links: [{ label: "Lækagelog", url: "https://example.dk/vandmaalere/laekager-2024.csv" }],
          },
        ],
        gates: [
          {
            requested: "2024-12-02",
            due: "2025-01-15",
            level: 3.9,
            evidence:
              "150 målere har kørt i syv måneder; 23 lækager er fundet, i snit 7 timer efter de opstod. Batteriforbruget peger på 8–10 års levetid.",
            nextPlan: "Demonstration i fire kommuner med 1.200 målere og SMS direkte til ejerne.",
            decision: {
              on: "2025-01-14",
              outcome: "GO",
              rationale:
                "Overbevisende resultater fra Søndervig. Demonstrationen skal afklare, om ejerne selv vil betale for alarmtjenesten.",
            },
          },
        ],
      },
      {
        kind: "DEMONSTRATION",
        start: "2025-02-01",
        end: "2025-10-31",
        grant: 400_000,
        cofunding: 400_000,
        split: "POPULATION",
        success:
          "- 1.200 målere i fire kommuner\n- Vandtab fra lækager falder 50 %\n- Mindst 60 % af ejerne tilmelder sig SMS-alarm",
        kill: "- Under 30 % af ejerne vil tilmelde sig",
        expenses: [
          ["2025-02-17", "UDSTYR", 168_000, "1.050 målere til Lemvig, Holstebro og Struer"],
          ["2025-03-31", "KONSULENT", 62_000, "SMS-tjeneste og tilmeldingsside for ejere"],
          ["2025-08-29", "PERSONALE", 96_000, "Projektledelse og kontakt til grundejerforeninger"],
          ["2025-10-15", "DRIFT", 21_000, "NB-IoT-abonnementer og support"],
        ],
        results: [
          {
            on: "2025-06-16",
            kind: "MEASUREMENT",
            title: "71 % af ejerne har tilmeldt sig",
            body: "Grundejerforeningerne har været afgørende for tilmeldingen.",
            links: [],
          },
          {
            on: "2025-10-06",
            kind: "LEARNING",
            title: "Alarmer skal kunne sendes til udlejningsbureauet",
            body: "Mange huse udlejes via bureauer, som har nøglen. Nu kan ejeren tilføje bureauet som modtager.",
            links: [],
          },
        ],
        gates: [
          {
            requested: "2025-10-27",
            due: "2025-11-30",
            level: 4.2,
            evidence:
              "1.214 målere i drift, 71 % tilmelding, og vandtabet fra lækager er faldet 58 % i demonstrationsområderne.",
            nextPlan: "Skalering til alle sommerhusområder i de fire kommuner og en betalingsmodel via vandværkerne.",
            decision: {
              on: "2025-11-25",
              outcome: "GO",
              rationale:
                "Alle succeskriterier er nået. Styregruppen lægger vægt på, at vandværkerne selv vil overtage ejerskabet, og at betalingsmodellen afprøves i skaleringen.",
            },
          },
        ],
      },
      {
        kind: "SCALE",
        start: "2025-12-15",
        end: "2027-03-31",
        grant: 500_000,
        cofunding: 1_600_000,
        split: "POPULATION",
        success: "- 6.000 sommerhuse har fjernaflæste målere\n- Vandværkerne har overtaget driften",
        kill: "- Vandværkerne vil ikke overtage driften",
        expenses: [
          ["2026-01-26", "UDSTYR", 186_000, "Målere, første udrulning (1.800 stk., medfinansieret af vandværkerne)"],
          ["2026-05-29", "PERSONALE", 88_000, "Koordinering med vandværker og grundejerforeninger"],
          ["2026-09-30", "DRIFT", 34_000, "Drift af alarmtjeneste og abonnementer"],
        ],
        results: [
          {
            on: "2026-06-01",
            kind: "MILESTONE",
            title: "Tre vandværker har underskrevet driftsaftale",
            body: "Søndervig, Thyborøn og Vejlby Klit vandværker overtager måleraflæsning og alarmer fra 2027.",
            links: [],
          },
          {
            on: "2026-10-12",
            kind: "RISK",
            title: "Leveringstid på målere er steget",
            body: "Leverandøren melder 14 ugers leveringstid. Udrulningen forskydes to måneder.",
            links: [],
          },
        ],
      },
    ],
    kpis: [
      {
        name: "Vandtab fra lækager i sommerhuse",
        unit: "m³ pr. måned",
        baseline: 4_200,
        direction: "LOWER_IS_BETTER",
        benefit: "KRONER_SAVED",
        targets: [3_500, 2_100, 1_500],
        from: "2024-05",
        months: 31,
        end: 1_650,
        source: "API",
      },
      {
        name: "Tid fra lækage til ejeren får besked",
        unit: "timer",
        baseline: 96,
        direction: "LOWER_IS_BETTER",
        benefit: "QUALITY",
        targets: [24, 8, 6],
        from: "2024-05",
        months: 31,
        end: 5.5,
        source: "API",
        decimals: 1,
      },
    ],
  },
  {
    key: "gtm-os2iot-platform",
    community: GTM,
    title: "Fælles IoT-dataplatform for Midtjylland på OS2iot",
    problem:
      "Hver kommune køber sensorer med leverandørens egen platform. Data ligger spredt i lukkede systemer, og hver ny sensor kræver en ny kontrakt og en ny integration.",
    hypothesis:
      "En fælles, open source IoT-platform (OS2iot) drevet af én kommune på vegne af alle kan halvere prisen pr. sensor-integration og gøre data tilgængelige på tværs af kommunerne.",
    tech: ["Dataplatform", "IoT"],
    domains: ["klima", "vand", "trafik"],
    sdgs: [9, 11, 17],
    lead: "aarhus",
    projectLead: AARHUS,
    partners: ["viborg", "herning", "silkeborg", "region-midtjylland"],
    public: true,
    status: "ACTIVE",
    created: "2023-08-28",
    submitted: "2023-10-02",
    approved: "2024-01-29",
    phases: [
      {
        kind: "TEST",
        start: "2024-02-01",
        end: "2024-11-30",
        grant: 250_000,
        cofunding: 150_000,
        success:
          "- OS2iot kører i drift med tre kommuner som lejere\n- Mindst 300 sensorer fra fire leverandører er koblet på",
        kill: "- Platformen kan ikke adskille kommunernes data sikkert",
        expenses: [
          ["2024-02-19", "KONSULENT", 92_000, "Installation af OS2iot og LoRaWAN-netværksserver"],
          ["2024-03-28", "DRIFT", 36_000, "Hosting i Aarhus' driftscenter, ti måneder"],
          ["2024-08-30", "PERSONALE", 78_000, "Udvikler og driftsansvarlig, 0,3 årsværk"],
          ["2024-11-15", "ANDET", 8_500, "OS2iot-netværksdag for kommunerne"],
        ],
        results: [
          {
            on: "2024-04-08",
            kind: "MILESTONE",
            title: "Tre kommuner er lejere på platformen",
            body: "Aarhus, Viborg og Herning har egne organisationer i OS2iot med adskilte data og brugere.",
            links: [{ label: "OS2iot på GitHub", url: "https://github.com/OS2iot/OS2IoT-backend" }],
          },
          {
            on: "2024-10-21",
            kind: "MEASUREMENT",
            title: "412 sensorer fra seks leverandører",
            body: "Vandstand, indeklima, parkering og affald. Ny integration tager nu under en dag.",
            links: [],
          },
        ],
        gates: [
          {
            requested: "2024-12-02",
            due: "2025-01-31",
            level: 4.3,
            evidence:
              "412 sensorer fra seks leverandører kører på platformen. Datasikkerheden er gennemgået af Aarhus' informationssikkerhedsteam uden væsentlige fund.",
            nextPlan: "Demonstration med otte kommuner, åbne data og en fælles driftsmodel.",
            decision: {
              on: "2025-01-21",
              outcome: "GO",
              rationale:
                "Platformen er teknisk moden, og andre pilotprojekter bygger allerede på den. Demonstrationen skal vise en bæredygtig driftsmodel.",
            },
          },
        ],
      },
      {
        kind: "DEMONSTRATION",
        start: "2025-02-01",
        end: "2025-09-30",
        grant: 450_000,
        cofunding: 400_000,
        split: "POPULATION",
        success:
          "- Otte kommuner bruger platformen\n- Pris pr. integration halveret\n- Udvalgte data udstilles som åbne data",
        kill: "- Under fem kommuner vil betale for drift",
        expenses: [
          ["2025-02-24", "KONSULENT", 118_000, "Automatisk udstilling af åbne data og API-nøgler"],
          ["2025-04-30", "DRIFT", 64_000, "Skalering af hosting og backup"],
          ["2025-07-31", "PERSONALE", 142_000, "Support og onboarding af fem nye kommuner"],
          ["2025-09-19", "ANDET", 12_000, "Brugermøde og dokumentation"],
        ],
        results: [
          {
            on: "2025-05-19",
            kind: "MILESTONE",
            title: "Otte kommuner på platformen",
            body: "Randers, Skanderborg, Silkeborg, Holstebro og Favrskov er kommet med.",
            links: [],
          },
          {
            on: "2025-09-08",
            kind: "MEASUREMENT",
            title: "Pris pr. integration faldet fra 18.000 til 6.500 kr.",
            body: "Gennemsnit over 31 nye integrationer.",
            links: [{ label: "Åbne data", url: "https://www.opendata.dk/os2iot-midt" }],
          },
        ],
        gates: [
          {
            requested: "2025-09-29",
            due: "2025-11-15",
            level: 4.5,
            evidence:
              "Otte kommuner, 1.900 sensorer, pris pr. integration faldet 64 %. Driftsmodel med fordeling efter indbyggertal er aftalt på direktørniveau.",
            nextPlan: "Skalering til alle 19 kommuner og overgang til fast drift.",
            decision: {
              on: "2026-01-13",
              outcome: "GO",
              rationale:
                "Platformen er blevet fællesskabets rygrad for IoT. Styregruppen ønsker en adoptionsindstilling efter skaleringen.",
            },
          },
        ],
      },
      {
        kind: "SCALE",
        start: "2026-01-15",
        end: "2026-08-31",
        grant: 600_000,
        cofunding: 1_400_000,
        split: "POPULATION",
        success: "- Mindst 15 kommuner bruger platformen\n- Driftsaftale vedtaget for 2027–2030",
        kill: "- Driftsaftalen bliver ikke vedtaget",
        expenses: [
          ["2026-02-27", "DRIFT", 128_000, "Højtilgængelig drift og overvågning"],
          ["2026-05-29", "PERSONALE", 186_000, "Onboarding af syv kommuner og supportfunktion"],
          ["2026-08-14", "KONSULENT", 74_000, "Sikkerhedstest og opdatering til OS2iot version 2"],
        ],
        results: [
          {
            on: "2026-06-15",
            kind: "MILESTONE",
            title: "16 kommuner på platformen",
            body: "Ringkøbing-Skjern, Lemvig og Struer mangler; de venter på nye sensorindkøb.",
            links: [],
          },
        ],
        gates: [
          {
            requested: "2026-09-14",
            due: "2026-10-15",
            level: 4.2,
            scored: 2,
            evidence:
              "16 kommuner og 4.100 sensorer på platformen. Driftsaftalen for 2027–2030 er vedtaget i 14 kommuner; to behandler den i december.",
          },
        ],
      },
    ],
    kpis: [
      {
        name: "Sensorer på den fælles platform",
        unit: "antal",
        baseline: 0,
        direction: "HIGHER_IS_BETTER",
        benefit: "OTHER",
        targets: [300, 1_500, 4_000],
        from: "2024-03",
        months: 32,
        end: 4_100,
        source: "API",
      },
      {
        name: "Pris pr. ny sensorintegration",
        unit: "kr.",
        baseline: 18_000,
        direction: "LOWER_IS_BETTER",
        benefit: "KRONER_SAVED",
        targets: [12_000, 9_000, 6_000],
        from: "2024-03",
        months: 32,
        end: 5_800,
      },
    ],
    lessons: [
      {
        on: "2024-11-18",
        phase: "TEST",
        title: "Mål LoRaWAN-dækningen, før sensorerne købes",
        did: "Vi satte gateways på rådhustage og vandtårne og planlagde sensorernes placering efter leverandørens dækningskort.",
        learned:
          "Dækningen i kældre, brønde og landområder var langt ringere end kortet viste: 14 % af de første sensorer nåede ikke en gateway og måtte have en ekstra.",
        differently:
          "Mål dækningen med en testsensor på hver placering, før der købes sensorer, og del gateways på tværs af kommunegrænsen.",
        tags: ["LoRaWAN", "dækning", "gateways", "IoT"],
      },
      {
        on: "2025-01-24",
        phase: "TEST",
        title: "Én værtskommune, mange lejere",
        did: "Aarhus driver platformen for alle og fakturerer efter indbyggertal.",
        learned:
          "Det er langt billigere end at hver kommune driver sin egen, men værtskommunen skal have en klar aftale om ansvar og svartider.",
        differently: "Skriv driftsaftalen før den første lejer kommer på.",
        tags: ["OS2iot", "dataplatform", "driftsmodel"],
      },
    ],
  },
];
