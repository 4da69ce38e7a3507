/**
 * Reads the operations out of an OpenAPI (3.x or Swagger 2) definition, for the API entity page.
 */
import { parse } from 'yaml';

export interface Operation {
  method: string;
  path: string;
  summary: string;
  operationId: string | undefined;
}

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

/** Returns the operations in document order, or an error message when the definition cannot be read. */
export function openApiOperations(definition: string): { operations: Operation[]; title?: string | undefined; version?: string | undefined; error?: string } {
  let doc: unknown;
  try {
    doc = parse(definition);
  } catch (e) {
    return { operations: [], error: `the definition is not valid YAML or JSON: ${(e as Error).message.split('\n')[0]}` };
  }
  if (!doc || typeof doc !== 'object') return { operations: [], error: 'the definition is empty' };
  const d = doc as { paths?: Record<string, Record<string, { summary?: string; operationId?: string; description?: string }>>; info?: { title?: string; version?: string } };
  const operations: Operation[] = [];
  for (const [path, item] of Object.entries(d.paths ?? {})) {
    if (!item || typeof item !== 'object') continue;
    for (const [method, op] of Object.entries(item)) {
      if (!METHODS.includes(method) || !op || typeof op !== 'object') continue;
      operations.push({ method: method.toUpperCase(), path, summary: op.summary ?? op.description?.split('\n')[0] ?? '', operationId: op.operationId });
    }
  }
  return { operations, title: d.info?.title, version: d.info?.version };
}
