// GovTech Midtjylland: the two pilots adopted after scale-up (flood warning along Gudenåen, VR training).
import type { PilotSpec } from "./types";

const GTM = "govtech-midtjylland" as const;
const VIBORG = "projektleder@viborg.example";

export const GOVTECH_ADOPTED: PilotSpec[] = [
  {
    key: "gtm-gudenaa-vandstand",
    community: GTM,
    title: "Vandstandssensorer og varsling af oversvømmelse langs Gudenåen",
    problem:
      "Når Gudenåen går over sine bredder, opdager kommunerne det ofte først, når borgerne ringer. Vandstanden aflæses manuelt få steder, og beredskabet har for kort varsel til at lægge sandsække ud og lukke veje. Oversvømmelserne krydser kommunegrænserne, men data gør ikke.",
    hypothesis:
      "Hvis vi sætter billige ultralydssensorer op langs hele åen og deler målingerne på en fælles IoT-platform, kan vi varsle beredskabet mindst 12 timer før vandet når et kritisk niveau, og spare de fleste manuelle aflæsninger.",
    tech: ["IoT", "Dataplatform", "GIS/geodata"],
    domains: ["vand", "klima", "natur"],
    sdgs: [6, 11, 13],
    lead: "silkeborg",
    projectLead: VIBORG,
    partners: ["viborg", "randers", "skanderborg", "region-midtjylland"],
    public: true,
    status: "ADOPTED",
    created: "2023-10-02",
    submitted: "2023-11-20",
    approved: "2024-01-22",
    phases: [
      {
        kind: "TEST",
        start: "2024-02-01",
        end: "2024-06-30",
        grant: 250_000,
        cofunding: 100_000,
        split: "EQUAL",
        success:
          "- 20 sensorer sender data mindst 95 % af tiden\n- Mindst én højvandshændelse registreres før den manuelle aflæsning\n- Beredskabet vurderer data som brugbare",
        kill: "- Under 80 % af målingerne når frem i de første tre måneder\n- Sensorerne kan ikke monteres forsvarligt på broer og pæle",
        expenses: [
          ["2024-02-12", "UDSTYR", 84_000, "20 ultralydssensorer til vandstand (LoRaWAN) inkl. beslag"],
          ["2024-02-26", "KONSULENT", 46_500, "Montering, opsætning af gateways og kobling til OS2iot"],
          ["2024-05-31", "PERSONALE", 68_000, "Projektledelse og feltarbejde, februar–maj"],
          ["2024-06-10", "DRIFT", 14_200, "Dataabonnement og netværksdækning, fem måneder"],
          ["2024-06-20", "ANDET", 9_800, "Workshop med beredskab, vandløbsmedarbejdere og DMI"],
        ],
        results: [
          {
            on: "2024-03-01",
            kind: "MILESTONE",
            title: "20 sensorer monteret fra Tange Sø til Randers",
            body: "Alle sensorer hænger under broer eller på pæle og sender hvert 10. minut til OS2iot. Montering tog tre dage med to medarbejdere fra hver kommune.",
            links: [{ label: "Sensoroversigt (kort)", url: "https://example.dk/gudenaa/sensorkort" }],
          },
          {
            on: "2024-04-18",
            kind: "MEASUREMENT",
            title: "Højvande registreret 9 timer før første borgerhenvendelse",
            body: "Under regnen 14.–16. april steg vandstanden ved Ulstrup 62 cm. Sensorerne viste stigningen 9 timer før den første henvendelse til Viborg Kommune.",
            links: [{ label: "Rådata (CSV)", url: "https://example.dk/gudenaa/data/2024-04.csv" }],
          },
          {
            on: "2024-05-06",
            kind: "RISK",
            title: "Drivgods beskadigede to sensorer",
            body: "To sensorer ved Langå blev ramt af grene under højvandet. Vi flytter dem 40 cm højere og bruger kraftigere beslag.",
            links: [],
          },
          {
            on: "2024-06-21",
            kind: "LEARNING",
            title: "Beredskabet vil have varsler, ikke grafer",
            body: "På workshoppen var budskabet klart: vagthavende har ikke tid til at kigge på kurver. De vil have en SMS, når en tærskel passeres, og en kort anbefaling.",
            links: [],
          },
        ],
        gates: [
          {
            requested: "2024-06-24",
            due: "2024-08-15",
            level: 4.1,
            evidence:
              "Sensorerne har leveret 97,3 % af de forventede målinger. Én højvandshændelse i april blev set 9 timer før den første borgerhenvendelse. Beredskabet i Silkeborg og Viborg vurderer data som brugbare, men ønsker automatiske varsler.",
            nextPlan:
              "Demonstration: 45 sensorer mere i Randers og Skanderborg, varslingsregler og SMS til beredskabet, og en fælles kortvisning.",
            decision: {
              on: "2024-08-20",
              outcome: "GO",
              rationale:
                "Testen har vist, at sensorerne virker under reelle forhold, og at data når frem. Styregruppen lægger vægt på, at beredskabet selv efterspørger varsler. Der gives grønt lys til demonstration med krav om, at varslingsreglerne udvikles åbent, så andre kommuner kan genbruge dem.",
            },
          },
        ],
      },
      {
        kind: "DEMONSTRATION",
        start: "2024-09-01",
        end: "2025-05-31",
        grant: 500_000,
        cofunding: 300_000,
        split: "POPULATION",
        success:
          "- Varsling mindst 12 timer før kritisk vandstand ved tre af fire hændelser\n- Manuel aflæsning reduceret med 50 %\n- Varslingsregler ligger åbent på GitHub",
        kill: "- Flere end fem falske varsler pr. måned efter indkøring\n- Beredskabet bruger ikke varslerne i praksis",
        expenses: [
          ["2024-09-16", "UDSTYR", 138_000, "45 ekstra vandstandssensorer og fire gateways til Randers og Skanderborg"],
          ["2024-10-15", "KONSULENT", 96_000, "Udvikling af varslingsregler og SMS-integration til beredskabet"],
          ["2024-11-04", "KONSULENT", 96_000, "Udvikling af varslingsregler og SMS-integration til beredskabet"],
          [
            "2024-11-06",
            "KONSULENT",
            -96_000,
            "Tilbageførsel: samme faktura bogført to gange (jf. postering 15. oktober)",
            2,
          ],
          ["2025-01-31", "LICENS", 42_000, "Licens til kortvisning og varslingsmodul, 2025"],
          ["2025-03-31", "PERSONALE", 118_000, "Projektledelse og drift af sensornettet, september–marts"],
          ["2025-05-15", "DRIFT", 31_500, "Batteriskift og servicebesøg på 65 målestationer"],
          ["2025-05-28", "ANDET", 12_000, "Borgermøde i Randers og informationsmateriale"],
        ],
        results: [
          {
            on: "2024-12-02",
            kind: "MILESTONE",
            title: "Varsling via SMS er i drift",
            body: "Vagthavende i de fire kommuner får nu SMS, når vandstanden stiger mere end 15 cm på seks timer eller passerer kritisk niveau.",
            links: [{ label: "Varslingsregler på GitHub", url: "https://github.com/OS2iot/gudenaa-varsling" }],
          },
          {
            on: "2025-01-09",
            kind: "MEASUREMENT",
            title: "Tre hændelser i december–januar, alle varslet i tide",
            body: "Varslerne kom 14, 17 og 11 timer før kritisk niveau. Ved den tredje blev Randers Havnevej lukket i tide.",
            links: [{ label: "Hændelsesrapport", url: "https://example.dk/gudenaa/haendelser-vinter-2024" }],
          },
          {
            on: "2025-03-03",
            kind: "RISK",
            title: "For mange falske varsler ved isdannelse",
            body: "Is på vandoverfladen gav syv falske varsler i februar. Reglerne er justeret til at ignorere spring over 30 cm på ét minut.",
            links: [],
          },
          {
            on: "2025-05-20",
            kind: "LEARNING",
            title: "Fælles tærskelværdier kræver fælles sprog",
            body: "Kommunerne brugte forskellige højdesystemer (DVR90 og lokale nulpunkter). Alle målinger er nu omregnet til DVR90.",
            links: [{ label: "Notat om højdesystemer", url: "https://example.dk/gudenaa/notat-dvr90.pdf" }],
          },
        ],
        gates: [
          {
            requested: "2025-05-26",
            due: "2025-06-30",
            level: 4.3,
            evidence:
              "Ni af elleve hændelser blev varslet mindst 12 timer før kritisk vandstand. Manuelle aflæsninger er faldet fra 64 til 22 timer om måneden. Falske varsler er under to om måneden efter justeringen i marts. Alle regler ligger åbent på GitHub.",
            nextPlan:
              "Skalering til hele Gudenå-systemet og Skjern Å: 90 sensorer mere, integration i beredskabets alarmsystem og overdragelse til drift.",
            decision: {
              on: "2025-06-24",
              outcome: "GO",
              rationale:
                "Demonstrationen har overbevist styregruppen: varslingstiden er mere end fordoblet, og kommunerne sparer reelle timer. Skaleringen skal afslutte med en driftsmodel, så løsningen ikke hænger på projektets folk.",
            },
          },
        ],
      },
      {
        kind: "SCALE",
        start: "2025-08-01",
        end: "2026-06-30",
        grant: 600_000,
        cofunding: 1_200_000,
        split: "POPULATION",
        success:
          "- 155 målestationer i drift i seks kommuner\n- Varslingen er en del af beredskabets faste procedure\n- Driftsmodel og fordelingsnøgle er vedtaget",
        kill: "- Driftsudgiften pr. station overstiger 1.500 kr. om året\n- Under tre kommuner vil betale for drift efter projektet",
        expenses: [
          ["2025-08-18", "UDSTYR", 186_000, "90 sensorer til de resterende vandløbsstrækninger"],
          ["2025-09-30", "KONSULENT", 74_000, "Integration af varsler i beredskabets alarmsystem"],
          ["2025-12-15", "LICENS", 48_000, "Licens og hosting for varslingsmodulet, 2026"],
          ["2026-03-31", "PERSONALE", 152_000, "Projektledelse, oplæring af vagthavende og overdragelse til drift"],
          ["2026-05-29", "DRIFT", 61_000, "Service og kalibrering af sensornettet"],
          ["2026-06-30", "ANDET", "rest", "Drejebog, dokumentation og afslutningskonference"],
        ],
        results: [
          {
            on: "2025-11-10",
            kind: "MILESTONE",
            title: "155 målestationer i drift",
            body: "Sensornettet dækker nu Gudenåen fra Tørring til Randers Fjord og de nedre dele af Skjern Å.",
            links: [
              {
                label: "Åbent datasæt på Open Data DK",
                url: "https://www.opendata.dk/region-midtjylland/vandstand-gudenaa",
              },
            ],
          },
          {
            on: "2026-02-16",
            kind: "MEASUREMENT",
            title: "Stormen i februar: 19 timers varsel",
            body: "Under stormen 12.–14. februar blev alle berørte kommuner varslet i gennemsnit 19 timer før kritisk niveau.",
            links: [],
          },
          {
            on: "2026-05-04",
            kind: "MILESTONE",
            title: "Driftsaftale underskrevet",
            body: "Seks kommuner har underskrevet en driftsaftale med fordeling efter antal målestationer. Silkeborg er driftsansvarlig.",
            links: [{ label: "Driftsaftale (PDF)", url: "https://example.dk/gudenaa/driftsaftale-2026.pdf" }],
          },
        ],
        gates: [
          {
            requested: "2026-06-15",
            due: "2026-08-31",
            level: 4.5,
            evidence:
              "Løsningen er i drift i seks kommuner med 155 målestationer. Varslingstiden er i gennemsnit 19 timer. Driftsudgiften er 1.120 kr. pr. station om året. Driftsaftalen er underskrevet.",
            decision: {
              on: "2026-08-26",
              outcome: "ADOPT",
              rationale:
                "Pilotprojektet har nået alle succeskriterier i tre faser og er nu en del af beredskabets faste drift. Styregruppen anbefaler, at de øvrige kommuner i fællesskabet kobler deres vandløb på samme løsning.",
              procurement:
                "Sensorer købes via SKI's aftale om IoT-udstyr; varslingsmodulet er open source og driftes af Silkeborg Kommune på OS2iot. Nye kommuner tilslutter sig driftsaftalen med en fordeling efter antal målestationer. Ingen ny udbudspligt ud over udstyret.",
              adopters: ["silkeborg", "viborg", "randers", "skanderborg", "favrskov", "hedensted"],
            },
          },
        ],
      },
    ],
    kpis: [
      {
        name: "Varslingstid før kritisk vandstand",
        unit: "timer",
        baseline: 2,
        direction: "HIGHER_IS_BETTER",
        benefit: "QUALITY",
        targets: [6, 12, 18],
        from: "2024-03",
        months: 29,
        end: 19,
        source: "API",
        decimals: 1,
      },
      {
        name: "Tid brugt på manuel aflæsning",
        unit: "timer pr. måned",
        baseline: 64,
        direction: "LOWER_IS_BETTER",
        benefit: "HOURS_SAVED",
        targets: [40, 25, 10],
        from: "2024-03",
        months: 29,
        end: 9,
      },
      {
        name: "Skadesudgifter på kommunale arealer",
        unit: "kr. pr. måned",
        baseline: 180_000,
        direction: "LOWER_IS_BETTER",
        benefit: "KRONER_SAVED",
        targets: [180_000, 150_000, 110_000],
        from: "2024-09",
        months: 22,
        end: 104_000,
      },
    ],
    lessons: [
      {
        on: "2024-08-22",
        phase: "TEST",
        title: "Start med beredskabets behov, ikke med sensoren",
        did: "Vi satte 20 sensorer op og viste data på et dashboard.",
        learned: "Vagthavende bruger ikke dashboards. De handler på korte, præcise varsler med en anbefaling.",
        differently: "Vi ville have holdt workshoppen med beredskabet før indkøbet, ikke efter.",
        tags: ["vandstand", "beredskab", "varsling", "IoT"],
      },
      {
        on: "2026-08-28",
        phase: "SCALE",
        title: "Fælles højdesystem fra dag ét",
        did: "Vi samlede målinger fra seks kommuner med hver sine nulpunkter.",
        learned: "Uden fælles højdesystem (DVR90) kan tærskler ikke sammenlignes på tværs af kommunegrænser.",
        differently: "Kræv DVR90 i indkøbet og kalibrér sensorerne mod en GPS-måling ved montering.",
        tags: ["datastandarder", "vandstand", "GIS"],
      },
    ],
  },
  {
    key: "gtm-vr-forflytning",
    community: GTM,
    title: "VR-træning i forflytning for social- og sundhedspersonale",
    problem:
      "Forflytninger af borgere er den hyppigste årsag til arbejdsskader i ældreplejen. Nye medarbejdere får kort oplæring, og der er sjældent tid til at øve svære situationer, før de står i dem.",
    hypothesis:
      "Hvis nye medarbejdere træner forflytninger i virtual reality med feedback, før de møder borgerne, falder antallet af arbejdsskader, og oplæringen bliver kortere.",
    tech: ["VR/AR"],
    domains: ["velfærd", "sundhed"],
    sdgs: [3, 8],
    lead: "herning",
    projectLead: VIBORG,
    partners: ["ikast-brande", "holstebro", "skive"],
    public: true,
    status: "ADOPTED",
    created: "2023-09-18",
    submitted: "2023-10-30",
    approved: "2024-01-15",
    phases: [
      {
        kind: "TEST",
        start: "2024-02-01",
        end: "2024-05-31",
        grant: 180_000,
        cofunding: 60_000,
        success: "- 40 medarbejdere gennemfører mindst tre træningsforløb\n- 80 % vurderer træningen som relevant",
        kill: "- Mere end 20 % får køresyge eller ubehag\n- Forflytningsvejlederne kan ikke se en faglig værdi",
        expenses: [
          ["2024-02-05", "UDSTYR", 62_000, "Otte VR-briller og ladeskab"],
          ["2024-02-20", "LICENS", 48_000, "Licens til VR-scenarier om forflytning, seks måneder"],
          ["2024-04-30", "PERSONALE", 41_000, "Frikøb af forflytningsvejledere til træning"],
          ["2024-05-24", "KONSULENT", 18_500, "Evaluering og interviews med medarbejdere"],
        ],
        results: [
          {
            on: "2024-03-15",
            kind: "MILESTONE",
            title: "Første hold på 12 elever har trænet",
            body: "Eleverne fra SOSU-skolen i Herning trænede tre scenarier: seng til kørestol, løft fra gulv og brug af loftlift.",
            links: [],
          },
          {
            on: "2024-05-27",
            kind: "MEASUREMENT",
            title: "86 % finder træningen relevant",
            body: "43 medarbejdere har gennemført mindst tre forløb. 86 % vurderer træningen som relevant, 7 % oplevede let ubehag.",
            links: [{ label: "Evalueringsrapport", url: "https://example.dk/vr-forflytning/evaluering-test.pdf" }],
          },
        ],
        gates: [
          {
            requested: "2024-06-03",
            due: "2024-06-30",
            level: 4.2,
            evidence:
              "43 medarbejdere har trænet; 86 % finder det relevant og kun 7 % oplevede ubehag. Forflytningsvejlederne anbefaler at fortsætte.",
            nextPlan: "Demonstration i fire kommuner med 250 medarbejdere og måling af arbejdsskader før og efter.",
            decision: {
              on: "2024-06-18",
              outcome: "GO",
              rationale:
                "Klart positive erfaringer fra medarbejderne og ingen udløste stopkriterier. Demonstrationen skal vise effekt på arbejdsskader, ikke kun tilfredshed.",
            },
          },
        ],
      },
      {
        kind: "DEMONSTRATION",
        start: "2024-08-01",
        end: "2025-03-31",
        grant: 400_000,
        cofunding: 250_000,
        split: "POPULATION",
        success:
          "- 250 medarbejdere trænet i fire kommuner\n- Anmeldte forflytningsskader falder med mindst 25 %\n- Oplæringstiden for nye medarbejdere falder",
        kill: "- Ingen målbar effekt på arbejdsskader efter seks måneder",
        expenses: [
          ["2024-08-12", "UDSTYR", 96_000, "16 VR-briller til Ikast-Brande, Holstebro og Skive"],
          ["2024-08-30", "LICENS", 84_000, "Licens til scenarier og brugeradministration, 12 måneder"],
          ["2024-10-31", "KONSULENT", 55_000, "Udvikling af to nye scenarier: demens og bariatri"],
          ["2025-01-31", "PERSONALE", 112_000, "Frikøb af superbrugere, september–januar"],
          ["2025-03-20", "ANDET", 14_000, "Erfaringsseminar for ledere i ældreplejen"],
        ],
        results: [
          {
            on: "2024-11-15",
            kind: "MILESTONE",
            title: "Nye scenarier om demens og bariatri",
            body: "To scenarier er udviklet sammen med medarbejdere; de viser borgere, der modsætter sig hjælp.",
            links: [{ label: "Scenariebeskrivelser", url: "https://example.dk/vr-forflytning/scenarier" }],
          },
          {
            on: "2025-03-10",
            kind: "MEASUREMENT",
            title: "Forflytningsskader faldet med 38 %",
            body: "Sammenlignet med samme periode året før er anmeldte skader faldet fra 9 til 5,6 om måneden i de fire kommuner.",
            links: [],
          },
          {
            on: "2025-02-03",
            kind: "RISK",
            title: "Brillerne bliver ikke brugt på aftenvagter",
            body: "Træningen foregår næsten kun i dagtimerne. Vi flytter et ladeskab til aftenteamets base.",
            links: [],
          },
        ],
        gates: [
          {
            requested: "2025-03-31",
            due: "2025-04-30",
            level: 4.4,
            evidence:
              "268 medarbejdere har trænet. Anmeldte forflytningsskader er faldet 38 %, og oplæringstiden i forflytning er faldet fra 16 til 11 timer.",
            nextPlan: "Skalering til alle nye medarbejdere i seks kommuner og overdragelse til SOSU-skolen.",
            decision: {
              on: "2025-04-22",
              outcome: "GO",
              rationale:
                "Effekten på arbejdsskader er tydelig og dokumenteret. Styregruppen ønsker, at skaleringen sikrer en varig organisering sammen med SOSU-skolen.",
            },
          },
        ],
      },
      {
        kind: "SCALE",
        start: "2025-05-01",
        end: "2026-04-30",
        grant: 500_000,
        cofunding: 900_000,
        split: "POPULATION",
        success: "- Alle nye medarbejdere i seks kommuner trænes i VR\n- SOSU-skolen har overtaget scenarierne",
        kill: "- Licensprisen ved fuld skala overstiger gevinsten ved færre arbejdsskader",
        expenses: [
          ["2025-05-20", "UDSTYR", 128_000, "24 VR-briller til Viborg og Randers samt reservebriller"],
          ["2025-06-30", "LICENS", 146_000, "Licens for seks kommuner, 12 måneder"],
          ["2025-11-28", "PERSONALE", 118_000, "Oplæring af superbrugere og undervisere på SOSU-skolen"],
          ["2026-04-15", "ANDET", "rest", "Overdragelse, drejebog og afsluttende evaluering"],
        ],
        results: [
          {
            on: "2025-10-01",
            kind: "MILESTONE",
            title: "SOSU-skolen bruger VR i grundforløbet",
            body: "Scenarierne indgår nu i grundforløb 2 på SOSU Herning og SOSU Skive.",
            links: [],
          },
          {
            on: "2026-03-30",
            kind: "MEASUREMENT",
            title: "Arbejdsskader stabilt lavt",
            body: "Forflytningsskader ligger stabilt på 4–5 om måneden i de seks kommuner.",
            links: [],
          },
        ],
        gates: [
          {
            requested: "2026-04-20",
            due: "2026-05-31",
            level: 4.4,
            evidence:
              "VR-træning er en fast del af oplæringen i seks kommuner og på SOSU-skolen. Arbejdsskaderne er halveret i forhold til 2023.",
            decision: {
              on: "2026-05-19",
              outcome: "ADOPT",
              rationale:
                "Løsningen har vist varig effekt og er organisatorisk forankret. Styregruppen anbefaler de øvrige kommuner at tilslutte sig den fælles licensaftale.",
              procurement:
                "Fælles indkøb af licenser via en rammeaftale udbudt af Herning Kommune på vegne af fællesskabet (forventet 2027); indtil da forlænges den nuværende aftale. Brillerne købes via SKI 02.19.",
              adopters: ["herning", "ikast-brande", "holstebro", "skive", "viborg", "randers"],
            },
          },
        ],
      },
    ],
    kpis: [
      {
        name: "Anmeldte arbejdsskader ved forflytning",
        unit: "antal pr. måned",
        baseline: 9,
        direction: "LOWER_IS_BETTER",
        benefit: "QUALITY",
        targets: [8, 6.5, 5],
        from: "2024-02",
        months: 27,
        end: 4.3,
        decimals: 1,
      },
      {
        name: "Oplæringstid i forflytning for nye medarbejdere",
        unit: "timer",
        baseline: 16,
        direction: "LOWER_IS_BETTER",
        benefit: "HOURS_SAVED",
        targets: [15, 12, 10],
        from: "2024-03",
        months: 24,
        end: 9.5,
        decimals: 1,
      },
    ],
    lessons: [
      {
        on: "2025-04-25",
        phase: "DEMONSTRATION",
        title: "Superbrugere er nøglen, ikke brillerne",
        did: "Vi uddelte briller til alle plejecentre.",
        learned: "Brillerne blev kun brugt, hvor en superbruger tog ansvar og satte tid af i vagtplanen.",
        differently: "Udpeg og frikøb superbrugere, før udstyret leveres.",
        tags: ["VR", "oplæring", "velfærd", "forankring"],
      },
      {
        on: "2026-05-22",
        phase: "SCALE",
        title: "Lad uddannelsesstedet eje indholdet",
        did: "Vi overdrog scenarierne til SOSU-skolen.",
        learned: "Når skolen ejer scenarierne, bliver de vedligeholdt og brugt, også efter projektet.",
        differently: "Inddrag skolen allerede i testfasen.",
        tags: ["VR", "drift", "SOSU"],
      },
    ],
  },
];
