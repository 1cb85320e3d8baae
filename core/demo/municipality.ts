// The synthetic municipality: ~35 organizations of the three kinds, their heads and appointment
// history. Deterministic; the names are invented.
import type { OrgKind } from "../direction/types.js";
import { utcDate } from "../domain/dates.js";
import { intBetween, pick, seededRandom } from "../domain/random.js";
import { withInnCheckDigit } from "../domain/registry/identifiers.js";

export interface DemoLeader {
  lastName: string;
  firstName: string;
  middleName: string;
  email: string;
  phone: string;
}

export interface DemoAppointment {
  leader: DemoLeader;
  position: string;
  isActing: boolean;
  startsOn: Date;
  endsOn: Date | null;
}

export interface DemoOrganization {
  fullName: string;
  shortName: string;
  kind: OrgKind;
  inn: string;
  orgType: string;
  fisOkoLogin: string | null;
  address: string;
  contingent: number;
  /** Latent quality in [0, 1] that the plugins' sample data follows. */
  quality: number;
  appointments: DemoAppointment[];
}

const MALE = {
  last: ["Иванов", "Петров", "Смирнов", "Кузнецов", "Попов", "Соколов", "Лебедев", "Новиков", "Морозов", "Волков"],
  first: ["Андрей", "Сергей", "Алексей", "Дмитрий", "Михаил", "Владимир"],
  middle: ["Александрович", "Сергеевич", "Викторович", "Игоревич", "Николаевич"],
};
const FEMALE = {
  last: [
    "Иванова",
    "Петрова",
    "Смирнова",
    "Кузнецова",
    "Попова",
    "Соколова",
    "Лебедева",
    "Новикова",
    "Морозова",
    "Волкова",
    "Федорова",
    "Михайлова",
    "Егорова",
    "Павлова",
    "Козлова",
  ],
  first: ["Елена", "Ольга", "Наталья", "Ирина", "Татьяна", "Светлана", "Марина", "Юлия", "Людмила"],
  middle: ["Александровна", "Сергеевна", "Викторовна", "Игоревна", "Николаевна", "Владимировна"],
};
const STREETS = [
  "ул. Мичурина",
  "ул. Энгельса",
  "ул. Цветников",
  "ул. Российская",
  "ул. Азина",
  "ул. Спартака",
  "ул. Чехова",
  "ул. Жуковского",
  "ул. К. Либкнехта",
];
const ADDITIONAL = [
  ["Центр дополнительного образования", "ЦДО"],
  ["Детско-юношеская спортивная школа", "ДЮСШ"],
  ["Детская школа искусств", "ДШИ"],
  ["Центр детского творчества", "ЦДТ"],
  ["Станция юных техников", "СЮТ"],
  ["Детская художественная школа", "ДХШ"],
] as const;
/** The registry type of each of ADDITIONAL (core/domain/registry/org-types.ts). */
const ADDITIONAL_TYPES = ["ЦДТ", "ДЮСШ", "ДШИ", "ЦДТ", "станция юных техников", "ДШИ"];

function makeLeader(random: () => number, index: number): DemoLeader {
  const names = random() < 0.8 ? FEMALE : MALE;
  return {
    lastName: pick(random, names.last),
    firstName: pick(random, names.first),
    middleName: pick(random, names.middle),
    email: `head${index}@edu-demo.ru`,
    phone: `+7 (34397) ${intBetween(random, 20, 59)}-${String(intBetween(random, 0, 99)).padStart(2, "0")}-${String(intBetween(random, 0, 99)).padStart(2, "0")}`,
  };
}

function history(random: () => number, index: number, position: string): DemoAppointment[] {
  const current = makeLeader(random, index);
  const roll = random();
  // A few heads were appointed in 2025 (new heads), two are acting heads, most have long tenure.
  const startYear = roll < 0.1 ? 2025 : roll < 0.4 ? intBetween(random, 2019, 2023) : intBetween(random, 2008, 2018);
  const startsOn = utcDate(startYear, startYear === 2025 ? intBetween(random, 7, 10) : intBetween(random, 1, 12), 1);
  const isActing = index % 17 === 5;
  const list: DemoAppointment[] = [
    { leader: current, position: isActing ? `и.о. ${position.toLowerCase()}` : position, isActing, startsOn, endsOn: null },
  ];
  if (startYear >= 2019) {
    const before = makeLeader(random, index + 100);
    list.push({
      leader: before,
      position,
      isActing: false,
      startsOn: utcDate(intBetween(random, 2005, 2014), 9, 1),
      endsOn: new Date(+startsOn - 86_400_000),
    });
  }
  return list;
}

export function demoMunicipality(seed = 523): DemoOrganization[] {
  const random = seededRandom(seed);
  const orgs: DemoOrganization[] = [];
  const address = () => `623280, Свердловская обл., г. Ревда, ${pick(random, STREETS)}, д. ${intBetween(random, 1, 60)}`;
  const schoolNumbers = [1, 2, 3, 4, 9, 10, 13, 22, 25, 28, 29, 30, 47];
  schoolNumbers.forEach((n, i) => {
    const isGymnasium = n === 25;
    orgs.push({
      fullName: isGymnasium
        ? "Муниципальное автономное общеобразовательное учреждение «Гимназия № 25»"
        : `Муниципальное автономное общеобразовательное учреждение «Средняя общеобразовательная школа № ${n}»`,
      shortName: isGymnasium ? "МАОУ «Гимназия № 25»" : `МАОУ «СОШ № ${n}»`,
      kind: "SCHOOL",
      inn: withInnCheckDigit(`6627${String(10010 + i * 37).padStart(5, "0")}`),
      orgType: isGymnasium ? "гимназия" : "СОШ",
      fisOkoLogin: `edu66${String(2100 + n).padStart(4, "0")}`,
      address: address(),
      contingent: intBetween(random, 240, 1100),
      quality: isGymnasium ? 0.9 : Math.round(random() * 100) / 100,
      appointments: history(random, orgs.length + 1, "Директор"),
    });
  });
  for (let n = 1; n <= 16; n++) {
    const number = [2, 5, 7, 10, 13, 18, 19, 21, 23, 28, 32, 34, 39, 46, 48, 50][n - 1];
    orgs.push({
      fullName: `Муниципальное автономное дошкольное образовательное учреждение «Детский сад № ${number}»`,
      shortName: `МАДОУ «Детский сад № ${number}»`,
      kind: "PRESCHOOL",
      inn: withInnCheckDigit(`6627${String(20020 + n * 41).padStart(5, "0")}`),
      orgType: "детский сад",
      fisOkoLogin: null,
      address: address(),
      contingent: intBetween(random, 80, 320),
      quality: Math.round(random() * 100) / 100,
      appointments: history(random, orgs.length + 1, "Заведующий"),
    });
  }
  ADDITIONAL.forEach(([name, short], i) => {
    orgs.push({
      fullName: `Муниципальное бюджетное учреждение дополнительного образования «${name}»`,
      shortName: `МБУ ДО «${short}»`,
      kind: "ADDITIONAL",
      inn: withInnCheckDigit(`6627${String(30030 + i * 43).padStart(5, "0")}`),
      orgType: ADDITIONAL_TYPES[i] ?? "ЦДТ",
      fisOkoLogin: null,
      address: address(),
      contingent: intBetween(random, 300, 1500),
      quality: Math.round(random() * 100) / 100,
      appointments: history(random, orgs.length + 1, "Директор"),
    });
  });
  return orgs;
}
