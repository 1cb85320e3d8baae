// A calendar date typed or picked as dd.MM.yyyy; the value is the API's «yyyy-MM-dd» string.
import { DateInput, type DateInputProps } from "@mantine/dates";
import "@mantine/dates/styles.css";
import "dayjs/locale/ru";
import dayjs from "dayjs";
import customParseFormat from "dayjs/plugin/customParseFormat";

dayjs.extend(customParseFormat);

type Props = Omit<DateInputProps, "value" | "onChange" | "valueFormat" | "locale"> & {
  value: string | null;
  onChange: (value: string | null) => void;
};

/** Parses what a person types: «01.02.2026» (or «1.2.2026»). */
const parseRu = (text: string): Date | null => {
  const parsed = dayjs(text.trim(), ["DD.MM.YYYY", "D.M.YYYY"], true);
  return parsed.isValid() ? parsed.toDate() : null;
};

export function DateField({ value, onChange, ...rest }: Props) {
  return (
    <DateInput
      {...rest}
      locale="ru"
      valueFormat="DD.MM.YYYY"
      placeholder={rest.placeholder ?? "дд.мм.гггг"}
      dateParser={(text) => {
        const date = parseRu(text);
        return date ? dayjs(date).format("YYYY-MM-DD") : null;
      }}
      value={value}
      onChange={(next) => onChange(next ? dayjs(next).format("YYYY-MM-DD") : null)}
    />
  );
}
