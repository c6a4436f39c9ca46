/**
 * The arguments of `npm run db:backup [file] [--force]` and `npm run db:restore <file> [--force]`,
 * validated with zod so a typo stops with a message instead of doing something else.
 */
import { parseArgs } from "node:util";
import { z } from "zod";

const fileArgument = z
  .string()
  .trim()
  .min(1, "the file name is empty")
  .refine((file) => !file.startsWith("-"), "a file name cannot start with '-'");

const backupSchema = z.object({ file: fileArgument.optional(), force: z.boolean() });
const restoreSchema = z.object({ file: fileArgument, force: z.boolean() });

export type BackupOptions = z.infer<typeof backupSchema>;
export type RestoreOptions = z.infer<typeof restoreSchema>;

/** Thrown for bad arguments: the scripts print the message and the usage, and exit 2. */
export class UsageError extends Error {}

function parse<T>(argv: string[], schema: z.ZodType<T>, maxFiles: number): T {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: { force: { type: "boolean", default: false } }, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  if (parsed.positionals.length > maxFiles) throw new UsageError(`expected at most ${maxFiles} file name, got ${parsed.positionals.length}`);
  const result = schema.safeParse({ file: parsed.positionals[0], force: parsed.values.force });
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new UsageError(
      issue.path[0] === "file" && issue.code === "invalid_type" ? "name the backup file to restore" : `${String(issue.path[0] ?? "arguments")}: ${issue.message}`,
    );
  }
  return result.data;
}

export const parseBackupArgs = (argv: string[]): BackupOptions => parse(argv, backupSchema, 1);
export const parseRestoreArgs = (argv: string[]): RestoreOptions => parse(argv, restoreSchema, 1);

export const backupUsage = "usage: npm run db:backup -- [file] [--force]   (--force: overwrite an existing file)";
export const restoreUsage = "usage: npm run db:restore -- <file> [--force]   (--force: replace a database that has data)";
