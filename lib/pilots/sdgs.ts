// The UN Sustainable Development Goals (verdensmål) as reference data: number, the Danish short
// name, the official English short name and the official colour (UN communications guidelines).
export type Sdg = { number: number; da: string; en: string; colour: string };

export const SDGS: readonly Sdg[] = [
  { number: 1, da: "Afskaf fattigdom", en: "No poverty", colour: "#E5243B" },
  { number: 2, da: "Stop sult", en: "Zero hunger", colour: "#DDA63A" },
  { number: 3, da: "Sundhed og trivsel", en: "Good health and well-being", colour: "#4C9F38" },
  { number: 4, da: "Kvalitetsuddannelse", en: "Quality education", colour: "#C5192D" },
  { number: 5, da: "Ligestilling mellem kønnene", en: "Gender equality", colour: "#FF3A21" },
  { number: 6, da: "Rent vand og sanitet", en: "Clean water and sanitation", colour: "#26BDE2" },
  { number: 7, da: "Bæredygtig energi", en: "Affordable and clean energy", colour: "#FCC30B" },
  { number: 8, da: "Anstændige jobs og økonomisk vækst", en: "Decent work and economic growth", colour: "#A21942" },
  {
    number: 9,
    da: "Industri, innovation og infrastruktur",
    en: "Industry, innovation and infrastructure",
    colour: "#FD6925",
  },
  { number: 10, da: "Mindre ulighed", en: "Reduced inequalities", colour: "#DD1367" },
  { number: 11, da: "Bæredygtige byer og lokalsamfund", en: "Sustainable cities and communities", colour: "#FD9D24" },
  {
    number: 12,
    da: "Ansvarligt forbrug og produktion",
    en: "Responsible consumption and production",
    colour: "#BF8B2E",
  },
  { number: 13, da: "Klimaindsats", en: "Climate action", colour: "#3F7E44" },
  { number: 14, da: "Livet i havet", en: "Life below water", colour: "#0A97D9" },
  { number: 15, da: "Livet på land", en: "Life on land", colour: "#56C02B" },
  {
    number: 16,
    da: "Fred, retfærdighed og stærke institutioner",
    en: "Peace, justice and strong institutions",
    colour: "#00689D",
  },
  { number: 17, da: "Partnerskaber for handling", en: "Partnerships for the goals", colour: "#19486A" },
];

export const SDG_NUMBERS = SDGS.map((s) => s.number);

export function sdgName(n: number, locale: "da" | "en"): string {
  const sdg = SDGS.find((s) => s.number === n);
  return sdg ? sdg[locale] : String(n);
}
