/**
 * The OpenAPI 3.1 document, generated from the route table and its zod schemas (JSON Schema
 * 2020-12, which OpenAPI 3.1 uses as is): the validators and the document cannot disagree.
 */
import { z } from 'zod';
import { ErrorBodySchema, type ErrorStatus } from './errors.js';
import type { RouteSpec } from './routes.js';

type Json = Record<string, unknown>;

function schemaOf(s: z.ZodType, io: 'input' | 'output'): Json {
  const { $schema: _, ...rest } = z.toJSONSchema(s, { io, unrepresentable: 'any' }) as Json;
  return rest;
}

const ERROR_TEXT: Record<ErrorStatus, string> = {
  400: 'validation-failed: a parameter or the body is invalid',
  404: 'not-found',
  413: 'payload-too-large',
  415: 'unsupported-media-type',
  422: 'unprocessable-report: the body is not a usable report (empty, binary, no article text)',
  500: 'internal',
};

function parameters(schema: z.ZodType, where: 'query' | 'path'): Json[] {
  const json = schemaOf(schema, 'input');
  const props = (json['properties'] ?? {}) as Record<string, Json>;
  const required = new Set((json['required'] ?? []) as string[]);
  return Object.entries(props).map(([name, s]) => ({
    name, in: where, required: where === 'path' || required.has(name),
    ...(typeof s['description'] === 'string' ? { description: s['description'] } : {}),
    schema: s,
  }));
}

export function openApiDocument(routes: readonly RouteSpec[], info: { title: string; version: string }): Json {
  const paths: Record<string, Json> = {};
  for (const r of routes) {
    const path = r.path.replace(/:([A-Za-z_]+)/g, '{$1}');
    const responses: Json = {};
    for (const ok of r.responses) {
      responses[String(ok.status)] = { description: ok.description, content: { 'application/json': { schema: schemaOf(ok.schema, 'output') } } };
    }
    for (const status of [...r.errors, 500 as const]) {
      responses[String(status)] = { description: ERROR_TEXT[status], content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } };
    }
    const params = [
      ...(r.params ? parameters(r.params, 'path') : []),
      ...(r.query ? parameters(r.query, 'query') : []),
      ...(r.body ? parameters(r.body.rawQuery, 'query').map((p) => ({ ...p, description: `raw uploads only${p['description'] ? `: ${String(p['description'])}` : ''}` })) : []),
    ];
    const op: Json = { summary: r.summary, operationId: `${r.method}${path.replace(/[{}]/g, '').split('/').filter(Boolean).map((s) => s[0]!.toUpperCase() + s.slice(1)).join('')}`, responses };
    if (params.length > 0) op['parameters'] = params;
    if (r.body) {
      const raw: Json = {};
      for (const type of r.body.raw) raw[type] = { schema: { type: 'string' } };
      op['requestBody'] = { required: true, content: { 'application/json': { schema: schemaOf(r.body.json, 'input') }, ...raw } };
    }
    paths[path] = { ...(paths[path] ?? {}), [r.method]: op };
  }
  return {
    openapi: '3.1.0',
    info: { ...info, description: 'Parley: news reports about a negotiation → a sourced, structured, queryable record.' },
    paths,
    components: { schemas: { Error: schemaOf(ErrorBodySchema, 'output') } },
  };
}
