// The two-step file import every import page shares: choose a .xlsx/.csv file, «Проверить» (a dry
// run that writes nothing), then «Сохранить» — offered only when the check allows it.
import { Button, FileInput, Group } from "@mantine/core";
import type { ReactNode } from "react";

export function FileCheckSave(props: {
  label: string;
  file: File | null;
  /** Called with the new file; the caller forgets the previous file's check. */
  onFile: (file: File | null) => void;
  isBusy: boolean;
  canSave: boolean;
  onCheck: () => void;
  onSave: () => void;
  /** Controls before the file field (what kind of file). */
  children?: ReactNode;
}) {
  return (
    <Group align="end">
      {props.children}
      <FileInput label={props.label} placeholder="Выберите файл" value={props.file} onChange={props.onFile} accept=".xlsx,.csv" w={300} />
      <Button onClick={props.onCheck} loading={props.isBusy} disabled={!props.file} variant="light">
        Проверить
      </Button>
      <Button onClick={props.onSave} loading={props.isBusy} disabled={!props.canSave}>
        Сохранить
      </Button>
    </Group>
  );
}
