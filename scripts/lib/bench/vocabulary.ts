// Danish words the benchmark's data generator combines into titles, problems, results and lessons.
// Enough variety (technology × goal × municipality × sentence) that a full-text search finds a
// realistic few hundred pilots, not all or none. Plain data: the generator turns it into SQL arrays.
import { DOMAINS, TECHNOLOGIES } from "../../../lib/pilots/tags";

export { DOMAINS, TECHNOLOGIES };

/** What a pilot tries, as it would appear in a title: "Droner til …". */
export const TECH_PHRASES = [
  "IoT-sensorer", "Droner", "Kunstig intelligens", "En chatbot", "En digital tvilling", "Robotplæneklippere", "LoRaWAN-målere",
  "Velfærdsteknologi", "Smart parkering", "Elcykler", "VR-træning", "Billedgenkendelse", "Maskinlæring", "Talegenkendelse",
  "Geodata", "Solceller", "Intelligente varmepumper", "Fjernaflæste vandmålere", "Digitale skraldespande", "Sensorbaseret vejsalting",
] as const;

/** The problem a pilot works on, as a noun phrase: "… til vandstandsovervågning i …". */
export const GOALS = [
  "vandstandsovervågning", "faldforebyggelse hos ældre", "affaldsindsamling", "trafiksikkerhed ved skoler", "energistyring i kommunale bygninger",
  "borgerservice", "hjemmepleje om natten", "kloakrenovering", "luftkvalitet i midtbyen", "parkering ved stationen", "oversvømmelsesberedskab",
  "vejvedligehold", "skolefravær", "genoptræning efter hospitalsophold", "medicinhåndtering på plejecentre", "indeklima i klasselokaler",
  "byggesagsbehandling", "naturpleje langs åerne", "kollektiv trafik i landdistrikter", "jobcentrets sagsbehandling", "vinterbekæmpelse",
  "grundvandsbeskyttelse", "støj fra motorvejen", "madspild i daginstitutioner", "ensomhed blandt ældre", "cykeltællinger",
  "skadedyrsbekæmpelse", "strandrensning", "belysning på stier", "tilsyn med legepladser",
] as const;

export const PROBLEM_SENTENCES = [
  "Kommunen bruger i dag mange timer på %s, og borgerne oplever lange ventetider.",
  "Medarbejderne registrerer %s manuelt på papir, og data når sjældent frem til dem, der skal bruge dem.",
  "Vi mangler overblik over %s på tværs af forvaltningerne.",
  "Udgifterne til %s er steget hvert år siden 2019.",
  "Klimaforandringerne gør %s vanskeligere, og de gamle løsninger slår ikke længere til.",
  "Borgerne har gentagne gange klaget over %s i lokalrådet.",
  "Nabokommunerne har samme udfordring med %s, men ingen har delt deres erfaringer.",
  "Personalemangel betyder, at %s ofte bliver nedprioriteret.",
] as const;

export const HYPOTHESIS_SENTENCES = [
  "Hvis vi tager %s i brug, kan vi halvere tidsforbruget og frigøre ressourcer til kerneopgaven.",
  "Med %s kan vi opdage problemer tidligere og undgå dyre akutte reparationer.",
  "Vi forventer, at %s giver bedre data og dermed bedre beslutninger.",
  "%s kan skaleres til alle kommuner i fællesskabet uden store tilpasninger.",
] as const;

export const RESULT_TITLES = [
  "Første måling efter opsætning", "Milepæl: udstyr installeret", "Risiko: forsinket levering", "Erfaringer fra testperioden",
  "Midtvejsevaluering", "Brugerworkshop afholdt", "Datakvaliteten er forbedret", "Risiko: batterilevetid", "Slutmåling",
  "Milepæl: integration til fagsystemet", "Borgerundersøgelse gennemført", "Driftsaftale på plads",
] as const;

