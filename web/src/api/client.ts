import createClient from "openapi-fetch";
import { currentLanguage } from "../locales/i18n";
import type { paths } from "./schema.gen";

/** The typed API client; the server answers errors in the language the person reads. */
export const api = createClient<paths>({ baseUrl: "" });

api.use({
  onRequest({ request }) {
    request.headers.set("Accept-Language", currentLanguage());
    return request;
  },
});
