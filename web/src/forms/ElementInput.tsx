// One input per element type: numbers as text (a decimal comma is fine, the server parses it),
// booleans as да/нет, levels as a select of the plugin's options, text as a textarea. The unit is
// shown beside the field; the English code only in a tooltip.
import { Select, Textarea, TextInput } from "@mantine/core";
import type { ElementMeta } from "./element-value.ts";

const YES_NO = [
  { value: "true", label: "да" },
  { value: "false", label: "нет" },
];

export function ElementInput(props: {
  element: ElementMeta;
  value: string;
  error?: string | null;
  disabled?: boolean;
  onChange: (text: string) => void;
}) {
  const { element, value, error, disabled, onChange } = props;
  const common = {
    "aria-label": element.title,
    "data-element": element.code,
    error: error || undefined,
    disabled,
    title: element.code,
  };
  if (element.type === "boolean" || element.type === "level") {
    const options = element.type === "boolean" ? YES_NO : element.options.map((o) => ({ value: o.value, label: o.label }));
    return (
      <Select
        {...common}
        data={options}
        value={value || null}
        onChange={(v) => onChange(v ?? "")}
        clearable
        placeholder="не указано"
        w={220}
      />
    );
  }
  if (element.type === "text") {
    return <Textarea {...common} value={value} onChange={(e) => onChange(e.currentTarget.value)} autosize minRows={1} w={320} />;
  }
  const unit = element.unit && element.unit !== "да/нет" ? element.unit : undefined;
  return (
    <TextInput
      {...common}
      value={value}
      inputMode={element.type === "integer" ? "numeric" : "decimal"}
      onChange={(e) => onChange(e.currentTarget.value)}
      rightSection={unit}
      rightSectionWidth={unit ? Math.max(36, unit.length * 9) : undefined}
      w={220}
    />
  );
}
