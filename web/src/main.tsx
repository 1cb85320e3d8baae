import "@mantine/core/styles.css";
import { type CSSVariablesResolver, createTheme, MantineProvider } from "@mantine/core";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { Client, cacheExchange, fetchExchange, Provider } from "urql";
import { App } from "./App.tsx";

// The CSRF header (core/server/csrf.ts) lets urql's multipart uploads through with the session cookie.
const client = new Client({
  url: "/graphql",
  exchanges: [cacheExchange, fetchExchange],
  fetchOptions: { credentials: "same-origin", headers: { "x-orientir-csrf": "1" } },
});
const theme = createTheme({ primaryColor: "indigo", fontFamily: "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif" });

// Mantine's dimmed grey (gray.6) on white is below the WCAG AA contrast for small text: one shade darker.
const cssVariables: CSSVariablesResolver = () => ({
  variables: {},
  light: { "--mantine-color-dimmed": "var(--mantine-color-gray-7)" },
  dark: {},
});

const root = document.getElementById("root");
if (root) {
  createRoot(root).render(
    <StrictMode>
      <MantineProvider theme={theme} cssVariablesResolver={cssVariables}>
        <Provider value={client}>
          <App />
        </Provider>
      </MantineProvider>
    </StrictMode>,
  );
}
