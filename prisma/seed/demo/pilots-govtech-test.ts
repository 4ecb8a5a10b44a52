// GovTech Midtjylland: indoor climate in schools (REVISE with open conditions), traffic counting
// (running test), a digital twin of Aarhus Å (test gate coming up).
import type { PilotSpec } from "./types";

const GTM = "govtech-midtjylland" as const;
const AARHUS = "projektleder@aarhus.example";
const VIBORG = "projektleder@viborg.example";

export const GOVTECH_TEST: PilotSpec[] = [
  {
    key: "gtm-indeklima-skoler",
    community: GTM,
    title: "Indeklimasensorer i folkeskolens klasselokaler",
    problem:
      "Mange klasselokaler har for højt CO2-niveau i løbet af skoledagen. Det går ud over elevernes koncentration og læring, men lærerne kan ikke se det, og ejendomsafdelingen ved ikke, hvor det er værst.",
    hypothesis:
      "Hvis CO2, temperatur og luftfugtighed måles i alle klasselokaler og vises for lærere og elever, kan andelen af timer med dårligt indeklima halveres, og ejendomsafdelingen kan prioritere ventilationen bedre.",
    tech: ["IoT", "Dataplatform"],
    domains: ["skole", "sundhed", "byggeri"],
    sdgs: [3, 4, 11],
    lead: "struer",
    projectLead: VIBORG,
    partners: ["lemvig", "holstebro", "skive", "herning"],
    public: true,
    status: "ACTIVE",
    created: "2024-04-15",
    submitted: "2024-05-06",
    approved: "2024-06-03",
    phases: [
      {
        kind: "TEST",
        start: "2024-08-12",
        end: "2025-01-31",
        grant: 200_000,
        cofunding: 50_000,
        success: "- Sensorer i 60 klasselokaler på tre skoler\n- Lærerne bruger visningen dagligt",
        kill: "- Sensorerne kan ikke kobles til skolernes netværk eller OS2iot",
        expenses: [
          ["2024-08-19", "UDSTYR", 66_000, "60 indeklimasensorer med CO2-måling og trafiklys"],
          ["2024-09-13", "KONSULENT", 32_000, "Kobling til OS2iot og visning på skærme"],
          ["2024-12-20", "PERSONALE", 48_000, "Pædagogisk konsulent og lærernes inddragelse"],
        ],
        results: [
          {
            on: "2024-09-30",
            kind: "MILESTONE",
            title: "Trafiklys i 60 klasser",
            body: "Sensoren lyser grønt, gult og rødt, så eleverne selv kan se, når der skal luftes ud.",
            links: [],
          },
          {
            on: "2025-01-20",
            kind: "MEASUREMENT",
            title: "Timer med CO2 over 1.000 ppm faldet fra 38 % til 24 %",
            body: "Effekten kom de første uger, hvor eleverne tog ansvar for at lufte ud.",
            links: [{ label: "Data fra OS2iot", url: "https://example.dk/indeklima/struer-data" }],
          },
        ],
        gates: [
          {
            requested: "2025-02-03",
            due: "2025-02-28",
            level: 4,
            evidence:
              "60 klasser med sensorer; andelen af timer over 1.000 ppm faldt fra 38 % til 24 %. Lærerne bruger trafiklyset dagligt.",
            nextPlan: "Demonstration på 18 skoler i fem kommuner med data til ejendomsafdelingerne.",
            decision: {
              on: "2025-02-25",
              outcome: "GO",
              rationale:
                "Enkel løsning med synlig effekt. Demonstrationen skal vise, om data også kan bruges til at prioritere ventilationsinvesteringer.",
            },
          },
        ],
      },
      {
        kind: "DEMONSTRATION",
        start: "2025-03-15",
        end: "2026-03-31",
        grant: 400_000,
        cofunding: 250_000,
        split: "POPULATION",
        success:
          "- Sensorer i 400 klasselokaler på 18 skoler\n- Timer over 1.000 ppm under 15 %\n- Ejendomsafdelingerne bruger data i deres vedligeholdelsesplan",
        kill: "- Effekten forsvinder efter tre måneder",
        expenses: [
          ["2025-03-31", "UDSTYR", 158_000, "340 indeklimasensorer til 15 skoler"],
          ["2025-06-27", "KONSULENT", 44_000, "Rapporter til ejendomsafdelingerne"],
          ["2025-12-19", "PERSONALE", 92_000, "Pædagogiske konsulenter og lærernetværk"],
          ["2026-03-20", "DRIFT", 26_000, "Drift og batteriskift"],
          ["2026-08-31", "KONSULENT", 38_000, "Analyse af udluftningsadfærd i 40 klasselokaler"],
          ["2026-10-30", "ANDET", 12_500, "Elevworkshops om indeklima i udskolingen"],
        ],
        results: [
          {
            on: "2025-10-06",
            kind: "MEASUREMENT",
            title: "Effekten holder ikke på alle skoler",
            body: "På seks skoler er andelen af timer over 1.000 ppm steget igen efter sommerferien. Her er ventilationen så dårlig, at udluftning ikke er nok.",
            links: [],
          },
          {
            on: "2026-03-09",
            kind: "MEASUREMENT",
            title: "19 % af timerne over 1.000 ppm",
            body: "Målet på 15 % er ikke nået. Forskellen mellem skolerne er stor: fra 6 % til 41 %.",
            links: [],
          },
          {
            on: "2026-10-19",
            kind: "LEARNING",
            title: "Udluftning virker kun, hvor vinduerne kan åbnes",
            body: "Analysen af 40 klasselokaler viser, at lokaler med ét oplukkeligt vindue ikke kan nå målet uden mekanisk ventilation.",
            links: [{ label: "Analysenotat", url: "https://example.dk/indeklima/analyse-udluftning-2026.pdf" }],
          },
        ],
        gates: [
          {
            requested: "2026-03-23",
            due: "2026-04-30",
            level: 3.1,
            bias: { economy: -0.7, evidence: -0.3 },
            evidence:
              "412 klasselokaler har sensorer. Andelen af timer over 1.000 ppm er 19 % (mål 15 %). Ejendomsafdelingerne i to af fem kommuner bruger data.",
            nextPlan: "Skalering til alle skoler, koblet til ventilationsinvesteringer.",
            decision: {
              on: "2026-04-28",
              outcome: "REVISE",
              rationale:
                "Resultaterne er gode på skoler med oplukkelige vinduer, men ikke hvor ventilationen er utilstrækkelig. Styregruppen vil se en klar driftsmodel og dokumentation af, hvad udluftning kan og ikke kan, før skalering.",
              newDeadline: "2026-12-31",
              conditions: [
                {
                  text: "Dokumentér sammenhængen mellem CO2-niveau og udluftningsadfærd i mindst 40 klasselokaler",
                  due: "2026-10-31",
                  doneOn: "2026-10-20",
                },
                { text: "Aftal driftsmodel og finansiering med skolernes ejendomsafdelinger", due: "2026-11-30" },
                { text: "Afprøv visning af indeklimadata for elever i udskolingen", due: "2026-12-15" },
              ],
            },
          },
        ],
      },
      {
        kind: "SCALE",
        start: "2027-02-01",
        end: "2027-12-31",
        grant: 500_000,
        cofunding: 900_000,
        split: "POPULATION",
        success:
          "- Alle folkeskoler i fem kommuner har sensorer\n- Data indgår i ejendomsafdelingernes vedligeholdelsesplaner",
        kill: "- Ingen kommune vil betale driften",
      },
    ],
    kpis: [
      {
        name: "Undervisningstimer med CO2 over 1.000 ppm",
        unit: "%",
        baseline: 38,
        direction: "LOWER_IS_BETTER",
        benefit: "QUALITY",
        targets: [25, 15, 10],
        from: "2024-09",
        months: 27,
        end: 18,
        source: "API",
      },
      {
        name: "Elevernes oplevede indeklima",
        unit: "skala 1–5",
        baseline: 3.1,
        direction: "HIGHER_IS_BETTER",
        benefit: "QUALITY",
        targets: [3.4, 3.8, 4],
        from: "2024-09",
        months: 7,
        end: 3.6,
        decimals: 1,
      },
    ],
    lessons: [
      {
        on: "2026-04-30",
        phase: "DEMONSTRATION",
        title: "Sensorer viser problemet, men løser det ikke altid",
        did: "Vi gav lærere og elever trafiklys for CO2 i klasselokalet.",
        learned:
          "Udluftning hjælper meget, hvor vinduerne kan åbnes. I lokaler med dårlig ventilation er data først og fremmest et argument for investeringer.",
        differently: "Kobl ejendomsafdelingen på fra start, så data bliver brugt til at prioritere.",
        tags: ["indeklima", "skole", "CO2", "IoT"],
      },
    ],
  },
  {
    key: "gtm-trafiktaelling",
    community: GTM,
    title: "Trafiktælling med radarsensorer på kommuneveje",
    problem:
      "Kommunerne tæller trafik med slanger på vejen nogle få uger hvert femte år. Tallene er gamle, når der skal prioriteres vejvedligehold, trafiksikkerhed og cykelstier.",
    hypothesis:
      "Faste radarsensorer på lygtepæle kan give løbende trafiktal for biler, cykler og fodgængere til en brøkdel af prisen for manuelle tællinger.",
    tech: ["IoT", "GIS/geodata"],
    domains: ["trafik", "mobilitet"],
    sdgs: [9, 11],
    lead: "horsens",
    projectLead: AARHUS,
    partners: ["hedensted", "skanderborg", "region-midtjylland"],
    status: "ACTIVE",
    created: "2026-02-02",
    submitted: "2026-03-02",
    approved: "2026-04-13",
    phases: [
      {
        kind: "TEST",
        start: "2026-05-01",
        end: "2027-01-31",
        grant: 250_000,
        cofunding: 80_000,
        success:
          "- 25 sensorer på kommuneveje i tre kommuner\n- Afvigelse under 5 % mod manuel kontroltælling\n- Data udstilles i Vejdirektoratets format",
        kill: "- Afvigelse over 10 % for cyklister",
        expenses: [
          ["2026-05-11", "UDSTYR", 87_500, "25 radarsensorer til montering på lygtepæle"],
          ["2026-05-29", "KONSULENT", 26_000, "Montering og strømforsyning fra gadebelysningen"],
          ["2026-09-30", "PERSONALE", 31_000, "Manuelle kontroltællinger og projektledelse"],
        ],
        results: [
          {
            on: "2026-06-08",
            kind: "MILESTONE",
            title: "25 sensorer monteret",
            body: "Sensorerne sidder på 25 strækninger, som skal have nye trafiktal i 2027.",
            links: [{ label: "Kort over tællepunkter", url: "https://example.dk/trafiktaelling/kort" }],
          },
          {
            on: "2026-10-05",
            kind: "MEASUREMENT",
            title: "Afvigelse på 3 % for biler og 7 % for cykler",
            body: "Kontroltællinger på seks strækninger. Cykler i mørke tælles for lavt.",
            links: [],
          },
          {
            on: "2026-10-19",
            kind: "RISK",
            title: "Gadelyset slukkes om natten i Hedensted",
            body: "Sensorerne mister strøm, når gadebelysningen er slukket. Vi tester et lille batteri som buffer.",
            links: [],
          },
        ],
      },
      {
        kind: "DEMONSTRATION",
        start: "2027-03-01",
        end: "2027-12-31",
        grant: 550_000,
        cofunding: 300_000,
        split: "POPULATION",
        success: "- 150 tællepunkter i seks kommuner\n- Trafiktal indgår i vejvedligeholdelsesplanen",
        kill: "- Prisen pr. tællepunkt pr. år over 6.000 kr.",
      },
    ],
    kpis: [
      {
        name: "Vejstrækninger med trafiktal under et år gamle",
        unit: "antal",
        baseline: 12,
        direction: "HIGHER_IS_BETTER",
        benefit: "QUALITY",
        targets: [35, 150],
        from: "2026-05",
        months: 7,
        end: 37,
      },
      {
        name: "Pris pr. tællepunkt pr. år",
        unit: "kr.",
        baseline: 14_000,
        direction: "LOWER_IS_BETTER",
        benefit: "KRONER_SAVED",
        targets: [7_000, 4_500],
        from: "2026-05",
        months: 7,
        end: 6_200,
      },
    ],
  },
  {
    key: "gtm-digital-tvilling-aarhus-aa",
    community: GTM,
    title: "Digital tvilling af Aarhus Å og regnvandsbassinerne",
    problem:
      "Ved skybrud skal Aarhus Vand og kommunerne opstrøms beslutte, hvornår regnvandsbassiner og sluser skal bruges. I dag sker det på erfaring og telefonopkald, og data fra de forskellige kommuner er ikke samlet.",
    hypothesis:
      "En digital tvilling, der kobler live data fra vandstandssensorer, regnmålere og bassiner med en hydraulisk model, kan vise konsekvensen af en beslutning, før den træffes, og reducere oversvømmede arealer ved skybrud.",
    tech: ["Digital tvilling", "GIS/geodata", "IoT"],
    domains: ["vand", "klima"],
    sdgs: [6, 11, 13],
    lead: "aarhus",
    projectLead: AARHUS,
    partners: ["silkeborg", "skanderborg", "region-midtjylland"],
    status: "ACTIVE",
    created: "2025-09-01",
    submitted: "2025-10-06",
    approved: "2025-11-10",
    phases: [
      {
        kind: "TEST",
        start: "2025-11-15",
        end: "2026-10-31",
        grant: 300_000,
        cofunding: 200_000,
        success:
          "- Tvillingen opdateres hvert 15. minut med live data\n- Modellen rammer observeret vandstand inden for 10 cm ved tre hændelser\n- Vagthavende har brugt tvillingen ved mindst én hændelse",
        kill: "- Modellen kan ikke køre hurtigere end realtid",
        expenses: [
          ["2025-12-01", "KONSULENT", 96_000, "Kobling af hydraulisk model til live data fra OS2iot"],
          ["2026-01-30", "LICENS", 38_000, "Licens til modelværktøj, 12 måneder"],
          ["2026-04-30", "PERSONALE", 72_000, "Hydrolog og GIS-medarbejder, 0,2 årsværk"],
          ["2026-09-30", "KONSULENT", 44_000, "3D-visning til beredskabet"],
        ],
        results: [
          {
            on: "2026-02-23",
            kind: "MILESTONE",
            title: "Tvillingen kører med live data",
            body: "Data fra 38 vandstandssensorer, 12 regnmålere og 6 bassiner opdateres hvert 15. minut.",
            links: [{ label: "Kode på GitHub", url: "https://github.com/aarhus-kommune/aarhus-aa-tvilling" }],
          },
          {
            on: "2026-07-06",
            kind: "MEASUREMENT",
            title: "Skybruddet 2. juli: afvigelse 7 cm",
            body: "Modellen forudså vandstanden ved Åboulevarden med 7 cm afvigelse, tre timer før toppen.",
            links: [],
          },
          {
            on: "2026-09-14",
            kind: "LEARNING",
            title: "Beredskabet vil se scenarier side om side",
            body: "Vagthavende ønsker at sammenligne 'luk slusen nu' med 'vent en time' på samme skærm.",
            links: [],
          },
        ],
        gates: [
          {
            requested: "2026-11-09",
            due: "2026-12-15",
            level: 3.9,
            scored: 1,
            evidence:
              "Tvillingen har kørt i ni måneder. Ved tre hændelser var afvigelsen 7, 9 og 13 cm. Beredskabet brugte tvillingen ved skybruddet 2. juli og lukkede slusen ved Brabrand Sø en time tidligere end normalt.",
            nextPlan:
              "Demonstration med hele Aarhus Å-oplandet, scenariesammenligning og adgang for Silkeborg og Skanderborg.",
          },
        ],
      },
      {
        kind: "DEMONSTRATION",
        start: "2027-02-01",
        end: "2027-12-31",
        grant: 800_000,
        cofunding: 500_000,
        split: "POPULATION",
        success: "- Hele oplandet er modelleret\n- Scenarier kan sammenlignes på under fem minutter",
        kill: "- Beredskabet bruger ikke tvillingen ved hændelser",
      },
    ],
    kpis: [
      {
        name: "Afvigelse mellem model og målt vandstand",
        unit: "cm",
        baseline: 35,
        direction: "LOWER_IS_BETTER",
        benefit: "QUALITY",
        targets: [10, 8],
        from: "2026-01",
        months: 11,
        end: 9,
        source: "API",
      },
      {
        name: "Oversvømmet areal ved skybrud",
        unit: "ha pr. hændelse",
        baseline: 42,
        direction: "LOWER_IS_BETTER",
        benefit: "KRONER_SAVED",
        targets: [38, 30],
        from: "2026-01",
        months: 11,
        end: 36,
      },
    ],
  },
];
