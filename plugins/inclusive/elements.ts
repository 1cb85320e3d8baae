import { defineElements } from "../../core/direction/define.js";

const ALL = ["SCHOOL", "PRESCHOOL", "ADDITIONAL"] as const;

const specialist = (code: string, title: string, hint: string) => ({
  code,
  title: `Специалист сопровождения в штате: ${title}`,
  type: "boolean" as const,
  appliesTo: ALL,
  hint: `«Да», если должность есть в штатном расписании и занята (в том числе внешним совместителем). ${hint}`,
});

export const inclusiveElements = defineElements([
  // Контингент с ОВЗ
  {
    code: "ovz.students",
    title: "Обучающиеся (воспитанники) с ОВЗ",
    type: "integer",
    unit: "чел.",
    appliesTo: ALL,
    hint: "Имеющие заключение ПМПК со статусом ОВЗ, на 1 сентября; школа — форма ОО-1, ДОО — 85-К, УДО — 1-ДО. 0 — обучающихся с ОВЗ нет",
  },
  {
    code: "ovz.studentsAdapted",
    title: "Из них обучаются по адаптированной программе, рекомендованной ПМПК",
    type: "integer",
    unit: "чел.",
    appliesTo: ALL,
    hint: "АООП/АОП по варианту из заключения ПМПК; ДОО — АОП ДО; УДО — адаптированная дополнительная программа. 0, если нет обучающихся с ОВЗ",
  },
  {
    code: "ovz.adaptedPrograms",
    title: "Число реализуемых адаптированных образовательных программ",
    type: "integer",
    unit: "ед.",
    appliesTo: ALL,
    hint: "По учебным планам: каждый вариант АООП по ФАОП (например, 5.1 и 7.2) считается отдельно; индивидуальные АОП одного варианта — одна программа",
  },
  // Условия
  specialist("ovz.psychologist", "педагог-психолог", "Для ДОО — самообследование, показатель 1.15.6"),
  specialist("ovz.speechTherapist", "учитель-логопед (логопед)", "Для ДОО — самообследование, показатели 1.15.3–1.15.4"),
  specialist("ovz.defectologist", "учитель-дефектолог", "Для ДОО — самообследование, показатель 1.15.5"),
  specialist("ovz.tutor", "тьютор", "Штатное расписание"),
  specialist("ovz.socialPedagogue", "социальный педагог", "Штатное расписание"),
  {
    code: "ovz.accessibilityStatus",
    title: "Паспорт доступности объекта и услуг: состояние доступности",
    type: "level",
    appliesTo: ALL,
    hint: "Итоговое заключение утверждённого паспорта доступности основного здания",
    options: [
      { value: "full", label: "доступно полностью (ДП)" },
      { value: "partial", label: "доступно частично (ДЧ)" },
      { value: "conditional", label: "доступно условно (ДУ)" },
      { value: "unavailable", label: "временно недоступно (ВНД)" },
      { value: "none", label: "паспорт доступности не оформлен" },
    ],
  },
  {
    code: "ovz.consiliumRegulation",
    title: "Положение о психолого-педагогическом консилиуме утверждено",
    type: "boolean",
    appliesTo: ALL,
    hint: "Локальный акт по примерному положению (распоряжение Минпросвещения России от 09.09.2019 № Р-93)",
  },
  {
    code: "ovz.consiliumMeetings",
    title: "Заседания психолого-педагогического консилиума за учебный год",
    type: "integer",
    unit: "ед.",
    appliesTo: ALL,
    hint: "Плановые и внеплановые заседания, оформленные протоколами",
  },
  {
    code: "ovz.homeEducationNeeded",
    title: "Дети-инвалиды, нуждающиеся в обучении на дому или с применением дистанционных технологий",
    type: "integer",
    unit: "чел.",
    appliesTo: ALL,
    hint: "По заключению медицинской организации или ИПРА и заявлению родителей. 0 — таких детей нет",
  },
  {
    code: "ovz.homeEducationProvided",
    title: "Из них обучение на дому или дистанционно организовано",
    type: "integer",
    unit: "чел.",
    appliesTo: ALL,
    hint: "Приказ об организации обучения, индивидуальный учебный план и расписание",
  },
]);
