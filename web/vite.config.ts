import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

export default defineConfig({
  plugins: [react()],
  // `npm run dev -w web` serves the app with hot reload against a running `npm start` (or TAOCUN_API).
  // The Host header is kept so the server's same-origin check sees the page's own origin.
  server: { proxy: { "/api": { target: process.env.TAOCUN_API ?? "http://localhost:3000", changeOrigin: false } } },
  build: { chunkSizeWarningLimit: 1000 },
});
