import type { Metadata } from "next";
import { headers } from "next/headers";
import { buildOpenApiDocument } from "@/lib/api/openapi";

export const metadata: Metadata = { title: "API" };
export const dynamic = "force-dynamic";

type Operation = {
  operationId: string;
  summary: string;
  parameters?: { name: string; in: string; required: boolean; description?: string }[];
  responses: Record<string, { description: string }>;
  security?: unknown[];
};

/** The API for people, rendered from the same OpenAPI document machines read. */
export default async function ApiDocsPage() {
  const host = (await headers()).get("host") ?? "localhost:3000";
  const document = buildOpenApiDocument(`http://${host}`);
  const operations = Object.entries(document.paths).flatMap(([path, methods]) =>
    Object.entries(methods as Record<string, Operation>).map(([method, operation]) => ({ path, method: method.toUpperCase(), operation })),
  );
  return (
    <>
      <h1>{document.info.title}</h1>
      <p>{document.info.summary}</p>
      <p className="muted">
        {document.info.description} Machine-readable: <a href="/api/v1/openapi.json">/api/v1/openapi.json</a> (OpenAPI {document.openapi}). Public GET
        answers allow any origin (CORS) and carry an ETag.
      </p>
      {operations.map(({ path, method, operation }) => (
        <section key={`${method} ${path}`} className="card api-operation" aria-labelledby={operation.operationId} data-testid="operation">
          <h2 id={operation.operationId}>
            <code>
              {method} {path}
            </code>
          </h2>
          <p>
            {operation.summary}
            {operation.security ? " (signed in)" : ""}
          </p>
          {operation.parameters?.length ? (
            <table>
              <caption className="visually-hidden">Parameters</caption>
              <thead>
                <tr>
                  <th scope="col">Parameter</th>
                  <th scope="col">In</th>
                  <th scope="col">Meaning</th>
                </tr>
              </thead>
              <tbody>
                {operation.parameters.map((parameter) => (
                  <tr key={parameter.name}>
                    <td>
                      <code>{parameter.name}</code>
                      {parameter.required ? " (required)" : ""}
                    </td>
                    <td>{parameter.in}</td>
                    <td>{parameter.description}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
          <ul className="small">
            {Object.entries(operation.responses).map(([code, response]) => (
              <li key={code}>
                <code>{code}</code> {response.description}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
