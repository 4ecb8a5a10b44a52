// Fællesskab for Dynamiske Data: younger pilots — a running test, a test gate coming up, drafts and
// submissions waiting for the secretariat.
import type { PilotSpec } from "./types";

const FDD = "faellesskab-for-dynamiske-data" as const;
const ISHOEJ = "projektleder@ishoej.example";
const GULD = "projektleder@guldborgsund.example";

export const FDD_YOUNG: PilotSpec[] = [
  {
    key: "fdd-indeklima-dagtilbud",
    community: FDD,
    title: "Indeklima og CO2 i daginstitutioner",
    problem:
      "Puslerum og sovesale i vuggestuer har ofte dårlig luft, og de mindste børn er mest sårbare. Pædagogerne har travlt og opdager først problemet, når børnene er sløve eller har hovedpine.",
    hypothesis:
      "Sensorer, der giver pædagogerne en enkel besked, når luften skal skiftes, kombineret med data til ejendomsafdelingen, kan halvere tiden med CO2 over 1.000 ppm i sovesale og grupperum.",
    tech: ["IoT"],
    domains: ["sundhed", "byggeri", "velfærd"],
    sdgs: [3, 4, 11],
    lead: "vallensbaek",
    projectLead: ISHOEJ,
    partners: ["ishoej", "hvidovre"],
    status: "ACTIVE",
    created: "2025-12-01",
    submitted: "2026-01-12",
    approved: "2026-03-09",
    phases: [
      {
        kind: "TEST",
        start: "2026-03-16",
        end: "2026-12-18",
        grant: 160_000,
        cofunding: 45_000,
        success:
          "- Sensorer i 45 rum i seks institutioner\n- Tid med CO2 over 1.000 ppm halveret i sovesale\n- Pædagogerne oplever beskederne som en hjælp",
        kill: "- Pædagogerne slår beskederne fra i mere end halvdelen af rummene",
        expenses: [
          ["2026-03-23", "UDSTYR", 41_500, "45 indeklimasensorer med lydløs lysindikator"],
          ["2026-04-17", "KONSULENT", 19_000, "Opsætning af beskeder til pædagogernes telefoner"],
          ["2026-09-30", "PERSONALE", 36_000, "Pædagogisk konsulent og projektledelse"],
        ],
        results: [
          {
            on: "2026-05-04",
            kind: "MILESTONE",
            title: "Sensorer i seks institutioner",
            body: "Lysindikatoren er lydløs, så den ikke vækker børnene.",
            links: [],
          },
          {
            on: "2026-09-21",
            kind: "MEASUREMENT",
            title: "Tid over 1.000 ppm i sovesale faldet fra 46 % til 21 %",
            body: "Effekten er størst, hvor pædagogerne selv valgte, hvornår beskeden kommer.",
            links: [],
          },
          {
            on: "2026-10-12",
            kind: "RISK",
            title: "Vinterkulde kan mindske udluftning",
            body: "Vi forventer, at pædagogerne lufter mindre ud, når det bliver koldt. Vi måler effekten i november og december.",
            links: [],
          },
        ],
      },
      {
        kind: "DEMONSTRATION",
        start: "2027-02-01",
        end: "2027-12-31",
        grant: 380_000,
        cofunding: 150_000,
        split: "POPULATION",
        success: "- 60 institutioner i fire kommuner\n- Data bruges i ejendomsafdelingernes prioritering",
        kill: "- Effekten forsvinder i vinterhalvåret",
      },
    ],
    kpis: [
      {
        name: "Tid med CO2 over 1.000 ppm i sovesale",
        unit: "%",
        baseline: 46,
        direction: "LOWER_IS_BETTER",
        benefit: "QUALITY",
        targets: [23, 18],
        from: "2026-04",
        months: 8,
        end: 21,
        source: "API",
      },
      {
        name: "Rum hvor pædagogerne har beskederne slået til",
        unit: "%",
        baseline: 100,
        direction: "HIGHER_IS_BETTER",
        benefit: "OTHER",
        targets: [70, 70],
        from: "2026-05",
        months: 7,
        end: 84,
      },
    ],
  },
  {
    key: "fdd-digital-tvilling-skybrud",
    community: FDD,
    title: "Digital tvilling af skybrud i Harrestrup Ås opland",
    problem:
      "Ved skybrud løber vandet på tværs af kommunegrænser og ned i Harrestrup Å. Kommunerne har hver deres model, og ingen kan se, hvor vandet samlet set gør mest skade.",
    hypothesis:
      "En fælles digital tvilling, der kombinerer terrænmodel, kloakdata og live regnmålinger, kan vise, hvor vandet løber hen under et skybrud, og pege på de billigste fælles klimatilpasningsprojekter.",
    tech: ["Digital tvilling", "GIS/geodata", "Dataplatform"],
    domains: ["klima", "vand", "byggeri"],
    sdgs: [11, 13],
    lead: "gladsaxe",
    projectLead: ISHOEJ,
    partners: ["ballerup", "roedovre", "dtu-compute", "region-hovedstaden"],
    status: "ACTIVE",
    created: "2025-08-18",
    submitted: "2025-09-15",
    approved: "2025-10-13",
    phases: [
      {
        kind: "TEST",
        start: "2025-10-20",
        end: "2026-10-31",
        grant: 300_000,
        cofunding: 150_000,
        success:
          "- Tvillingen dækker Harrestrup Ås opland i de tre kommuner\n- Modellen genskaber skybruddet i 2024 med mindst 80 % overlap til registrerede skader",
        kill: "- Kloakdata kan ikke deles mellem forsyningerne",
        expenses: [
          ["2025-11-03", "KONSULENT", 88_000, "Sammenkobling af terrænmodel og kloakdata (DTU Compute)"],
          ["2026-01-30", "LICENS", 32_000, "Licens til 3D-visning, 12 måneder"],
          ["2026-05-29", "PERSONALE", 74_000, "GIS-medarbejdere i de tre kommuner"],
          ["2026-09-30", "KONSULENT", 46_000, "Kobling til live regnmålere og DMI's radar"],
        ],
        results: [
          {
            on: "2026-03-09",
            kind: "MILESTONE",
            title: "Datadelingsaftale mellem forsyningerne",
            body: "Novafos og HOFOR deler kloakdata via fællesskabets platform.",
            links: [],
          },
          {
            on: "2026-07-20",
            kind: "MEASUREMENT",
            title: "84 % overlap med skader fra skybruddet i 2024",
            body: "Modellen genskaber de oversvømmede områder med 84 % overlap til forsikringsskader og borgerindberetninger.",
            links: [{ label: "Kode og data", url: "https://github.com/dtu-compute/harrestrup-tvilling" }],
          },
        ],
        gates: [
          {
            requested: "2026-11-16",
            due: "2026-12-17",
            level: 4,
            scored: 0,
            evidence:
              "Tvillingen dækker hele oplandet, og modellen genskaber skybruddet i 2024 med 84 % overlap. Forsyningerne deler data.",
            nextPlan:
              "Demonstration med scenarieværktøj til fælles klimatilpasningsprojekter og adgang for beredskabet.",
          },
        ],
      },
      {
        kind: "DEMONSTRATION",
        start: "2027-02-01",
        end: "2027-12-31",
        grant: 700_000,
        cofunding: 400_000,
        split: "EQUAL",
        success: "- Tre fælles klimatilpasningsprojekter prioriteret ud fra tvillingen",
        kill: "- Kommunerne bruger ikke tvillingen i deres planlægning",
      },
    ],
    kpis: [
      {
        name: "Overlap mellem model og registrerede skader",
        unit: "%",
        baseline: 40,
        direction: "HIGHER_IS_BETTER",
        benefit: "QUALITY",
        targets: [80, 85],
        from: "2026-01",
        months: 10,
        end: 84,
      },
      {
        name: "Tid til at beregne et skybrudsscenarie",
        unit: "minutter",
        baseline: 600,
        direction: "LOWER_IS_BETTER",
        benefit: "HOURS_SAVED",
        targets: [60, 10],
        from: "2026-01",
        months: 10,
        end: 45,
      },
    ],
  },
  {
    key: "fdd-signalprioritering",
    community: FDD,
    title: "Bus- og cykelprioritering i trafiksignaler med sensordata",
    problem:
      "Busser og cyklister holder for rødt i kryds med lav trafik på tværvejen. Signalerne er styret af faste tidsplaner, som er mange år gamle.",
    hypothesis:
      "Sensorer i krydsene og live data fra busserne kan give grønt til busser og cyklister, når der ikke er trafik på tværs, og forkorte rejsetiden med 10 %.",
    tech: ["IoT", "AI"],
    domains: ["trafik", "mobilitet", "klima"],
    sdgs: [9, 11, 13],
    lead: "hvidovre",
    projectLead: GULD,
    partners: ["ishoej", "vallensbaek", "region-hovedstaden"],
    status: "DRAFT",
    created: "2026-11-10",
    phases: [
      {
        kind: "TEST",
        start: "2027-03-01",
        end: "2027-10-31",
        grant: 240_000,
        cofunding: 80_000,
        success: "- Prioritering i seks kryds på Gammel Køge Landevej\n- Busernes rejsetid falder 8 %",
        kill: "- Biltrafikkens ventetid stiger mere end 15 %",
      },
    ],
  },
  {
    key: "fdd-stoejsensorer",
    community: FDD,
    title: "Støjsensorer i nattelivet og ved festivalpladsen",
    problem:
      "Naboer til nattelivet og festivalpladsen klager over støj, men kommunen har ingen målinger og kan kun reagere på klager bagefter.",
    hypothesis:
      "Faste støjsensorer, der kun måler lydniveau (ikke tale), kan give objektive data, varsle vagter og arrangører i realtid og halvere antallet af klager.",
    tech: ["IoT", "Dataplatform"],
    domains: ["sundhed", "klima"],
    sdgs: [3, 11],
    lead: "roskilde",
    projectLead: ISHOEJ,
    partners: ["koege"],
    status: "SUBMITTED",
    created: "2026-10-05",
    submitted: "2026-11-09",
    phases: [
      {
        kind: "TEST",
        start: "2027-04-01",
        end: "2027-09-30",
        grant: 180_000,
        cofunding: 40_000,
        success: "- 15 støjsensorer i bymidten og ved festivalpladsen\n- Klager over støj falder 30 %",
        kill: "- Sensorerne kan ikke godkendes som ikke-personhenførbare",
      },
    ],
  },
  {
    key: "fdd-strandenge-satellit",
    community: FDD,
    title: "Satellitovervågning af strandenge og kystnatur",
    problem:
      "Strandengene langs Smålandsfarvandet gror til eller drænes, og tilstanden følges kun ved sjældne besigtigelser. Kommunerne opdager for sent, når naturen forringes.",
    hypothesis:
      "Gratis satellitdata fra Sentinel-2 kan vise ændringer i vegetation og vand på strandengene hver måned, så plejeindsatsen kan sættes ind i tide.",
    tech: ["GIS/geodata", "AI"],
    domains: ["natur", "klima", "vand"],
    sdgs: [13, 14, 15],
    lead: "guldborgsund",
    projectLead: GULD,
    partners: ["region-sjaelland", "dtu-engineering-technology", "koege"],
    status: "DRAFT",
    created: "2026-08-31",
    phases: [
      {
        kind: "TEST",
        start: "2027-03-01",
        end: "2027-11-30",
        grant: 200_000,
        cofunding: 60_000,
        success:
          "- Månedlige tilstandskort for 1.500 ha strandeng\n- Kortene stemmer med besigtigelser i 80 % af tilfældene",
        kill: "- Skydække giver brugbare billeder i under seks måneder om året",
      },
    ],
  },
  {
    key: "fdd-ladedata-elbiler",
    community: FDD,
    title: "Ladedata fra kommunale elbiler og smart opladning",
    problem:
      "Kommunernes elbiler lades, når de kommer hjem, ofte i spidsbelastningen sidst på eftermiddagen, hvor strømmen er dyrest og mest CO2-tung. Ladestanderne er ikke styret.",
    hypothesis:
      "Ved at styre opladningen efter elprisen og bilernes kørselsplaner kan kommunerne spare 25 % på strømmen til flåden og flytte forbruget til timer med mere vind og sol.",
    tech: ["IoT", "Dataplatform", "AI"],
    domains: ["energi", "mobilitet", "klima"],
    sdgs: [7, 11, 13],
    lead: "koege",
    projectLead: GULD,
    partners: ["roskilde", "guldborgsund", "region-sjaelland"],
    status: "SUBMITTED",
    created: "2026-09-07",
    submitted: "2026-10-12",
    phases: [
      {
        kind: "TEST",
        start: "2027-01-15",
        end: "2027-08-31",
        grant: 220_000,
        cofunding: 70_000,
        success:
          "- Styret opladning af 80 kommunale elbiler\n- Strømudgiften pr. km falder 20 %\n- Ingen biler mangler strøm til planlagte ture",
        kill: "- Ladestanderne kan ikke styres via en åben protokol (OCPP)",
      },
    ],
  },
];
