// The head's recommendations: acknowledge, write a plan with a date, report progress with a file.
import { Alert, Badge, Button, Card, FileInput, Group, Select, Stack, Text, Textarea, Title } from "@mantine/core";
import { useState } from "react";
import { useMutation } from "urql";
import { DateField } from "../../components/DateField.tsx";
import { formatDate } from "../../format.ts";
import type { ResultOf } from "../../graphql.ts";
import { AcknowledgeRecommendation, errorText, PlanRecommendation, type RecommendationsQuery, ReportProgressMutation } from "./api.ts";
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
  const [, reportProgress] = useMutation(ReportProgressMutation);
  const [planText, setPlanText] = useState(r.plan ?? "");
  const [dueOn, setDueOn] = useState(r.planDueOn ?? "");
  const [report, setReport] = useState("");
  const [status, setStatus] = useState<"IN_PROGRESS" | "DONE">("IN_PROGRESS");
  const [file, setFile] = useState<File | null>(null);
  const [error, setError] = useState<string | null>(null);
  const isWorking = r.status === "ACKNOWLEDGED" || r.status === "IN_PROGRESS";
  const done = (message: string | null) => {
    setError(message);
    if (!message) reload();
  };
  const sendReport = async () => {
    const res = await reportProgress({ id: r.id, text: report, status, file });
    if (!res.error) {
      setReport("");
      setFile(null);
    }
    done(errorText(res.error));
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
            <DateField label="Срок" value={dueOn || null} onChange={(v) => setDueOn(v ?? "")} />
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
              onChange={(v) => setStatus(v === "DONE" ? "DONE" : "IN_PROGRESS")}
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
              {p.fileUrl && (
                <>
                  {" "}
                  (<a href={p.fileUrl}>{p.fileName}</a>)
                </>
              )}
            </Text>
          ))}
        </Stack>
      )}
    </Card>
  );
}
