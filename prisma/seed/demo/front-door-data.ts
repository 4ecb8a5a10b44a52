// The demo's front door (issue 19): challenges in both communities, most shared by several
// municipalities (some across the two communities), ideas with comments, one idea made into a pilot
// draft, two on the innovation shelf and one declined. Plain data; front-door.ts writes it.
export type IdeaSpec = {
  title: string;
  description: string;
  technologies: string[];
  supplier?: string;
  roughCost?: number;
  by: string; // a demo user's e-mail
  on: string; // the day it was proposed
  comments?: { by: string; on: string; body: string }[];
  move?:
    | { to: "PILOT"; lead: string; on: string }
    | { to: "SHELVED"; reason: string; reviewOn: string; on: string }
    | { to: "DECLINED"; reason: string; on: string };
};

export type ChallengeSpec = {
  community: "govtech-midtjylland" | "faellesskab-for-dynamiske-data";
  org: string;
  by: string;
  on: string;
  title: string;
  problem: string;
  affects: string;
  costKroner?: number;
  costHours?: number;
  existingData: string;
  domains: string[];
  sdgs: number[];
  visibility: "MEMBERS" | "PUBLIC";
  cosponsors: { org: string; note: string; on: string }[];
  ideas?: IdeaSpec[];
};

const SILKEBORG = "medlem@silkeborg.example";
const AARHUS = "projektleder@aarhus.example";
const VIBORG = "projektleder@viborg.example";
const ISHOEJ = "projektleder@ishoej.example";
const GULDBORGSUND = "projektleder@guldborgsund.example";
const VALLENSBAEK = "medlem@vallensbaek.example";
const GTM_SEK = "sekretariat@govtech-midt.example";
const GATE21 = "sekretariat@gate21.example";

