// Types of organizations within each kind, as registries and orders name them. The registry import
// reads «Вид» through these names (and their common abbreviations).
import type { OrgKind } from "../../generated/prisma/client.js";

export interface OrgType {
  /** The canonical label stored on the organization. */
  label: string;
  kind: OrgKind;
  /** Other spellings accepted on input (lower case). */
  aliases: readonly string[];
}

export const ORG_TYPES: readonly OrgType[] = [
  { label: "СОШ", kind: "SCHOOL", aliases: ["средняя общеобразовательная школа", "школа", "оош/сош"] },
  { label: "ООШ", kind: "SCHOOL", aliases: ["основная общеобразовательная школа"] },
  { label: "НОШ", kind: "SCHOOL", aliases: ["начальная общеобразовательная школа"] },
  { label: "гимназия", kind: "SCHOOL", aliases: [] },
  { label: "лицей", kind: "SCHOOL", aliases: [] },
  { label: "школа-интернат", kind: "SCHOOL", aliases: ["интернат"] },
  {
    label: "детский сад",
    kind: "PRESCHOOL",
    aliases: ["доо", "доу", "мадоу", "мбдоу", "мкдоу", "дс", "д/с", "детский сад комбинированного вида"],
  },
  { label: "центр развития ребёнка", kind: "PRESCHOOL", aliases: ["центр развития ребенка", "црр"] },
  { label: "ЦДТ", kind: "ADDITIONAL", aliases: ["центр детского творчества", "удо", "до", "центр дополнительного образования"] },
  { label: "ДДТ", kind: "ADDITIONAL", aliases: ["дом детского творчества"] },
  { label: "ДЮСШ", kind: "ADDITIONAL", aliases: ["детско-юношеская спортивная школа", "спортивная школа", "сш"] },
  { label: "ДШИ", kind: "ADDITIONAL", aliases: ["детская школа искусств", "школа искусств"] },
  { label: "станция юных техников", kind: "ADDITIONAL", aliases: ["сют"] },
];

const normalize = (text: string) => text.trim().toLowerCase().replace(/ё/g, "е").replace(/\s+/g, " ");

/** The type named by `text` (a label or an alias), or null. */
export function findOrgType(text: string): OrgType | null {
  const key = normalize(text);
  return ORG_TYPES.find((t) => normalize(t.label) === key || t.aliases.some((a) => normalize(a) === key)) ?? null;
}

export const typesOfKind = (kind: OrgKind): string[] => ORG_TYPES.filter((t) => t.kind === kind).map((t) => t.label);

export const KIND_TITLES: Record<OrgKind, string> = {
  SCHOOL: "общеобразовательная организация",
  PRESCHOOL: "дошкольная образовательная организация",
  ADDITIONAL: "организация дополнительного образования",
};
