// «Что даст переход на следующий уровень» on the head's card.
import { Card, List, Text, Title } from "@mantine/core";
import { useQuery } from "urql";
import { formatNumber, formatPercent } from "../../format.ts";
import { graphql } from "../../graphql.ts";

const WhatIfQuery = graphql(`
  query WhatIf($cycleId: ID!, $organizationId: ID!) {
    whatIf(cycleId: $cycleId, organizationId: $organizationId) {
      isAlreadyHighest isReachable method explanation resultingPercent
      steps { indicatorCode title fromPoints toPoints pointsAdded totalAfter }
    }
  }
`);

export function WhatIfBox({ cycleId, organizationId }: { cycleId: string; organizationId: string }) {
  const [{ data }] = useQuery({ query: WhatIfQuery, variables: { cycleId, organizationId } });
  const w = data?.whatIf;
  if (!w) return null;
  return (
    <Card withBorder data-testid="what-if">
      <Title order={4}>Что даст переход на следующий уровень</Title>
      <Text size="sm" mt="xs">
        {w.explanation}
      </Text>
      {w.steps.length > 0 && (
        <List size="sm" mt="xs">
          {w.steps.map((s) => (
            <List.Item key={s.indicatorCode}>
              <b>{s.indicatorCode}</b> {s.title}: {formatNumber(s.fromPoints)} → {formatNumber(s.toPoints)} балла (+
              {formatNumber(s.pointsAdded)}), итог {formatPercent(s.totalAfter)}
            </List.Item>
          ))}
        </List>
      )}
    </Card>
  );
}
