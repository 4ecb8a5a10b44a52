// Steps of the gate journey shared by the gate specs: finding a demo pilot, scoring through the
// real form, and reading the pool balance off the secretariat's gate overview.
import type { APIRequestContext, Page } from "@playwright/test";
import { expect, signInAs } from "../fixtures";

export const FDD = "faellesskab-for-dynamiske-data";
export const FDD_SECRETARIAT = "sekretariat@gate21.example";

/** A pilot's id by its exact title, through the open JSON API. */
export async function pilotId(request: APIRequestContext, title: string): Promise<number> {
  const body = await (await request.get(`/api/v1/pilots?q=${encodeURIComponent(title)}`)).json();
  const hit = body.items.find((p: { title: string }) => p.title === title);
  expect(hit, `pilot "${title}" in the API list`).toBeTruthy();
  return hit.id;
}

/** "1.234.567 kr." → 1234567 */
export const kroner = (text: string) => Number(/([\d.]+) kr\./.exec(text)![1].replace(/\./g, ""));
export const kr = (n: number) => `${new Intl.NumberFormat("da-DK").format(n)} kr.`;

/** This year's pool balance, as the community's secretariat sees it on the gate overview. */
export async function poolBalance(page: Page, slug = FDD, secretariat = FDD_SECRETARIAT): Promise<number> {
  await signInAs(page, secretariat);
  await page.goto(`/faellesskaber/${slug}/gates`);
  return kroner(await page.getByTestId("pool-line").innerText());
}

/** Signs in as a steering member and hands in a scorecard with `score` on every criterion. */
export async function scoreAs(page: Page, email: string, gateUrl: string, score: number) {
  await signInAs(page, email);
  await page.goto(gateUrl);
  const card = page.getByRole("region", { name: "Dit scorekort" });
  const groups = card.getByRole("group").filter({ hasText: "vægt" });
  const n = await groups.count();
  expect(n).toBeGreaterThan(0);
  for (let i = 0; i < n; i++) {
    const group = groups.nth(i);
    await group.getByLabel(String(score), { exact: true }).check();
  }
  for (const comment of await card.getByLabel(/^Kommentar:/).all())
    await comment.fill(`Score ${score}: vurderet ud fra resultatloggen.`);
  await card.getByRole("button", { name: "Afgiv scorekort" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Dit scorekort er afgivet." })).toBeVisible();
}
