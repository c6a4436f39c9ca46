import type { Metadata } from "next";
import { headers } from "next/headers";
import { buildOpenApiDocument } from "@/lib/api/openapi";
import { getI18n } from "@/server/i18n";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t.pages.apiDocs.title };
}

type Operation = {
  operationId: string;
  summary: string;
  parameters?: { name: string; in: string; required: boolean; description?: string }[];
  responses: Record<string, { description: string }>;
  security?: unknown[];
};

/** The API for people, rendered from the same OpenAPI document machines read. The document's
 * own words (titles, summaries, descriptions) are the API's and stay English; the page's are
 * in the reader's language. */
export default async function ApiDocsPage() {
  const [headerList, { t }] = await Promise.all([headers(), getI18n()]);
  const a = t.pages.apiDocs;
  const host = headerList.get("host") ?? "localhost:3000";
  const document = buildOpenApiDocument(`http://${host}`);
  const operations = Object.entries(document.paths).flatMap(([path, methods]) =>
    Object.entries(methods as Record<string, Operation>).map(([method, operation]) => ({ path, method: method.toUpperCase(), operation })),
  );
  return (
    <>
      <h1 lang="en">{document.info.title}</h1>
      {a.languageNote ? <p className="muted">{a.languageNote}</p> : null}
      <p lang="en">{document.info.summary}</p>
      <p className="muted">
        <span lang="en">{document.info.description}</span> {a.machineReadable} <a href="/api/v1/openapi.json">/api/v1/openapi.json</a> (OpenAPI {document.openapi}). {a.cors}
      </p>
      {operations.map(({ path, method, operation }) => (
        <section key={`${method} ${path}`} className="card api-operation" aria-labelledby={operation.operationId} data-testid="operation">
          <h2 id={operation.operationId}>
            <code>
              {method} {path}
            </code>
          </h2>
          <p>
            <span lang="en">{operation.summary}</span>
            {operation.security?.length ? a.signedIn : ""}
          </p>
          {operation.parameters?.length ? (
            <table>
              <caption className="visually-hidden">{a.parameters}</caption>
              <thead>
                <tr>
                  <th scope="col">{a.parameter}</th>
                  <th scope="col">{a.in}</th>
                  <th scope="col">{a.meaning}</th>
                </tr>
              </thead>
              <tbody>
                {operation.parameters.map((parameter) => (
                  <tr key={parameter.name}>
                    <td>
                      <code>{parameter.name}</code>
                      {parameter.required ? a.required : ""}
                    </td>
                    <td>{parameter.in}</td>
                    <td lang="en">{parameter.description}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
          <ul className="small">
            {Object.entries(operation.responses).map(([code, response]) => (
              <li key={code}>
                <code>{code}</code> <span lang="en">{response.description}</span>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
