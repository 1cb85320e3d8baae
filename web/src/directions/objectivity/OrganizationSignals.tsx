// One organization: per grade and subject, the histogram with boundaries and peaks, the journal
// comparison and the dynamics of the share of «2», each with its explanation.
import { Card, Grid, Stack, Text, Title } from "@mantine/core";
import { DynamicsLine, type YearShare } from "./DynamicsLine.tsx";
import { Histogram, type HistogramData } from "./Histogram.tsx";
import { JournalBar } from "./JournalBar.tsx";
import type { SignalRow } from "./queries.ts";

export function OrganizationSignals({ name, signals }: { name: string; signals: readonly SignalRow[] }) {
  const groups = [...new Set(signals.map((s) => `${s.grade}|${s.subject}`))];
  return (
    <Stack id="objectivity-organization">
      <Title order={3}>{name}</Title>
      {groups.map((key) => {
        const of = (kind: string) => signals.find((s) => `${s.grade}|${s.subject}` === key && s.kind === kind);
        const peak = of("BOUNDARY_PEAK");
        const journal = of("JOURNAL_LOWERED");
        const dynamics = of("SHARE2_DYNAMICS");
        const histogram = peak?.details as HistogramData | null | undefined;
        const counts = journal?.details as { lowered: number; confirmed: number; raised: number } | null | undefined;
        const years = (dynamics?.details as { years: YearShare[] } | null | undefined)?.years ?? [];
        return (
          <Card key={key} withBorder>
            <Title order={4}>
              {peak?.grade} класс · {peak?.subject}
            </Title>
            <Grid>
              <Grid.Col span={{ base: 12, md: 7 }}>
                {histogram?.histogram?.length ? <Histogram data={histogram} isRaised={peak?.isRaised ?? false} /> : null}
                <Text size="sm">{peak?.explanation}</Text>
              </Grid.Col>
              <Grid.Col span={{ base: 12, md: 5 }}>
                <Stack gap="xs">
                  <Text fw={500}>Отметки за ВПР и по журналу</Text>
                  {counts && <JournalBar {...counts} />}
                  <Text size="sm">{journal?.explanation}</Text>
                  <Text fw={500}>Доля «2» по годам</Text>
                  <DynamicsLine years={years} />
                  <Text size="sm">{dynamics?.explanation}</Text>
                </Stack>
              </Grid.Col>
            </Grid>
          </Card>
        );
      })}
    </Stack>
  );
}
