// GovTech Midtjylland: stopped pilots and their stop reports — route optimisation, bin sensors,
// adaptive street lighting.
import type { PilotSpec } from "./types";

const GTM = "govtech-midtjylland" as const;
const AARHUS = "projektleder@aarhus.example";
const VIBORG = "projektleder@viborg.example";

export const GOVTECH_STOPPED: PilotSpec[] = [
  {
    key: "gtm-ruteoptimering-hjemmepleje",
    community: GTM,
    title: "Ruteoptimering i hjemmeplejen",
    problem:
      "Hjemmeplejens ruter planlægges manuelt hver dag. Planlæggerne bruger mange timer, og medarbejderne kører langt mellem borgerne, især i landområderne.",
    hypothesis:
      "En optimeringsalgoritme kan lægge ruterne, så køretiden falder 20 %, og planlægningstiden halveres, uden at kontinuiteten for borgerne forringes.",
    tech: ["AI", "GIS/geodata"],
    domains: ["velfærd", "mobilitet"],
    sdgs: [3, 11, 13],
    lead: "viborg",
    projectLead: VIBORG,
    partners: ["skive", "silkeborg", "favrskov"],
    public: true,
    status: "STOPPED",
    created: "2023-11-06",
    submitted: "2024-01-08",
    approved: "2024-02-12",
    phases: [
      {
        kind: "TEST",
        start: "2024-02-15",
        end: "2024-07-31",
        grant: 250_000,
        cofunding: 90_000,
        success: "- Optimerede ruter for to distrikter i tre måneder\n- Køretiden falder mindst 15 % i simulering",
        kill: "- Data fra omsorgssystemet kan ikke hentes dagligt",
        expenses: [
          ["2024-02-26", "LICENS", 72_000, "Licens til optimeringsværktøj, seks måneder"],
          ["2024-03-29", "KONSULENT", 64_000, "Dataudtræk fra omsorgssystemet og opsætning"],
          ["2024-07-15", "PERSONALE", 58_000, "Planlæggere frikøbt til test og sammenligning"],
        ],
        results: [
          {
            on: "2024-05-13",
            kind: "MEASUREMENT",
            title: "Simuleret køretid 18 % lavere",
            body: "På historiske data fra to distrikter lægger værktøjet ruter med 18 % kortere køretid.",
            links: [],
          },
          {
            on: "2024-07-08",
            kind: "RISK",
            title: "Kontinuitet tæller ikke med i optimeringen",
            body: "Planlæggerne påpeger, at værktøjet skifter medarbejdere hos borgerne for ofte.",
            links: [],
          },
        ],
        gates: [
          {
            requested: "2024-08-05",
            due: "2024-08-31",
            level: 3.7,
            bias: { readiness: -0.5 },
            evidence: "Simuleringen viser 18 % kortere køretid. Kontinuiteten er et åbent spørgsmål.",
            nextPlan: "Demonstration med rigtige ruter i fire distrikter og en regel for kontinuitet.",
            decision: {
              on: "2024-08-27",
              outcome: "GO",
              rationale:
                "Potentialet er stort. Styregruppen kræver, at kontinuiteten måles i demonstrationen, og at planlæggerne inddrages tæt.",
            },
          },
        ],
      },
      {
        kind: "DEMONSTRATION",
        start: "2024-09-15",
        end: "2025-06-30",
        grant: 500_000,
        cofunding: 300_000,
        split: "POPULATION",
        success:
          "- Reel køretid falder 15 %\n- Planlægningstid halveres\n- Kontinuiteten (antal forskellige medarbejdere pr. borger) forringes ikke",
        kill: "- Planlæggerne må rette mere end 30 % af de foreslåede ruter\n- Kontinuiteten forringes mærkbart",
        expenses: [
          ["2024-09-30", "LICENS", 96_000, "Licens til optimeringsværktøj, fire distrikter"],
          ["2024-11-29", "KONSULENT", 84_000, "Integration med omsorgssystemet og kontinuitetsregel"],
          ["2025-02-28", "PERSONALE", 102_000, "Planlæggere og superbrugere, september–februar"],
          ["2025-04-15", "KONSULENT", 31_000, "Evaluering af køretid og kontinuitet"],
        ],
        results: [
          {
            on: "2025-01-20",
            kind: "MEASUREMENT",
            title: "Reel køretid kun 4 % lavere",
            body: "Når ruterne skal tage hensyn til kontinuitet, vejarbejde og borgernes ønskede tidspunkter, er gevinsten langt mindre end i simuleringen.",
            links: [],
          },
          {
            on: "2025-03-17",
            kind: "MEASUREMENT",
            title: "Planlæggerne retter 41 % af ruterne",
            body: "De fleste rettelser skyldes aftaler med borgerne, som ikke står i omsorgssystemet.",
            links: [],
          },
          {
            on: "2025-04-07",
            kind: "LEARNING",
            title: "Den vigtigste viden står ikke i systemet",
            body: "Planlæggernes viden om borgere, nøgler og pårørende er ikke registreret nogen steder. Uden den kan en algoritme ikke lægge brugbare ruter.",
            links: [],
          },
        ],
        gates: [
          {
            requested: "2025-04-14",
            due: "2025-05-15",
            level: 2.2,
            bias: { economy: -0.8, readiness: -0.6 },
            evidence:
              "Reel køretid er faldet 4 % (mål: 15 %). Planlæggerne retter 41 % af ruterne, hvilket udløser stopkriteriet. Planlægningstiden er ikke faldet.",
            decision: {
              on: "2025-04-29",
              outcome: "STOP",
              rationale:
                "Stopkriteriet om rettelser er udløst, og gevinsten ved køretid er en fjerdedel af det forventede. Styregruppen stopper projektet og beder om en stoprapport, så andre kommuner kan se, hvorfor gevinsten ikke holdt i praksis. Den ubrugte bevilling føres tilbage til puljen.",
            },
          },
        ],
      },
    ],
    kpis: [
      {
        name: "Køretid pr. besøg",
        unit: "minutter",
        baseline: 11.5,
        direction: "LOWER_IS_BETTER",
        benefit: "HOURS_SAVED",
        targets: [9.8, 9.8],
        from: "2024-03",
        months: 14,
        end: 11,
        decimals: 1,
      },
      {
        name: "Planlægningstid pr. dag pr. distrikt",
        unit: "timer",
        baseline: 6,
        direction: "LOWER_IS_BETTER",
        benefit: "HOURS_SAVED",
        targets: [4, 3],
        from: "2024-03",
        months: 14,
        end: 5.7,
        decimals: 1,
      },
    ],
    lessons: [
      {
        on: "2025-05-06",
        phase: "DEMONSTRATION",
        stopReport: true,
        title: "Stoprapport: ruteoptimering i hjemmeplejen",
        did: "Vi testede et optimeringsværktøj i to distrikter og demonstrerede det i fire, i alt 14 måneder. Værktøjet lagde ruter ud fra data i omsorgssystemet.",
        learned:
          "Simuleringen lovede 18 % kortere køretid, virkeligheden gav 4 %. Forskellen skyldes viden, der ikke står i systemet: borgernes aftaler, nøgler, pårørende og kontinuitet. Planlæggerne måtte rette 41 % af ruterne.",
        differently:
          "Start med at kortlægge, hvilken viden planlæggerne bruger, og om den kan registreres. Test på rigtige ruter fra dag ét, ikke på simulering.",
        tags: ["stoprapport", "ruteoptimering", "hjemmepleje", "AI"],
      },
      {
        on: "2025-05-06",
        phase: "TEST",
        title: "Simulering overvurderer gevinsten",
        did: "Vi målte gevinsten på historiske data.",
        learned:
          "Historiske data mangler de hensyn, der gør ruter svære. Gevinsten i simulering var fire gange større end i drift.",
        differently: "Brug simulering til at sortere idéer fra, ikke til at love gevinster.",
        tags: ["evaluering", "business case", "AI"],
      },
    ],
  },
  {
    key: "gtm-affaldssensorer",
    community: GTM,
    title: "Fyldningssensorer i offentlige affaldsspande",
    problem:
      "Affaldsspande i byer og ved strande tømmes efter faste ruter, uanset om de er fulde eller tomme. Nogle flyder over om sommeren, andre tømmes næsten tomme hele vinteren.",
    hypothesis:
      "Fyldningssensorer i spandene kan styre tømningen efter behov, så antallet af tømninger falder 30 %, og overfyldte spande næsten forsvinder.",
    tech: ["IoT"],
    domains: ["affald", "klima"],
    sdgs: [11, 12],
    lead: "holstebro",
    projectLead: AARHUS,
    partners: ["struer", "lemvig"],
    status: "STOPPED",
    created: "2024-03-04",
    submitted: "2024-03-25",
    approved: "2024-04-22",
    phases: [
      {
        kind: "TEST",
        start: "2024-05-01",
        end: "2024-12-31",
        grant: 150_000,
        cofunding: 40_000,
        success:
          "- 80 spande med sensorer i otte måneder\n- Sensorerne melder korrekt fyldning 90 % af tiden\n- Tømninger falder 30 %",
        kill: "- Sensorerne fejler i mere end 20 % af spandene\n- Tømningerne kan ikke styres efter sensordata",
        expenses: [
          ["2024-05-13", "UDSTYR", 52_000, "80 ultralydssensorer til affaldsspande"],
          ["2024-06-14", "KONSULENT", 18_000, "Montering og kobling til OS2iot"],
          ["2024-10-31", "PERSONALE", 29_000, "Registrering af faktisk fyldning ved tømning"],
          ["2024-12-13", "UDSTYR", 9_500, "Udskiftning af batterier og fejlramte sensorer"],
        ],
        results: [
          {
            on: "2024-07-15",
            kind: "MEASUREMENT",
            title: "Sensorerne er upræcise i spande med låg",
            body: "I spande med klaplåg melder sensorerne ofte fuld, når låget hænger. Præcisionen er 71 %.",
            links: [],
          },
          {
            on: "2024-11-25",
            kind: "RISK",
            title: "Kulde og fugt lukker sensorerne ned",
            body: "Ved frost har 23 af 80 sensorer stoppet med at sende.",
            links: [],
          },
          {
            on: "2024-12-16",
            kind: "MEASUREMENT",
            title: "Tømninger kun faldet 6 %",
            body: "Renovatøren kunne ikke ændre sine ruter dag for dag, så sensordata blev kun brugt til at springe enkelte spande over.",
            links: [],
          },
        ],
        gates: [
          {
            requested: "2025-01-06",
            due: "2025-01-31",
            level: 2.1,
            bias: { data: -0.4, evidence: -0.5 },
            evidence:
              "Sensorerne var korrekte 71 % af tiden, 29 % fejlede om vinteren, og tømningerne faldt kun 6 %. Begge stopkriterier er udløst.",
            decision: {
              on: "2025-01-28",
              outcome: "STOP",
              rationale:
                "Begge stopkriterier er udløst. Teknologien er ikke moden til spande med låg i et vestjysk klima, og renovationskontrakten tillader ikke dynamiske ruter. Styregruppen stopper projektet; den ubrugte bevilling går tilbage til puljen.",
            },
          },
        ],
      },
    ],
    kpis: [
      {
        name: "Tømninger af affaldsspande",
        unit: "antal pr. uge",
        baseline: 420,
        direction: "LOWER_IS_BETTER",
        benefit: "KRONER_SAVED",
        targets: [300],
        from: "2024-05",
        months: 8,
        end: 396,
      },
      {
        name: "Sensorer der sender data",
        unit: "%",
        baseline: 100,
        direction: "HIGHER_IS_BETTER",
        benefit: "OTHER",
        targets: [90],
        from: "2024-05",
        months: 8,
        end: 71,
        source: "API",
      },
    ],
    lessons: [
      {
        on: "2025-02-03",
        phase: "TEST",
        stopReport: true,
        title: "Stoprapport: fyldningssensorer i affaldsspande",
        did: "Vi satte 80 sensorer i affaldsspande i Holstebro, Struer og Lemvig og prøvede at styre tømningerne efter fyldning i otte måneder.",
        learned:
          "Sensorerne var upræcise i spande med låg og holdt ikke til frost. Vigtigst: renovationskontrakten er bygget på faste ruter, så selv gode data kunne ikke ændre tømningerne.",
        differently:
          "Se på renovationskontrakten, før der købes sensorer. Test udstyret en vinter i det rigtige klima, før der rulles ud.",
        tags: ["stoprapport", "affald", "IoT", "udbud"],
      },
      {
        on: "2025-02-03",
        phase: "TEST",
        title: "Kontrakten bestemmer gevinsten",
        did: "Vi gav renovatøren adgang til sensordata.",
        learned: "En kontrakt med faste ruter og fast pris giver ingen gevinst ved færre tømninger.",
        differently: "Skriv behovsstyret tømning ind i næste udbud.",
        tags: ["udbud", "affald", "kontrakter"],
      },
    ],
  },
  {
    key: "gtm-gadebelysning",
    community: GTM,
    title: "Adaptiv gadebelysning, der dæmpes efter trafikken",
    problem:
      "Gadebelysningen lyser med fuld styrke hele natten, også på veje, hvor der næsten ikke kommer nogen. Det koster strøm og generer både naboer og natdyr.",
    hypothesis:
      "Med bevægelsessensorer i armaturerne kan lyset dæmpes til 20 %, når ingen er på vejen, og skrues op, når nogen nærmer sig. Det kan spare 50 % af strømmen uden at gå ud over trygheden.",
    tech: ["IoT"],
    domains: ["energi", "klima", "trafik"],
    sdgs: [7, 11, 13, 15],
    lead: "lemvig",
    projectLead: VIBORG,
    partners: ["struer", "holstebro"],
    status: "STOPPED",
    created: "2025-01-13",
    submitted: "2025-02-03",
    approved: "2025-03-10",
    phases: [
      {
        kind: "TEST",
        start: "2025-03-15",
        end: "2025-10-31",
        grant: 180_000,
        cofunding: 45_000,
        success:
          "- 120 armaturer dæmpes efter trafik i seks måneder\n- Strømforbruget falder mindst 40 %\n- Borgerne oplever ikke mindre tryghed",
        kill: "- Sensorerne kræver udskiftning af hele armaturet\n- Flere end 10 klager over utryghed",
        expenses: [
          ["2025-03-24", "UDSTYR", 64_000, "Bevægelsessensorer og styremoduler til 120 armaturer"],
          ["2025-04-30", "KONSULENT", 41_000, "Elinstallatør: montering og programmering"],
          ["2025-09-30", "PERSONALE", 27_000, "Projektledelse og måling af strømforbrug"],
          ["2026-02-27", "ANDET", 9_000, "Borgermøder om tryghed ved dæmpet belysning"],
          ["2026-03-13", "KONSULENT", 6_500, "Indhentning og vurdering af tilbud på retrofit"],
        ],
        results: [
          {
            on: "2025-06-02",
            kind: "RISK",
            title: "Kun 70 af 120 armaturer kan eftermonteres",
            body: "De ældste armaturer har ikke plads til styremodul. Testen fortsætter på 70 armaturer.",
            links: [],
          },
          {
            on: "2025-10-13",
            kind: "MEASUREMENT",
            title: "Strømforbruget faldet 46 % på de 70 armaturer",
            body: "Effekten er størst på villaveje og stier; på fordelingsveje er lyset sjældent dæmpet.",
            links: [],
          },
          {
            on: "2026-03-02",
            kind: "MEASUREMENT",
            title: "Retrofit koster 4.800 kr. pr. armatur",
            body: "Tre tilbud viser, at eftermontering på ældre armaturer koster næsten som et nyt LED-armatur med indbygget styring.",
            links: [],
          },
          {
            on: "2026-03-09",
            kind: "LEARNING",
            title: "Borgerne er delte om dæmpet lys",
            body: "På borgermøderne var der ros fra naboer og bekymring fra dem, der går tidligt på arbejde. 14 klager over utryghed.",
            links: [],
          },
        ],
        gates: [
          {
            requested: "2025-11-03",
            due: "2025-11-30",
            level: 3,
            bias: { economy: -0.6 },
            evidence:
              "Strømforbruget faldt 46 % på de 70 armaturer, der kunne eftermonteres. 50 armaturer kunne ikke. Trygheden er ikke undersøgt systematisk.",
            decision: {
              on: "2025-11-25",
              outcome: "REVISE",
              rationale:
                "Besparelsen er reel, men styregruppen kan ikke vurdere økonomien, før prisen på retrofit af ældre armaturer er kendt, og borgernes tryghed er undersøgt.",
              newDeadline: "2026-03-31",
              conditions: [
                { text: "Indhent tilbud på retrofit af de ældre armaturer", due: "2026-01-31", doneOn: "2026-01-20" },
                {
                  text: "Gennemfør borgerdialog om tryghed ved dæmpet belysning",
                  due: "2026-02-28",
                  doneOn: "2026-02-27",
                },
              ],
            },
          },
          {
            requested: "2026-04-06",
            due: "2026-04-30",
            level: 2.3,
            bias: { economy: -0.8, readiness: -0.4 },
            evidence:
              "Retrofit koster 4.800 kr. pr. armatur, og tilbagebetalingstiden er over 14 år. Der kom 14 klager over utryghed.",
            decision: {
              on: "2026-04-28",
              outcome: "STOP",
              rationale:
                "Retrofit af ældre armaturer kan ikke betale sig, og stopkriteriet om klager over utryghed er udløst. Styregruppen anbefaler, at adaptiv styring i stedet skrives ind, når kommunerne alligevel udskifter armaturer. Den ubrugte bevilling føres tilbage til puljen.",
            },
          },
        ],
      },
    ],
    kpis: [
      {
        name: "Strømforbrug til gadebelysning i testområdet",
        unit: "kWh pr. måned",
        baseline: 9_800,
        direction: "LOWER_IS_BETTER",
        benefit: "CO2E_AVOIDED",
        targets: [5_900],
        from: "2025-04",
        months: 12,
        end: 5_300,
        source: "API",
      },
      {
        name: "Klager over utryghed",
        unit: "antal pr. måned",
        baseline: 0,
        direction: "LOWER_IS_BETTER",
        benefit: "QUALITY",
        targets: [1],
        from: "2025-04",
        months: 12,
        end: 2,
      },
    ],
    lessons: [
      {
        on: "2026-05-04",
        phase: "TEST",
        stopReport: true,
        title: "Stoprapport: adaptiv gadebelysning",
        did: "Vi eftermonterede bevægelsessensorer i 70 armaturer i Lemvig og målte strømforbrug og tryghed i et år.",
        learned:
          "Strømbesparelsen var 46 %, men eftermontering på ældre armaturer koster næsten som et nyt. Trygheden betyder mere for borgerne, end vi regnede med, især på stier.",
        differently:
          "Vælg veje, hvor armaturerne alligevel skal skiftes, og lav trygheds-dialogen før testen, ikke under.",
        tags: ["stoprapport", "gadebelysning", "energi", "tryghed"],
      },
      {
        on: "2026-05-04",
        phase: "TEST",
        title: "Natdyr og naboer er glade for mindre lys",
        did: "Vi spurgte naboer og den lokale naturforening.",
        learned:
          "Dæmpet lys blev rost af naboer og af hensyn til flagermus. Det er et argument, når kommunen alligevel skifter armaturer.",
        differently: "Mål effekten på natdyr sammen med naturforeningen.",
        tags: ["natur", "biodiversitet", "belysning"],
      },
    ],
  },
];
