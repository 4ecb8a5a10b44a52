// The 98 Danish municipalities and 5 regions: reference data for the seed.
//
// Sources
// - Codes and names: the official kommunekodeliste of Danmarks Adresser (DAR, the register DAWA's
//   `kommuner` serves), as kept in github.com/optgeo/hafnium/kommunekodeliste.txt. 411 Christiansø
//   is on that list but is not a municipality (no council, run by the Ministry of Defence): left out.
//   Names as DAR/DAWA spell them: "Aarhus", "Brønderslev", "Nordfyns", "Vesthimmerlands".
// - Region of each municipality: django-localflavor (localflavor/dk/dk_municipalities.py), and
//   cross-checked: the FOLK1A 2019K1 municipality figures summed per region with this mapping give
//   exactly the 2019K1 region totals Bolius published from FOLK1A (1,835,562 / 1,320,678 /
//   1,223,348 / 836,738 / 589,755, Hovedstaden incl. Christiansø's 90).
// - Populations: Danmarks Statistik FOLK1A, quarter 2020K1 (1 January 2020), all 98 from one
//   table. Found as a complete list in a public GitHub seed file (C# namespace DAB_Handin_3).
//   Verified: the 98 figures plus Christiansø (84) sum to exactly 5,822,763, the national FOLK1A
//   2020K1 total, and Region Hovedstaden (1,845,939 + 84 = 1,846,023) matches the published figure.
//   Why 2020K1 and not newer: no complete, checkable list of a later quarter could be found
//   (only scattered 2025 figures, e.g. Læsø 1,728), and mixing quarters would make population
//   splits unfair. Refresh all at once from the statbank API (FOLK1A, OMRÅDE=*, KØN=TOT,
//   ALDER=IALT, Tid=<quarter>) and update FOLK1A_AS_OF with it.
// - Region populations: FOLK1A 2020K1. Hovedstaden as published (it includes Christiansø, which is
//   in no municipality); the other four are the sums of their municipalities, which is how FOLK1A
//   builds them.

/** Date of the population figures: FOLK1A 2020K1 (population on 1 January 2020). */
export const FOLK1A_AS_OF = "2020-01-01";

export type RegionRef = { code: number; name: string; population: number };
export type MunicipalityRef = { code: number; name: string; regionCode: number; population: number };

export const REGIONS: readonly RegionRef[] = [
  { code: 1081, name: "Region Nordjylland", population: 589936 },
  { code: 1082, name: "Region Midtjylland", population: 1326340 },
  { code: 1083, name: "Region Syddanmark", population: 1223105 },
  { code: 1084, name: "Region Hovedstaden", population: 1846023 },
  { code: 1085, name: "Region Sjælland", population: 837359 },
];

