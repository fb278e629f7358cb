// Typed calls to the routes of the OpenAPI document: a route's path and query parameters, its request
// body and its success answer all come from the generated `paths`, so a call that does not match the
// contract does not compile. Endpoint functions in this folder are the only callers; pages use those.
import type { components, paths } from './generated/schema';
import { request, withQuery } from './client';

/** The named schemas of the document (components/schemas). */
export type Schemas = components['schemas'];

/** The prefix the document's paths carry and request() adds. */
type Prefix = '/api/v1';
type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';
/** A route as the client names it: the document's path without the /api/v1 prefix. */
type Route = { [P in keyof paths]: P extends `${Prefix}${infer R}` ? R : never }[keyof paths];
type Item<R extends Route> = paths[`${Prefix}${R}`];
/** The routes that answer a method. */
export type RoutesOf<M extends Method> = { [R in Route]: Item<R>[M] extends undefined ? never : R }[Route];
type Operation<R extends Route, M extends Method> = NonNullable<Item<R>[M]>;

type Parameters_<O> = O extends { parameters: infer P } ? P : never;
type PathArg<O> = Parameters_<O> extends { path: infer X } ? { path: X } : unknown;
type QueryArg<O> =
  Parameters_<O> extends { query: infer Q }
    ? { query: Q }
    : Parameters_<O> extends { query?: infer Q }
      ? [NonNullable<Q>] extends [never]
        ? unknown
        : { query?: Q }
      : unknown;
type BodyOf<O> = O extends { requestBody?: { content: { 'application/json': infer B } } } ? B : never;
type BodyArg<O> = O extends { requestBody: unknown }
  ? [BodyOf<O>] extends [never]
    ? unknown
    : { body: BodyOf<O> }
  : [NonNullable<BodyOf<O>>] extends [never]
    ? unknown
    : { body?: BodyOf<O> };
/** Bytes sent as they are (an uploaded file) to a route whose body is not JSON. */
interface RawArg {
  raw?: { text: string | Blob; contentType: string };
  /** A 401 here is an expected answer (wrong password), not an expired session. */
  expectUnauthorized?: boolean;
}
export type Args<O> = PathArg<O> & QueryArg<O> & BodyArg<O> & RawArg;

type Json<X> = X extends { content: { 'application/json': infer J } } ? J : void;
type Success<O> = O extends { responses: infer Rs }
  ? { [K in keyof Rs]: K extends 200 | 201 | 202 | 204 ? Json<Rs[K]> : never }[keyof Rs]
  : never;

/** The success answer of a route, for the endpoint functions' callers. */
export type Answer<M extends Method, R extends RoutesOf<M>> = Success<Operation<R, M>>;

type Rest<O> = object extends Args<O> ? [args?: Args<O>] : [args: Args<O>];

interface AnyArgs {
  path?: Record<string, string | number>;
  query?: Record<string, string | number | boolean | undefined | null>;
  body?: unknown;
  raw?: RawArg['raw'];
  expectUnauthorized?: boolean;
}

function resolve(route: string, args: AnyArgs): string {
  const path = route.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = args.path?.[name];
    if (value === undefined) throw new Error(`missing path parameter ${name} of ${route}`);
    return encodeURIComponent(String(value));
  });
  return args.query ? withQuery(path, args.query) : path;
}

export function call<M extends Method, R extends RoutesOf<M>>(
  method: M,
  route: R,
  ...[args]: Rest<Operation<R, M>>
): Promise<Success<Operation<R, M>>> {
  const a = (args ?? {}) as AnyArgs;
  return request(method.toUpperCase(), resolve(route, a), {
    body: a.body,
    raw: a.raw,
    expectUnauthorized: a.expectUnauthorized,
  });
}

/** The address of a GET route, for a download or a link. */
export function urlOf<R extends RoutesOf<'get'>>(route: R, ...[args]: Rest<Operation<R, 'get'>>): string {
  return resolve(route, (args ?? {}));
}

/** A route's query parameters, for endpoint functions that pass them through. */
export type QueryOf<M extends Method, R extends RoutesOf<M>> = NonNullable<
  Parameters_<Operation<R, M>> extends { query?: infer Q } ? Q : never
>;
/** A route's JSON request body. */
export type BodyOfRoute<M extends Method, R extends RoutesOf<M>> = BodyOf<Operation<R, M>>;
