import type { Metadata } from "next";
import { listUsers } from "@/db/queries/moderation";
import { requireModerator } from "@/server/auth/guards";
import { getI18n } from "@/server/i18n";
import { ownEntry } from "@/lib/i18n/catalog";
import { ActionForm, ModerationNav, Outcome } from "@/app/moderation/action-form";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t.moderation.users.title };
}
export const dynamic = "force-dynamic";

export default async function UsersPage({ searchParams }: PageProps<"/moderation/users">) {
  const me = await requireModerator("/moderation/users");
  const params = await searchParams;
  const users = await listUsers();
  const { t } = await getI18n();
  const u = t.moderation.users;
  const a = t.moderation.action;
  return (
    <>
      <h1>{u.title}</h1>
      <ModerationNav />
      <Outcome done={params.done} error={params.error} />
      <ol className="timeline">
        {users.map((user) => (
          <li key={user.id} data-testid="account" data-email={user.email ?? ""}>
            <strong>{user.email}</strong>{" "}
            <span className="meta">
              {ownEntry(u.roles, user.role) ?? user.role}
              {user.bannedAt ? u.banned : ""}
              {" · "}
              <span data-testid="standing">{u.standing(ownEntry(u.tiers, user.standing.tier) ?? user.standing.tier, user.standing.score.toFixed(2))}</span>
            </span>
            <br />
            <span className="meta">{u.record(user.record.reports, user.record.corroborated, user.record.hidden, user.record.disputed)}</span>
            {user.id !== me.id && user.role !== "admin" ? (
              <div className="actions">
                {user.bannedAt ? (
                  <ActionForm id={`unban-${user.id}`} action={`/api/moderation/users/${user.id}/unban`} label={a.unban} returnTo="/moderation/users" />
                ) : (
                  <ActionForm id={`ban-${user.id}`} action={`/api/moderation/users/${user.id}/ban`} label={a.ban} returnTo="/moderation/users">
                    <label>
                      <input type="checkbox" name="hideReports" /> {a.andHideReports}
                    </label>
                  </ActionForm>
                )}
                {me.role === "admin" ? (
                  <ActionForm
                    id={`role-${user.id}`}
                    action={`/api/moderation/users/${user.id}/role`}
                    label={user.role === "moderator" ? a.makeTraveller : a.makeModerator}
                    returnTo="/moderation/users"
                  >
                    <input type="hidden" name="role" value={user.role === "moderator" ? "traveller" : "moderator"} />
                  </ActionForm>
                ) : null}
              </div>
            ) : null}
          </li>
        ))}
      </ol>
    </>
  );
}
