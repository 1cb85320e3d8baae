// A scoring rule's parameters as a form (core/direction/rule-types.ts): numbers with a decimal comma,
// yes/no switches, texts, and lists (bands, parts, levels) whose rows can be added and removed. The
// value stays the JSON text the draft keeps, so the API validates it as before; a text that is not
// JSON (or a shape the form does not know) falls back to the raw editor.
import { ActionIcon, Anchor, Button, Checkbox, Group, NumberInput, Stack, Text, Textarea, TextInput } from "@mantine/core";
import { useState } from "react";

const LABELS: Record<string, string> = {
  points: "баллы",
  bands: "диапазоны",
  min: "от",
  max: "до",
  includeMin: "включая «от»",
  includeMax: "включая «до»",
  parts: "части",
  key: "ключ",
  label: "что считается",
  pointsPerUnit: "баллов за единицу",
  maxPoints: "максимум баллов",
  levels: "уровни",
  value: "значение",
  tolerance: "допуск около среднего",
  isHigherBetter: "больше — лучше",
  better: "лучше среднего",
  near: "около среднего",
  worse: "хуже среднего",
  threshold: "порог изменения",
  improved: "улучшение",
  stable: "без изменений",
  worsened: "ухудшение",
};

const RULE_NAMES: Record<string, string> = {
  binary: "есть / нет",
  bands: "по диапазонам",
  perUnit: "за единицу",
  level: "по уровню",
  relativeToMean: "относительно среднего по группе",
  relativeToBest: "относительно лучшего в группе",
  dynamics: "динамика к прошлому году",
};

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const labelOf = (key: string) => LABELS[key] ?? key;
/** Nullable numbers of the rules: the open ends of a band. */
const NULLABLE = new Set(["min", "max"]);

function Field(props: { name: string; value: Json; onChange: (v: Json) => void; disabled: boolean; context: string }) {
  const { name, value, onChange, disabled } = props;
  const label = labelOf(name);
  const aria = `${props.context}: ${label}`;
  if (typeof value === "boolean")
    return (
      <Checkbox label={label} aria-label={aria} checked={value} onChange={(e) => onChange(e.currentTarget.checked)} disabled={disabled} />
    );
  if (typeof value === "number" || (value === null && NULLABLE.has(name)))
    return (
      <NumberInput
        label={label}
        aria-label={aria}
        size="xs"
        w={110}
        decimalSeparator=","
        value={value ?? ""}
        placeholder={value === null ? "∞" : undefined}
        onChange={(v) => onChange(v === "" ? (NULLABLE.has(name) ? null : 0) : Number(v))}
        disabled={disabled}
      />
    );
  if (typeof value === "string")
    return (
      <TextInput
        label={label}
        aria-label={aria}
        size="xs"
        w={200}
        value={value}
        onChange={(e) => onChange(e.currentTarget.value)}
        disabled={disabled}
      />
    );
  if (Array.isArray(value)) return <ListField {...props} value={value} />;
  if (value && typeof value === "object")
    return (
      <Stack gap={2}>
        <Text size="xs" fw={600}>
          {label}
        </Text>
        <ObjectFields value={value} onChange={onChange} disabled={disabled} context={aria} />
      </Stack>
    );
  return <Text size="xs">{label}: —</Text>;
}

function ObjectFields(props: { value: { [key: string]: Json }; onChange: (v: Json) => void; disabled: boolean; context: string }) {
  return (
    <Group gap="xs" align="end">
      {Object.entries(props.value)
        .filter(([key]) => key !== "type")
        .map(([key, item]) => (
          <Field
            key={key}
            name={key}
            value={item}
            disabled={props.disabled}
            context={props.context}
            onChange={(next) => props.onChange({ ...props.value, [key]: next })}
          />
        ))}
    </Group>
  );
}

function ListField(props: { name: string; value: Json[]; onChange: (v: Json) => void; disabled: boolean; context: string }) {
  const { value, onChange, disabled } = props;
  return (
    <Stack gap={4}>
      <Text size="xs" fw={600}>
        {labelOf(props.name)}
      </Text>
      {value.map((row, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: rows are edited in place and have no identity
        <Group key={index} gap="xs" align="end" wrap="nowrap">
          {row && typeof row === "object" && !Array.isArray(row) ? (
            <ObjectFields
              value={row}
              disabled={disabled}
              context={`${props.context}, ${labelOf(props.name)} ${index + 1}`}
              onChange={(next) => onChange(value.map((r, i) => (i === index ? next : r)))}
            />
          ) : (
            <Field
              name={props.name}
              value={row}
              disabled={disabled}
              context={props.context}
              onChange={(next) => onChange(value.map((r, i) => (i === index ? next : r)))}
            />
          )}
          {!disabled && value.length > 1 && (
            <ActionIcon
              variant="subtle"
              color="red"
              aria-label={`Удалить строку ${index + 1}: ${labelOf(props.name)}`}
              onClick={() => onChange(value.filter((_, i) => i !== index))}
            >
              ×
            </ActionIcon>
          )}
        </Group>
      ))}
      {!disabled && value.length > 0 && (
        <Button
          size="compact-xs"
          variant="subtle"
          onClick={() => onChange([...value, structuredClone(value[value.length - 1] as Json)])}
          w="fit-content"
        >
          + строка
        </Button>
      )}
    </Stack>
  );
}

const parse = (text: string): { [key: string]: Json } | null => {
  try {
    const value = JSON.parse(text) as Json;
    return value && typeof value === "object" && !Array.isArray(value) ? value : null;
  } catch {
    return null;
  }
};

export function RuleEditor(props: {
  title: string;
  ruleType: string;
  value: string;
  onChange: (text: string) => void;
  error?: string;
  disabled: boolean;
}) {
  const [isRaw, setRaw] = useState(false);
  const rule = parse(props.value);
  const ruleName = RULE_NAMES[props.ruleType] ?? props.ruleType;
  const toggle = (
    <Anchor component="button" type="button" size="xs" underline="always" onClick={() => setRaw(!isRaw)}>
      {isRaw ? "править полями" : "править как JSON"}
    </Anchor>
  );
  if (isRaw || !rule)
    return (
      <Stack gap={2}>
        <Textarea
          aria-label={`Параметры правила: ${props.title}`}
          description={`правило «${ruleName}» (JSON)`}
          value={props.value}
          onChange={(e) => props.onChange(e.currentTarget.value)}
          error={props.error ?? (rule ? undefined : "Не JSON-объект: исправьте текст, чтобы вернуться к полям.")}
          disabled={props.disabled}
          autosize
          minRows={1}
          maxRows={6}
          ff="monospace"
          fz="xs"
          w={420}
        />
        {rule && toggle}
      </Stack>
    );
  return (
    <Stack gap={4} data-rule-editor={props.ruleType}>
      <Text size="xs" c="dimmed">
        правило «{ruleName}»
      </Text>
      <ObjectFields
        value={rule}
        disabled={props.disabled}
        context={props.title}
        onChange={(next) => props.onChange(JSON.stringify(next))}
      />
      {props.error && (
        <Text size="xs" c="red">
          {props.error}
        </Text>
      )}
      {toggle}
    </Stack>
  );
}
