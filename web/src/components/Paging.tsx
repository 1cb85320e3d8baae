// Page numbers with Russian names for the arrows and the pages (screen readers read them).
import { Pagination } from "@mantine/core";

const CONTROLS = { first: "Первая страница", previous: "Предыдущая страница", next: "Следующая страница", last: "Последняя страница" };

export function Paging(props: { total: number; value: number; onChange: (page: number) => void }) {
  return (
    <Pagination
      total={props.total}
      value={props.value}
      onChange={props.onChange}
      size="sm"
      getControlProps={(control) => ({ "aria-label": CONTROLS[control] })}
      getItemProps={(page) => ({ "aria-label": `Страница ${page}` })}
    />
  );
}
