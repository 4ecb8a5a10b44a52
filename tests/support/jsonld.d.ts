// jsonld ships no types; the tests use only `expand`.
declare module "jsonld" {
  const jsonld: { expand(input: object, options?: object): Promise<Record<string, unknown>[]> };
  export default jsonld;
}
