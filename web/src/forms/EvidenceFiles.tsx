// Documents confirming a value (element) or the organization's data as a whole (element null):
// the list with download links and an upload through the GraphQL multipart request.
import { Anchor, Button, CloseButton, FileButton, Group, Text } from "@mantine/core";
import { useMutation } from "urql";
import { errorText } from "../components/api-error.ts";
import { AttachEvidenceMutation, type FormEvidence, RemoveEvidenceMutation } from "./api.ts";

const ACCEPT = ".pdf,.jpg,.jpeg,.png,.docx,.xlsx,.odt,.ods";

export function EvidenceFiles(props: {
  cycleId: string;
  organizationId: string;
  element: string | null;
  files: readonly FormEvidence[];
  canChange: boolean;
  label?: string;
  onChanged: (notice: string | null, error: string | null) => void;
}) {
  const [{ fetching: busy }, attach] = useMutation(AttachEvidenceMutation);
  const [, remove] = useMutation(RemoveEvidenceMutation);
  const upload = async (file: File | null) => {
    if (!file) return;
    const result = await attach({ cycleId: props.cycleId, organizationId: props.organizationId, element: props.element, file });
    if (result.error) props.onChanged(null, errorText(result.error));
    else props.onChanged(`Документ «${result.data?.attachEvidence.fileName ?? file.name}» прикреплён.`, null);
  };
  const onRemove = async (file: FormEvidence) => {
    const result = await remove({ id: file.id });
    if (result.error) props.onChanged(null, errorText(result.error));
    else props.onChanged(`Документ «${file.fileName}» удалён.`, null);
  };
  return (
    <Group gap={6} wrap="wrap" data-evidence={props.element ?? "organization"}>
      {props.files.map((f) => (
        <Group key={f.id} gap={2}>
          <Anchor href={f.url} size="xs" target="_blank">
            {f.fileName}
          </Anchor>
          {props.canChange && <CloseButton size="xs" aria-label={`Удалить документ ${f.fileName}`} onClick={() => onRemove(f)} />}
        </Group>
      ))}
      {props.canChange && (
        <FileButton onChange={upload} accept={ACCEPT}>
          {(p) => (
            <Button {...p} size="compact-xs" variant="subtle" loading={busy}>
              {props.label ?? "+ документ"}
            </Button>
          )}
        </FileButton>
      )}
      {!props.canChange && props.files.length === 0 && (
        <Text size="xs" c="dimmed">
          —
        </Text>
      )}
    </Group>
  );
}
