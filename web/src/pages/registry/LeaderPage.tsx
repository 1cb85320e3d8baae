import { Alert, Anchor, Badge, Card, Loader, Stack, Table, Text, Title } from "@mantine/core";
import { useQuery } from "urql";
import { formatDate } from "../../format.ts";
import { href } from "../../route.ts";
import { LeaderQuery } from "./api.ts";

/** A person's page: contacts and appointments across organizations. */
export function LeaderPage(props: { leaderId: string }) {
  const [{ data, fetching, error }] = useQuery({ query: LeaderQuery, variables: { id: props.leaderId } });
  const leader = data?.leader;
  if (fetching && !leader) return <Loader />;
  if (error) return <Alert color="red">{error.graphQLErrors[0]?.message ?? error.message}</Alert>;
  if (!leader) return <Alert color="gray">Руководитель не найден.</Alert>;
  return (
    <Stack>
      <Title order={2}>{leader.fullName}</Title>
      <Card withBorder>
        <Text size="sm">E-mail: {leader.email ?? "—"}</Text>
        <Text size="sm">Телефон: {leader.phone ?? "—"}</Text>
        <Text size="sm">Учётная запись: {leader.accountLogin ?? "не создана"}</Text>
      </Card>
      <Title order={4}>История назначений</Title>
      <Table>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Организация</Table.Th>
            <Table.Th>Должность</Table.Th>
            <Table.Th>Период</Table.Th>
            <Table.Th>Приказ</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {leader.appointments.map((a) => (
            <Table.Tr key={a.id}>
              <Table.Td>
                <Anchor href={href({ page: "organization", organizationId: a.organization.id })}>{a.organization.name}</Anchor>{" "}
                {a.isCurrent && <Badge color="green">в должности</Badge>}
              </Table.Td>
              <Table.Td>
                {a.position} {a.isActing && <Badge color="orange">и.о.</Badge>}
              </Table.Td>
              <Table.Td>
                {formatDate(a.startsOn)} — {a.endsOn ? formatDate(a.endsOn) : "по настоящее время"}
              </Table.Td>
              <Table.Td>{a.orderNumber ? `№ ${a.orderNumber}` : "—"}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
