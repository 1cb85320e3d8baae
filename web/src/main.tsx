import "@mantine/core/styles.css";
import { createTheme, MantineProvider } from "@mantine/core";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { Client, cacheExchange, fetchExchange, Provider } from "urql";
import { App } from "./App.tsx";

const client = new Client({ url: "/graphql", exchanges: [cacheExchange, fetchExchange], fetchOptions: { credentials: "same-origin" } });
const theme = createTheme({ primaryColor: "indigo", fontFamily: "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif" });

const root = document.getElementById("root");
if (root) {
  createRoot(root).render(
    <StrictMode>
      <MantineProvider theme={theme}>
        <Provider value={client}>
          <App />
        </Provider>
      </MantineProvider>
    </StrictMode>,
  );
}
