// The orders module's own PDF reader (text through the ToUnicode maps), so the journey reads
// the pick list the way the server's tests do, with nothing installed.
export { readPdf } from "../server/src/modules/orders/documents/testing/pdf-pages";