export const DEMO_CHALLENGES: ChallengeSpec[] = [
  {
    community: "govtech-midtjylland",
    org: "silkeborg",
    by: SILKEBORG,
    on: "2026-05-04",
    title: "Oversvømmede kældre ved skybrud",
    problem:
      "Ved skybrud løber vandet ned i kældrene i de lavtliggende kvarterer langs Gudenåen. Vi opdager det først, når borgerne ringer, og beredskabet kommer for sent til at sætte pumper op.",
    affects: "Borgere i lavtliggende kvarterer, forsyningens vagt og beredskabet",
    costKroner: 2_400_000,
    costHours: 1_200,
    existingData:
      "DMI's radarnedbør, forsyningens kloakmodel (MIKE URBAN) og skadesanmeldelser fra forsikringsselskaberne.",
    domains: ["vand", "klima"],
    sdgs: [6, 11, 13],
    visibility: "PUBLIC",
    cosponsors: [
      { org: "skanderborg", note: "Samme problem i Ry og Skanderborg by; 60 kældre ramt i 2024", on: "2026-05-06" },
      {
        org: "randers",
        note: "Randers Midtby oversvømmes, når Gudenåen står højt og det regner samtidig",
        on: "2026-05-09",
      },
      { org: "horsens", note: "Vi har kortlagt 120 udsatte ejendomme, men ingen måling i brøndene", on: "2026-05-15" },
      {
        org: "ishoej",
        note: "Ishøj Landsby og strandparken: vi mangler varsel før regnvandsbassinerne løber over",
        on: "2026-05-20",
      },
      {
        org: "vallensbaek",
        note: "Vallensbæk Mose: kældre ved Vallensbæk Strandvej oversvømmes hvert andet år",
        on: "2026-06-02",
      },
    ],
    ideas: [
      {
        title: "Vandstandssensorer i kritiske brønde med varsel til vagten",
        description:
          "LoRaWAN-vandstandssensorer i 40 kritiske brønde sender til OS2iot. Stiger vandet hurtigere end en fastsat rate, får forsyningens vagt og beredskabet en SMS, før vandet når kældrene. Hypotese: varsel 30 minutter før vandet står i kældrene.",
        technologies: ["IoT", "Dataplatform"],
        supplier: "Et LoRaWAN-firma på SKI-aftale 02.19",
        roughCost: 450_000,
        by: "projektleder@viborg.example",
        on: "2026-06-10",
        comments: [
          {
            by: "projektleder@aarhus.example",
            on: "2026-06-12",
            body: "Vi brugte samme sensortype i Aarhus Å-projektet. Husk at brøndene skal have et dæksel, radioen kan komme igennem.",
          },
          {
            by: SILKEBORG,
            on: "2026-06-14",
            body: "Forsyningen vil gerne stå for montering, hvis kommunen betaler sensorerne.",
          },
          {
            by: ISHOEJ,
            on: "2026-06-20",
            body: "Vi vil gerne følge med og kan måske komme med i en demonstrationsfase.",
          },
        ],
        move: { to: "PILOT", lead: VIBORG, on: "2026-09-01" },
      },
      {
        title: "Varsling ud fra DMI's radarnedbør alene",
        description:
          "En model, der ud fra radarnedbør og terrænmodellen forudsiger, hvilke kvarterer der oversvømmes de næste to timer, uden sensorer i brøndene.",
        technologies: ["AI", "GIS/geodata"],
        roughCost: 250_000,
        by: "projektleder@aarhus.example",
        on: "2026-06-18",
        comments: [
          {
            by: "styregruppe@skanderborg.example",
            on: "2026-06-25",
            body: "Spændende, men DMI's nye nowcast kommer først i 2027. Kan vi vente på den?",
          },
        ],
        move: {
          to: "SHELVED",
          reason: "DMI's nye nowcast-tjeneste kommer i 2027; idéen ses på igen, når den er til rådighed.",
          reviewOn: "2027-03-01",
          on: "2026-09-01",
        },
      },
    ],
  },
  {
    community: "govtech-midtjylland",
    org: "aarhus",
    by: AARHUS,
    on: "2026-03-12",
    title: "Lange responstider på nødkald om natten i hjemmeplejen",
    problem:
      "Om natten dækker få medarbejdere store områder. Når en borger falder og trykker på nødkaldet, går der ofte over 30 minutter, før nogen er fremme, og halvdelen af kaldene viser sig at være fejlkald.",
    affects: "Ældre borgere i eget hjem og nattevagterne i hjemmeplejen",
    costHours: 9_500,
    existingData: "Nødkaldsloggen (tidspunkt, svartid, årsag) for de seneste tre år.",
    domains: ["velfærd", "sundhed"],
    sdgs: [3, 10],
    visibility: "MEMBERS",
    cosponsors: [
      { org: "herning", note: "Vores nattevagter kører i gennemsnit 19 km mellem kald", on: "2026-03-20" },
      { org: "viborg", note: "Samme oplevelse; 40 % af nattens kald er fejlkald", on: "2026-03-25" },
      { org: "guldborgsund", note: "På Lolland-Falster er afstandene endnu længere", on: "2026-04-02" },
    ],
    ideas: [
      {
        title: "Sengesensorer der skelner fald fra fejlkald",
        description:
          "Radar- eller tryksensorer ved sengen afgør, om borgeren er faldet, før en medarbejder kører ud. Hypotese: færre unødige udkørsler og kortere svartid på de rigtige fald.",
        technologies: ["IoT", "AI"],
        supplier: "Flere leverandører; Radarbaserede faldsensorer-projektet har erfaringer",
        roughCost: 600_000,
        by: "styregruppe@herning.example",
        on: "2026-04-10",
        comments: [
          {
            by: AARHUS,
            on: "2026-04-12",
            body: "Se erfaringerne fra radarbaserede faldsensorer i plejeboliger: de virker bedst i små rum.",
          },
          {
            by: "medlem@silkeborg.example",
            on: "2026-04-15",
            body: "Hvordan håndteres samtykke hos borgere med demens?",
          },
        ],
      },
      {
        title: "Robotter der hjælper borgeren op efter et fald",
        description: "En mobil robot i hjemmet, der kan hjælpe borgeren op fra gulvet.",
        technologies: ["Robotteknologi"],
        roughCost: 2_000_000,
        by: "medlem@silkeborg.example",
        on: "2026-04-20",
        move: {
          to: "DECLINED",
          reason:
            "Teknologien er ikke moden til eget hjem, og prisen står ikke mål med gevinsten. Vi følger markedet via Velfærdsteknologisk Vurdering.",
          on: "2026-05-05",
        },
      },
    ],
  },
  {
    community: "govtech-midtjylland",
    org: "herning",
    by: "styregruppe@herning.example",
    on: "2026-02-02",
    title: "Trafikstøj ved skoler og daginstitutioner",
    problem:
      "Flere skoler ligger ved indfaldsveje, og lærerne oplever, at støjen forstyrrer undervisningen. Vi har kun beregnede støjkort fra 2017, ingen målinger.",
    affects: "Elever, lærere og pædagoger på 14 skoler og institutioner",
    existingData: "Miljøstyrelsens støjkortlægning 2017 og trafiktællinger fra Vejdirektoratet.",
    domains: ["trafik", "skole", "sundhed"],
    sdgs: [3, 4, 11],
    visibility: "PUBLIC",
    cosponsors: [
      { org: "holstebro", note: "To skoler ved Ringvejen", on: "2026-02-10" },
      { org: "struer", note: "Struer Statsgymnasium ligger ved jernbanen og hovedvejen", on: "2026-02-11" },
      {
        org: "albertslund",
        note: "Vi vil gerne dele målemetode; Roskildevej går forbi tre institutioner",
        on: "2026-02-20",
      },
    ],
  },
  {
    community: "govtech-midtjylland",
    org: "randers",
    by: AARHUS,
    on: "2026-01-20",
    title: "Ukendt fyldningsgrad i kommunens affaldsbeholdere",
    problem:
      "Skraldebilerne tømmer offentlige affaldsbeholdere efter fast rute, uanset om de er fulde. Nogle flyder over i weekenden, andre tømmes halvtomme.",
    affects: "Borgere i parker og ved strande, renovationen",
    costKroner: 800_000,
    existingData: "Ruteplaner og GPS-spor fra skraldebilerne.",
    domains: ["affald", "natur"],
    sdgs: [11, 12],
    visibility: "MEMBERS",
    cosponsors: [
      { org: "norddjurs", note: "Sommerhusområderne ved Grenaa flyder over i juli", on: "2026-01-28" },
      { org: "syddjurs", note: "Samme i Ebeltoft og på Mols", on: "2026-02-01" },
      { org: "favrskov", note: "Vi har 300 beholdere og vil gerne prøve med 50", on: "2026-02-14" },
    ],
  },
  {
    community: "govtech-midtjylland",
    org: "skanderborg",
    by: "styregruppe@skanderborg.example",
    on: "2026-04-08",
    title: "Energispild i kommunale bygninger uden for åbningstid",
    problem:
      "Ventilation og varme kører i mange bygninger om natten og i weekenden, fordi ingen kender det faktiske brugsmønster.",
    affects: "Kommunens ejendomsafdeling og klimaregnskabet",
    costKroner: 1_500_000,
    existingData: "Fjernaflæste el- og varmemålere (Energy Key) og bookingsystemet.",
    domains: ["energi", "klima", "byggeri"],
    sdgs: [7, 11, 13],
    visibility: "MEMBERS",
    cosponsors: [{ org: "odder", note: "Vi har samme problem i idrætshallerne", on: "2026-04-15" }],
    ideas: [
      {
        title: "Digital tvilling af bygningsmassen",
        description:
          "En digital tvilling, der kobler bookinger, belægningssensorer og BMS, og slukker det, ingen bruger.",
        technologies: ["Digital tvilling", "IoT"],
        roughCost: 900_000,
        by: "styregruppe@skanderborg.example",
        on: "2026-04-20",
        comments: [
          {
            by: "projektleder@viborg.example",
            on: "2026-04-28",
            body: "CO2-styret ventilation-projektet har allerede sensorer i tre bygninger; de kan genbruges.",
          },
        ],
        move: {
          to: "SHELVED",
          reason:
            "Afventer resultaterne fra CO2-styret ventilation i kommunale bygninger, så vi ikke betaler for at lære det samme to gange.",
          reviewOn: "2027-01-15",
          on: "2026-05-12",
        },
      },
    ],
  },
  {
    community: "faellesskab-for-dynamiske-data",
    org: "ishoej",
    by: ISHOEJ,
    on: "2026-02-16",
    title: "Kystnære veje oversvømmes ved stormflod",
    problem:
      "Ved stormflod i Køge Bugt står vandet på vejene, før beredskabet når at lukke dem. Vi mangler målinger af vandstanden tæt på vejene.",
    affects: "Trafikanter, beboere i strandparkerne og beredskabet",
    costKroner: 3_000_000,
    existingData: "DMI's vandstandsmålere i Køge Havn og kommunens vejregister.",
    domains: ["vand", "klima", "trafik"],
    sdgs: [11, 13, 14],
    visibility: "PUBLIC",
    cosponsors: [
      { org: "vallensbaek", note: "Vallensbæk Strandvej lukkes flere gange om året", on: "2026-02-20" },
      { org: "hvidovre", note: "Avedøre Holme og Kystagerparken", on: "2026-02-22" },
      { org: "koege", note: "Køge Strandvej og havnen", on: "2026-03-01" },
      { org: "greve", note: "Greve Strand er ikke med i fællesskabet, men har præcis samme problem", on: "2026-03-05" },
    ],
  },
  {
    community: "faellesskab-for-dynamiske-data",
    org: "albertslund",
    by: VALLENSBAEK,
    on: "2026-01-12",
    title: "Manglende overblik over cykeltrafikken på tværs af kommunegrænser",
    problem:
      "Hver kommune tæller cyklister på sin egen måde og på forskellige dage. Ingen kan se, hvor de regionale cykelstier faktisk bruges.",
    affects: "Trafikplanlæggere og cyklister",
    existingData: "Manuelle tællinger, Supercykelstiernes tællere og Strava Metro.",
    domains: ["trafik", "mobilitet"],
    sdgs: [3, 11],
    visibility: "PUBLIC",
    cosponsors: [
      { org: "ballerup", note: "Vi har 8 faste tællere, men ingen deling", on: "2026-01-20" },
      { org: "glostrup", note: "Gerne fælles dataformat", on: "2026-01-22" },
      { org: "aarhus", note: "Aarhus vil gerne bruge samme format i Midtjylland", on: "2026-02-03" },
    ],
  },
  {
    community: "faellesskab-for-dynamiske-data",
    org: "guldborgsund",
    by: GULDBORGSUND,
    on: "2026-03-30",
    title: "Fugt og skimmel i almene boliger",
    problem: "Skimmel opdages først, når lejerne klager. Så er skaden dyr at udbedre, og der er risiko for helbredet.",
    affects: "Lejere i almene boliger, boligselskaberne og kommunens miljøafdeling",
    costKroner: 1_100_000,
    existingData: "Klager til boligselskaberne og bygningsdata fra BBR.",
    domains: ["byggeri", "sundhed"],
    sdgs: [3, 11],
    visibility: "MEMBERS",
    cosponsors: [
      { org: "lolland", note: "Særligt i de ældre boligafdelinger i Nakskov", on: "2026-04-06" },
      { org: "naestved", note: "Vi har 40 klager om året", on: "2026-04-10" },
    ],
  },
  {
    community: "faellesskab-for-dynamiske-data",
    org: "vallensbaek",
    by: VALLENSBAEK,
    on: "2026-10-05",
    title: "Dårligt indeklima i gymnastiksale om eftermiddagen",
    problem:
      "Når skolen har brugt salen hele dagen, og foreningerne kommer kl. 16, er luften tung og CO2-niveauet højt.",
    affects: "Skoleelever og foreningsliv",
    existingData: "Ingen målinger endnu.",
    domains: ["skole", "sundhed", "energi"],
    sdgs: [3],
    visibility: "MEMBERS",
    cosponsors: [],
  },
];

export const GTM_SECRETARIAT = GTM_SEK;
export const FDD_SECRETARIAT = GATE21;
