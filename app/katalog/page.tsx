import { permanentRedirect } from "next/navigation";
import { parseCatalogueParams, catalogueHref } from "@/lib/search/params";

// The catalogue lives at /piloter (the address of the pilot list it replaced, so old links keep working);
// /katalog, the name people use for it, leads there with the same search.
type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function CatalogueAlias({ searchParams }: Props) {
  permanentRedirect(catalogueHref(parseCatalogueParams(await searchParams)));
}
