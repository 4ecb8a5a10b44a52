import Link from "next/link";
import type { Column } from "@/components/ui/Table";

/** The column that names a municipality by a link to its page: the row header of every place table. */
export const municipalityColumn = <Row extends { code: number; name: string }>(header: string): Column<Row> => ({
  key: "municipality",
  header,
  rowHeader: true,
  cell: (m) => <Link href={`/kommuner/${m.code}`}>{m.name}</Link>,
});
