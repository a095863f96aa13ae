/** One response of the real app, recorded so the bare server can replay the same bytes. */
export interface RecordedResponse {
  path: string;
  status: number;
  /** The app's response headers, minus those the transport sets per response (date, length, connection). */
  headers: Record<string, string>;
  bodyBase64: string;
  /** The bare server answers paths it has no recording for with this response. */
  fallback?: boolean;
}

const PER_RESPONSE = new Set(['date', 'content-length', 'connection', 'keep-alive', 'transfer-encoding']);

/** Fetches a path from the running app and keeps what the bare server needs to answer the same way. */
export async function recordResponse(baseUrl: string, path: string): Promise<RecordedResponse> {
  const response = await fetch(baseUrl + path, { redirect: 'manual' });
  const body = Buffer.from(await response.arrayBuffer());
  if (response.status !== 200) throw new Error(`GET ${path} answered ${response.status}, expected 200: ${body.toString('utf8').slice(0, 200)}`);
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    if (!PER_RESPONSE.has(name)) headers[name] = value;
  });
  return { path, status: response.status, headers, bodyBase64: body.toString('base64') };
}