/** Sorted by code. */
export const MUNICIPALITIES: readonly MunicipalityRef[] = [
  { code: 101, name: "København", regionCode: 1084, population: 632340 },
  { code: 147, name: "Frederiksberg", regionCode: 1084, population: 104305 },
  { code: 151, name: "Ballerup", regionCode: 1084, population: 48602 },
  { code: 153, name: "Brøndby", regionCode: 1084, population: 35090 },
  { code: 155, name: "Dragør", regionCode: 1084, population: 14494 },
  { code: 157, name: "Gentofte", regionCode: 1084, population: 74830 },
  { code: 159, name: "Gladsaxe", regionCode: 1084, population: 69262 },
  { code: 161, name: "Glostrup", regionCode: 1084, population: 23128 },
  { code: 163, name: "Herlev", regionCode: 1084, population: 28953 },
  { code: 165, name: "Albertslund", regionCode: 1084, population: 27731 },
  { code: 167, name: "Hvidovre", regionCode: 1084, population: 53527 },
  { code: 169, name: "Høje-Taastrup", regionCode: 1084, population: 50759 },
  { code: 173, name: "Lyngby-Taarbæk", regionCode: 1084, population: 56214 },
  { code: 175, name: "Rødovre", regionCode: 1084, population: 40652 },
  { code: 183, name: "Ishøj", regionCode: 1084, population: 22989 },
  { code: 185, name: "Tårnby", regionCode: 1084, population: 42989 },
  { code: 187, name: "Vallensbæk", regionCode: 1084, population: 16633 },
  { code: 190, name: "Furesø", regionCode: 1084, population: 40965 },
  { code: 201, name: "Allerød", regionCode: 1084, population: 25633 },
  { code: 210, name: "Fredensborg", regionCode: 1084, population: 40865 },
  { code: 217, name: "Helsingør", regionCode: 1084, population: 62695 },
  { code: 219, name: "Hillerød", regionCode: 1084, population: 51183 },
  { code: 223, name: "Hørsholm", regionCode: 1084, population: 24864 },
  { code: 230, name: "Rudersdal", regionCode: 1084, population: 56728 },
  { code: 240, name: "Egedal", regionCode: 1084, population: 43354 },
  { code: 250, name: "Frederikssund", regionCode: 1084, population: 45223 },
  { code: 253, name: "Greve", regionCode: 1085, population: 50558 },
  { code: 259, name: "Køge", regionCode: 1085, population: 60979 },
  { code: 260, name: "Halsnæs", regionCode: 1084, population: 31384 },
  { code: 265, name: "Roskilde", regionCode: 1085, population: 87914 },
  { code: 269, name: "Solrød", regionCode: 1085, population: 23255 },
  { code: 270, name: "Gribskov", regionCode: 1084, population: 41048 },
  { code: 306, name: "Odsherred", regionCode: 1085, population: 32957 },
  { code: 316, name: "Holbæk", regionCode: 1085, population: 71541 },
  { code: 320, name: "Faxe", regionCode: 1085, population: 36576 },
  { code: 326, name: "Kalundborg", regionCode: 1085, population: 48436 },
  { code: 329, name: "Ringsted", regionCode: 1085, population: 34852 },
  { code: 330, name: "Slagelse", regionCode: 1085, population: 79073 },
  { code: 336, name: "Stevns", regionCode: 1085, population: 22805 },
  { code: 340, name: "Sorø", regionCode: 1085, population: 29881 },
  { code: 350, name: "Lejre", regionCode: 1085, population: 27996 },
  { code: 360, name: "Lolland", regionCode: 1085, population: 41105 },
  { code: 370, name: "Næstved", regionCode: 1085, population: 83143 },
  { code: 376, name: "Guldborgsund", regionCode: 1085, population: 60722 },
  { code: 390, name: "Vordingborg", regionCode: 1085, population: 45566 },
  { code: 400, name: "Bornholm", regionCode: 1084, population: 39499 },
  { code: 410, name: "Middelfart", regionCode: 1083, population: 38853 },
  { code: 420, name: "Assens", regionCode: 1083, population: 40965 },
  { code: 430, name: "Faaborg-Midtfyn", regionCode: 1083, population: 51556 },
  { code: 440, name: "Kerteminde", regionCode: 1083, population: 23812 },
  { code: 450, name: "Nyborg", regionCode: 1083, population: 32009 },
  { code: 461, name: "Odense", regionCode: 1083, population: 204895 },
  { code: 479, name: "Svendborg", regionCode: 1083, population: 58296 },
  { code: 480, name: "Nordfyns", regionCode: 1083, population: 29665 },
  { code: 482, name: "Langeland", regionCode: 1083, population: 12491 },
  { code: 492, name: "Ærø", regionCode: 1083, population: 5964 },
  { code: 510, name: "Haderslev", regionCode: 1083, population: 55670 },
  { code: 530, name: "Billund", regionCode: 1083, population: 26608 },
  { code: 540, name: "Sønderborg", regionCode: 1083, population: 74220 },
  { code: 550, name: "Tønder", regionCode: 1083, population: 37366 },
  { code: 561, name: "Esbjerg", regionCode: 1083, population: 115483 },
  { code: 563, name: "Fanø", regionCode: 1083, population: 3488 },
  { code: 573, name: "Varde", regionCode: 1083, population: 49961 },
  { code: 575, name: "Vejen", regionCode: 1083, population: 42742 },
  { code: 580, name: "Aabenraa", regionCode: 1083, population: 58761 },
  { code: 607, name: "Fredericia", regionCode: 1083, population: 51377 },
  { code: 615, name: "Horsens", regionCode: 1082, population: 90966 },
  { code: 621, name: "Kolding", regionCode: 1083, population: 93175 },
  { code: 630, name: "Vejle", regionCode: 1083, population: 115748 },
  { code: 657, name: "Herning", regionCode: 1082, population: 89127 },
  { code: 661, name: "Holstebro", regionCode: 1082, population: 58591 },
  { code: 665, name: "Lemvig", regionCode: 1082, population: 19722 },
  { code: 671, name: "Struer", regionCode: 1082, population: 21036 },
  { code: 706, name: "Syddjurs", regionCode: 1082, population: 42962 },
  { code: 707, name: "Norddjurs", regionCode: 1082, population: 37089 },
  { code: 710, name: "Favrskov", regionCode: 1082, population: 48397 },
  { code: 727, name: "Odder", regionCode: 1082, population: 22844 },
  { code: 730, name: "Randers", regionCode: 1082, population: 97805 },
  { code: 740, name: "Silkeborg", regionCode: 1082, population: 94026 },
  { code: 741, name: "Samsø", regionCode: 1082, population: 3657 },
  { code: 746, name: "Skanderborg", regionCode: 1082, population: 62678 },
  { code: 751, name: "Aarhus", regionCode: 1082, population: 349983 },
  { code: 756, name: "Ikast-Brande", regionCode: 1082, population: 41369 },
  { code: 760, name: "Ringkøbing-Skjern", regionCode: 1082, population: 56594 },
  { code: 766, name: "Hedensted", regionCode: 1082, population: 46722 },
  { code: 773, name: "Morsø", regionCode: 1081, population: 20247 },
  { code: 779, name: "Skive", regionCode: 1082, population: 45851 },
  { code: 787, name: "Thisted", regionCode: 1081, population: 43423 },
  { code: 791, name: "Viborg", regionCode: 1082, population: 96921 },
  { code: 810, name: "Brønderslev", regionCode: 1081, population: 36304 },
  { code: 813, name: "Frederikshavn", regionCode: 1081, population: 59654 },
  { code: 820, name: "Vesthimmerlands", regionCode: 1081, population: 36727 },
  { code: 825, name: "Læsø", regionCode: 1081, population: 1786 },
  { code: 840, name: "Rebild", regionCode: 1081, population: 30113 },
  { code: 846, name: "Mariagerfjord", regionCode: 1081, population: 41800 },
  { code: 849, name: "Jammerbugt", regionCode: 1081, population: 38324 },
  { code: 851, name: "Aalborg", regionCode: 1081, population: 217075 },
  { code: 860, name: "Hjørring", regionCode: 1081, population: 64483 },
];