export const RESULT_SENTENCES = [
  "Målingerne viser et fald i antallet af hændelser på %s procent i forhold til baseline.",
  "Medarbejderne oplever, at løsningen er nem at bruge, men at opsætningen tog længere tid end ventet.",
  "Leverandøren har leveret en opdatering, der løser problemet med forbindelsen i kældrene.",
  "Vi har delt erfaringerne med tre nabokommuner, som overvejer at afprøve det samme.",
  "Datasættet er nu tilgængeligt på den fælles dataplatform under en åben licens.",
  "Borgerne i testområdet har givet positive tilbagemeldinger på borgermødet.",
  "Batterierne holder kortere end lovet i frostvejr, og vi har bestilt nye.",
  "Projektgruppen har justeret succeskriterierne efter dialog med styregruppen.",
  "Sensorerne har kørt stabilt i %s uger uden nedbrud.",
  "Der er fundet en besparelse på driften, som dækker licensudgiften.",
] as const;

export const DECISION_SENTENCES = [
  "Styregruppen vurderer, at evidensen er tilstrækkelig til at gå videre.",
  "Resultaterne lever op til succeskriterierne, og flere kommuner har vist interesse.",
  "Business casen holder ikke, og de ubrugte midler føres tilbage til puljen.",
  "Løsningen er moden til drift og tages i brug i de deltagende kommuner.",
  "Datagrundlaget er for spinkelt; projektet skal levere flere målinger før næste gate.",
] as const;

export const LESSON_SENTENCES = [
  "Inddrag driften fra første dag, ellers bliver løsningen ikke brugt efter projektet.",
  "Aftal dataformater med leverandøren, før kontrakten underskrives.",
  "Test dækningen af netværket i hele området, før sensorerne købes.",
  "Sæt tid af til at uddanne medarbejderne, det tager længere end forventet.",
  "Del erfaringerne løbende med fællesskabet, så andre undgår de samme fejl.",
] as const;

export const FIRST_NAMES = ["Anne", "Mette", "Lars", "Jens", "Peter", "Hanne", "Søren", "Camilla", "Mads", "Louise", "Rasmus", "Ida", "Niels", "Sofie", "Kasper", "Helle", "Morten", "Line", "Anders", "Freja"] as const;
export const LAST_NAMES = ["Nielsen", "Jensen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen", "Rasmussen", "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen", "Thomsen", "Poulsen", "Johansen", "Møller", "Mortensen", "Knudsen"] as const;

export const KPIS = [
  { name: "Sparede timer pr. måned", unit: "timer", direction: "HIGHER_IS_BETTER", benefit: "HOURS_SAVED", baseline: 0 },
  { name: "Antal hændelser pr. måned", unit: "hændelser", direction: "LOWER_IS_BETTER", benefit: "QUALITY", baseline: 40 },
  { name: "Borgertilfredshed", unit: "procent", direction: "HIGHER_IS_BETTER", benefit: "QUALITY", baseline: 60 },
  { name: "CO2e-reduktion", unit: "ton", direction: "HIGHER_IS_BETTER", benefit: "CO2E_AVOIDED", baseline: 0 },
  { name: "Kroner sparet pr. år", unit: "kr.", direction: "HIGHER_IS_BETTER", benefit: "KRONER_SAVED", baseline: 0 },
] as const;

/** The ten communities the generator adds to the two of the reference data: five regional, five by theme. */
export const BENCH_COMMUNITIES = [
  { slug: "bench-nordjylland", name: "Digitalt Fællesskab Nordjylland", region: 1081 },
  { slug: "bench-midtjylland", name: "Midtjysk Datasamarbejde", region: 1082 },
  { slug: "bench-syddanmark", name: "Syddansk Velfærdsteknologi", region: 1083 },
  { slug: "bench-hovedstaden", name: "Hovedstadens Smart City-netværk", region: 1084 },
  { slug: "bench-sjaelland", name: "Sjællandske Klimakommuner", region: 1085 },
  { slug: "bench-vand", name: "Fællesskab for Vand og Klimatilpasning", region: null },
  { slug: "bench-aeldre", name: "Netværk for Ældre og Sundhed", region: null },
  { slug: "bench-skole", name: "Skoler i Udvikling", region: null },
  { slug: "bench-mobilitet", name: "Grøn Mobilitet", region: null },
  { slug: "bench-affald", name: "Cirkulær Økonomi og Affald", region: null },
] as const;
