import type { Metadata } from "next";
import { listUsers } from "@/db/queries/moderation";
import { requireModerator } from "@/lib/auth/guards";
import { ActionForm, ModerationNav, Outcome } from "@/app/moderation/action-form";

export const metadata: Metadata = { title: "Accounts" };
export const dynamic = "force-dynamic";

export default async function UsersPage({ searchParams }: PageProps<"/moderation/users">) {
  const me = await requireModerator("/moderation/users");
  const params = await searchParams;
  const users = await listUsers();
  return (
    <>
      <h1>Accounts</h1>
      <ModerationNav />
      <Outcome done={params.done} error={params.error} />
      <ol className="timeline">
        {users.map((user) => (
          <li key={user.id} data-testid="account" data-email={user.email ?? ""}>
            <strong>{user.email}</strong> <span className="meta">{user.role}{user.bannedAt ? " · banned" : ""}</span>
            {user.id !== me.id && user.role !== "admin" ? (
              <div className="actions">
                {user.bannedAt ? (
                  <ActionForm id={`unban-${user.id}`} action={`/api/moderation/users/${user.id}/unban`} label="Unban" returnTo="/moderation/users" />
                ) : (
                  <ActionForm id={`ban-${user.id}`} action={`/api/moderation/users/${user.id}/ban`} label="Ban" returnTo="/moderation/users">
                    <label>
                      <input type="checkbox" name="hideReports" /> and hide their reports
                    </label>
                  </ActionForm>
                )}
                {me.role === "admin" ? (
                  <ActionForm
                    id={`role-${user.id}`}
                    action={`/api/moderation/users/${user.id}/role`}
                    label={user.role === "moderator" ? "Make traveller" : "Make moderator"}
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
