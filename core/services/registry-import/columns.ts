// The columns of a registry file (api-contract.md): found by their header titles, in any order;
// other columns are ignored.
import { normalize } from "../../direction/import/cells.js";

export const REGISTRY_COLUMNS = {
  fullName: { title: "Наименование", aliases: ["наименование", "полное наименование", "наименование организации", "наименование оо"] },
  shortName: { title: "Краткое наименование", aliases: ["краткое наименование", "сокращенное наименование"] },
  orgType: { title: "Вид", aliases: ["вид", "тип", "вид организации", "тип организации"] },
  inn: { title: "ИНН", aliases: ["инн"] },
  fisOkoLogin: { title: "Логин ФИС ОКО", aliases: ["логин фис око", "логин", "логин оо"] },
  leader: { title: "Руководитель", aliases: ["руководитель", "фио руководителя", "руководитель (фио)"] },
  appointedOn: { title: "Дата назначения", aliases: ["дата назначения", "дата назначения руководителя", "назначен"] },
  isActing: { title: "И.о.", aliases: ["и.о.", "и. о.", "и.о", "ио", "исполняющий обязанности"] },
  municipality: { title: "Муниципалитет", aliases: ["муниципалитет", "муниципальное образование", "мо"] },
  contingent: {
    title: "Численность обучающихся",
    aliases: ["численность обучающихся", "численность", "численность воспитанников", "контингент"],
  },
  email: { title: "E-mail руководителя", aliases: ["e-mail руководителя", "email руководителя", "e-mail", "email", "электронная почта"] },
} as const;

export type RegistryColumn = keyof typeof REGISTRY_COLUMNS;
export const REQUIRED_COLUMNS: readonly RegistryColumn[] = ["fullName", "orgType", "inn"];

/** Column key of a header title, or undefined for a column the registry does not read. */
export function registryColumnOf(title: string): RegistryColumn | undefined {
  const key = normalize(title).replace(/\s*\*$/, "");
  return (Object.keys(REGISTRY_COLUMNS) as RegistryColumn[]).find((c) => (REGISTRY_COLUMNS[c].aliases as readonly string[]).includes(key));
}
