import { Accordion, Badge, Stack, Table, Text, Title } from "@mantine/core";
import { useQuery } from "urql";
import { formatNumber } from "../format.ts";
import { graphql } from "../graphql.ts";

const DirectionsQuery = graphql(`
  query Directions {
    directions {
      id code title description weight
      indicators { code title unit maxPoints usedInRating appliesTo ruleType source { kind reference } }
    }
  }
`);

const RULE_LABELS: Record<string, string> = {
  binary: "наличие",
  bands: "шкала",
  perUnit: "за единицу",
  level: "уровень",
  relativeToMean: "к среднему",
  relativeToBest: "к лучшему",
  dynamics: "динамика",
};
const KIND_SHORT = { SCHOOL: "Ш", PRESCHOOL: "Д", ADDITIONAL: "У" } as const;

export function DirectionsPage() {
  const [{ data }] = useQuery({ query: DirectionsQuery });
  return (
    <Stack>
      <Title order={2}>Методика: направления и показатели</Title>
      <Accordion variant="separated" multiple>
        {data?.directions.map((d) => (
          <Accordion.Item key={d.id} value={d.id}>
            <Accordion.Control>
              <b>{d.code}</b> {d.title} <Badge variant="light">{d.indicators.length}</Badge>
            </Accordion.Control>
            <Accordion.Panel>
              <Text size="sm" mb="sm">
                {d.description}
              </Text>
              <Table>
                <Table.Tbody>
                  {d.indicators.map((i) => (
                    <Table.Tr key={i.code}>
                      <Table.Td>{i.code}</Table.Td>
                      <Table.Td>
                        {i.title}{" "}
                        {!i.usedInRating && (
                          <Badge size="xs" variant="outline">
                            не в рейтинге
                          </Badge>
                        )}
                      </Table.Td>
                      <Table.Td>{i.appliesTo.map((k) => KIND_SHORT[k]).join(" ")}</Table.Td>
                      <Table.Td>{RULE_LABELS[i.ruleType] ?? i.ruleType}</Table.Td>
                      <Table.Td>до {formatNumber(i.maxPoints)} б.</Table.Td>
                      <Table.Td>
                        <Text size="xs" c="dimmed">
                          {i.source.kind === "src" ? i.source.reference : `предложение: ${i.source.reference}`}
                        </Text>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Accordion.Panel>
          </Accordion.Item>
        ))}
      </Accordion>
    </Stack>
  );
}
