// GovTech Midtjylland: drafts and submissions waiting for the secretariat.
import type { PilotSpec } from "./types";

const GTM = "govtech-midtjylland" as const;
const AARHUS = "projektleder@aarhus.example";
const VIBORG = "projektleder@viborg.example";

export const GOVTECH_DRAFTS: PilotSpec[] = [
  {
    key: "gtm-droneinspektion",
    community: GTM,
    title: "Droneinspektion af kommunale tage og broer",
    problem:
      "Eftersyn af tage på skoler og broer kræver lift eller stillads og tager lang tid. Skader opdages ofte først, når det drypper.",
    hypothesis:
      "Droner med kamera og termisk kamera kan gennemføre eftersyn på en brøkdel af tiden, og en AI-model kan markere sandsynlige skader til en bygningskyndig.",
    tech: ["Droner", "AI"],
    domains: ["byggeri"],
    sdgs: [9, 11],
    lead: "randers",
    projectLead: VIBORG,
    partners: ["norddjurs", "syddjurs"],
    status: "DRAFT",
    created: "2026-10-05",
    submitted: "2026-10-26",
    reviewComment:
      "Sendt tilbage af sekretariatet: beskriv venligst, hvordan droneflyvning over skoler anmeldes til Trafikstyrelsen, og tilføj et stopkriterium for AI-modellens præcision.",
    phases: [
      {
        kind: "TEST",
        start: "2027-03-01",
        end: "2027-09-30",
        grant: 220_000,
        cofunding: 60_000,
        success: "- 20 tage og 5 broer inspiceret med drone\n- Tidsforbrug pr. eftersyn halveret",
        kill: "- Tilladelser til flyvning kan ikke opnås inden for tre måneder",
      },
    ],
  },
  {
    key: "gtm-gis-paragraf3-natur",
    community: GTM,
    title: "GIS-kortlægning af § 3-natur med satellitdata og maskinlæring",
    problem:
      "Registreringen af beskyttet natur (§ 3-områder) er mange år gammel. Kommunerne har ikke ressourcer til at besigtige alle arealer, og fejl i kortet giver usikre afgørelser.",
    hypothesis:
      "Satellitdata og maskinlæring kan pege på de arealer, hvor § 3-kortet sandsynligvis er forkert, så besigtigelserne målrettes, og biodiversiteten beskyttes bedre.",
    tech: ["GIS/geodata", "AI"],
    domains: ["natur", "klima"],
    sdgs: [13, 15],
    lead: "favrskov",
    projectLead: AARHUS,
    partners: ["syddjurs", "norddjurs", "region-midtjylland"],
    status: "SUBMITTED",
    created: "2026-09-28",
    submitted: "2026-11-16",
    phases: [
      {
        kind: "TEST",
        start: "2027-01-15",
        end: "2027-08-31",
        grant: 260_000,
        cofunding: 90_000,
        success:
          "- Modellen peger på 300 arealer til besigtigelse\n- Mindst 60 % af de besigtigede arealer har en reel fejl i kortet",
        kill: "- Under 30 % af de udpegede arealer har en fejl",
      },
    ],
  },
  {
    key: "gtm-chatbot-byggesager",
    community: GTM,
    title: "AI-chatbot til borgerspørgsmål om byggesager",
    problem:
      "Byggesagsafdelingerne bruger mange timer på telefonen med de samme spørgsmål om carporte, overdækninger og skure. Borgerne venter længe på svar.",
    hypothesis:
      "En chatbot, der svarer ud fra bygningsreglementet og kommunens lokalplaner og altid viser kilden, kan besvare halvdelen af de simple spørgsmål.",
    tech: ["AI"],
    domains: ["byggeri"],
    sdgs: [11, 16],
    lead: "hedensted",
    projectLead: AARHUS,
    partners: ["horsens", "odder"],
    status: "DRAFT",
    created: "2026-11-03",
    phases: [
      {
        kind: "TEST",
        start: "2027-02-01",
        end: "2027-07-31",
        grant: 180_000,
        cofunding: 45_000,
        success: "- Chatbotten besvarer 40 % af de simple henvendelser korrekt",
        kill: "- Mere end 3 % forkerte svar om byggeregler",
      },
    ],
  },
  {
    key: "gtm-robotplaeneklippere",
    community: GTM,
    title: "Robotplæneklippere på boldbaner og kirkegårde",
    problem:
      "Græsslåning på boldbaner og kirkegårde binder mange timer hos driftsafdelingen hele sommeren og giver støj og CO2-udledning fra benzinmaskiner.",
    hypothesis:
      "GPS-styrede robotplæneklippere kan overtage 70 % af græsslåningen på store, ensartede arealer, så medarbejderne kan bruge tiden på pleje, der kræver faglighed.",
    tech: ["Robotteknologi"],
    domains: ["natur", "klima"],
    sdgs: [8, 12, 13],
    lead: "odder",
    projectLead: VIBORG,
    partners: ["samsoe", "skanderborg"],
    status: "SUBMITTED",
    created: "2026-09-14",
    submitted: "2026-10-26",
    phases: [
      {
        kind: "TEST",
        start: "2027-04-01",
        end: "2027-10-31",
        grant: 200_000,
        cofunding: 60_000,
        success: "- Robotterne slår 70 % af arealet på fire anlæg\n- Timeforbruget til græsslåning falder 50 %",
        kill: "- Mere end to tyverier eller hærværk pr. måned",
      },
    ],
  },
];
