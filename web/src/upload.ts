// GraphQL multipart upload (the spec yoga implements) with the CSRF header cookie sessions need.
export interface UploadResult<T> {
  data?: T;
  errors?: { message: string }[];
}

export async function uploadFile<T>(query: string, variables: Record<string, unknown>, file: File): Promise<UploadResult<T>> {
  const form = new FormData();
  form.append("operations", JSON.stringify({ query, variables: { ...variables, file: null } }));
  form.append("map", JSON.stringify({ 0: ["variables.file"] }));
  form.append("0", file, file.name);
  const response = await fetch("/graphql", { method: "POST", body: form, credentials: "same-origin", headers: { "x-orientir-csrf": "1" } });
  return (await response.json()) as UploadResult<T>;
}
