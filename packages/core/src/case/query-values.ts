// Settings that arrive in a URL's query, where every value is a text: the numbers and flags a schema
// expects are read as such; a text that is neither stays as it is, so the schema names the field.
export function queryValues(
  query: Record<string, string>,
  kinds: { numbers?: readonly string[]; flags?: readonly string[] },
): Record<string, string | number | boolean> {
  return Object.fromEntries(
    Object.entries(query).map(([key, value]) => {
      if (kinds.numbers?.includes(key)) return [key, /^\d+$/.test(value) ? Number(value) : value];
      if (kinds.flags?.includes(key)) return [key, value === 'true' ? true : value === 'false' ? false : value];
      return [key, value];
    }),
  );
}
