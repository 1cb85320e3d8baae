// The objectivity plugin's web slot: the «Объективность» page.
import { lazy } from "react";
import { defineDirectionWeb } from "../../plugin-api.ts";

export const objectivityWeb = defineDirectionWeb({
  id: "objectivity",
  page: {
    title: "Объективность",
    roles: ["OPERATOR", "DEPARTMENT", "ADMIN", "EXPERT", "LEADER"],
    component: lazy(() => import("./ObjectivityPage.tsx").then((m) => ({ default: m.ObjectivityPage }))),
  },
});
