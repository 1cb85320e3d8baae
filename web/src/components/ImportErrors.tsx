// A refused file: every problem with its row and column, so the user fixes the file in one pass.
import { Alert, Table } from "@mantine/core";
import { plural } from "../format.ts";

export interface ImportProblemRow {
  row: number | null;
  column: string | null;
  message: string;
}

const SHOWN = 100;

export function ImportErrors({ errors }: { errors: readonly ImportProblemRow[] }) {
  if (errors.length === 0) return null;
  return (
    <Alert color="red" title={`Файл не импортирован: ${errors.length} ${plural(errors.length, ["ошибка", "ошибки", "ошибок"])}`}>
      <Table.ScrollContainer minWidth={480}>
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Строка</Table.Th>
              <Table.Th>Столбец</Table.Th>
              <Table.Th>Что исправить</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {errors.slice(0, SHOWN).map((e, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: problems have no identity
              <Table.Tr key={i}>
                <Table.Td>{e.row ?? ""}</Table.Td>
                <Table.Td>{e.column ?? ""}</Table.Td>
                <Table.Td>{e.message}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {errors.length > SHOWN && `…и ещё ${errors.length - SHOWN}. Исправьте показанные и проверьте файл снова.`}
    </Alert>
  );
}
