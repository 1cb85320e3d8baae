// The head's recommendations: acknowledge, write a plan with a date, report progress with a file.
import { Alert, Badge, Button, Card, FileInput, Group, Select, Stack, Text, Textarea, TextInput, Title } from "@mantine/core";
import { useState } from "react";
import { useMutation } from "urql";
import { formatDate } from "../../format.ts";
import type { ResultOf } from "../../graphql.ts";
import { uploadFile } from "../../upload.ts";
import { AcknowledgeRecommendation, errorText, PlanRecommendation, PROGRESS_MUTATION, type RecommendationsQuery } from "./api.ts";
import { RecBadges } from "./OperatorView.tsx";

type Rec = ResultOf<typeof RecommendationsQuery>["recommendations"][number];

export function HeadView({ items, reload }: { items: Rec[]; reload: () => void }) {
  if (items.length === 0) return <Alert>Управление образования ещё не направило вам рекомендаций по этому циклу.</Alert>;
  return (
    <Stack>
      {items.map((r) => (
        <HeadCard key={r.id} r={r} reload={reload} />
      ))}
    </Stack>
  );
}

function HeadCard({ r, reload }: { r: Rec; reload: () => void }) {
  const [, acknowledge] = useMutation(AcknowledgeRecommendation);
  const [, plan] = useMutation(PlanRecommendation);
  const [planText, setPlanText] = useState(r.plan ?? "");
  const [dueOn, setDueOn] = useState(r.planDueOn ?? "");
  const [report, setReport] = useState("");
  const [status, setStatus] = useState<string>("IN_PROGRESS");
  const [file, setFile] = useState<File | null>(null);
  const [error, setError] = useState<string | null>(null);
  const isWorking = r.status === "ACKNOWLEDGED" || r.status === "IN_PROGRESS";
  const done = (message: string | null) => {
    setError(message);
    if (!message) reload();
  };
  const sendReport = async () => {
    const variables = { id: r.id, text: report, status };
    const res = file
      ? await uploadFile<unknown>(PROGRESS_MUTATION, variables, file)
      : ((await (
          await fetch("/graphql", {
            method: "POST",
            credentials: "same-origin",
            headers: { "content-type": "application/json" },
            body: JSON.stringify({ query: PROGRESS_MUTATION, variables }),
          })
        ).json()) as { errors?: { message: string }[] });
    if (!res.errors?.length) setReport("");
    done(res.errors?.[0]?.message ?? null);
  };
  return (
    <Card withBorder data-rec={r.id}>
      <Group justify="space-between">
        <Title order={5}>{r.indicatorCode ?? r.directionCode ?? "Рекомендация"}</Title>
        <RecBadges r={r} />
      </Group>
      <Text mt="xs">{r.text}</Text>
      <Text size="xs" c="dimmed">
        направлена {formatDate(r.sentAt)}
        {r.acknowledgedAt && ` · принята ${formatDate(r.acknowledgedAt)}`}
        {r.doneAt && ` · выполнена ${formatDate(r.doneAt)}`}
      </Text>
      {error && (
        <Alert color="red" mt="xs">
          {error}
        </Alert>
      )}
      {r.status === "SENT" && (
        <Button mt="sm" onClick={async () => done(errorText((await acknowledge({ id: r.id })).error))}>
          Принять к исполнению
        </Button>
      )}
      {isWorking && (
        <Stack mt="sm" gap="xs">
          <Group align="end">
            <Textarea
              label="План мероприятий"
              autosize
              minRows={2}
              w={420}
              value={planText}
              onChange={(e) => setPlanText(e.currentTarget.value)}
            />
            <TextInput label="Срок" type="date" value={dueOn} onChange={(e) => setDueOn(e.currentTarget.value)} />
            <Button variant="light" onClick={async () => done(errorText((await plan({ id: r.id, plan: planText, dueOn })).error))}>
              Сохранить план
            </Button>
          </Group>
          <Group align="end">
            <Textarea label="Что сделано" autosize minRows={2} w={420} value={report} onChange={(e) => setReport(e.currentTarget.value)} />
            <Select
              label="Статус"
              w={160}
              data={[
                { value: "IN_PROGRESS", label: "выполняется" },
                { value: "DONE", label: "выполнена" },
              ]}
              value={status}
              onChange={(v) => setStatus(v ?? "IN_PROGRESS")}
            />
            <FileInput label="Файл (по желанию)" w={200} value={file} onChange={setFile} clearable />
            <Button onClick={sendReport}>Отправить отчёт</Button>
          </Group>
        </Stack>
      )}
      {r.plan && (
        <Text size="sm" mt="xs">
          <b>План:</b> {r.plan} {r.planDueOn && `(срок ${formatDate(r.planDueOn)})`}
        </Text>
      )}
      {r.progress.length > 0 && (
        <Stack gap={2} mt="xs">
          {r.progress.map((p) => (
            <Text size="sm" key={p.id}>
              {formatDate(p.createdAt)} · <Badge size="xs">{p.status === "DONE" ? "выполнена" : "выполняется"}</Badge> {p.text}
              {p.fileName && ` (файл: ${p.fileName})`}
            </Text>
          ))}
        </Stack>
      )}
    </Card>
  );
}
