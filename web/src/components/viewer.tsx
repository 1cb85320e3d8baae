// The one query the shell needs before any page: who the viewer is, what they may do, and the
// cycles — a single round trip on first load. Pages read it through these hooks instead of asking
// again; what the viewer may do always comes from the API's `can` / `viewerCan` fields.
// In a region the cycles are those of the chosen municipality (regional staff and visitors pick one).
import { createContext, type ReactNode, useContext, useEffect, useState } from "react";
import { useQuery } from "urql";
import { graphql, type ResultOf } from "../graphql.ts";
import { recall, remember } from "./session-memory.ts";

export const ShellQuery = graphql(`
  query Shell($municipalityId: ID) {
    me {
      id login fullName role
      organization { id name }
      can {
        editRegistry importFiles createCycle manageCycles scoreCycles editMethodology readCompleteness enterData
        assignExperts reviewDirections resubmitDirections readReview readAnalytics readDecisions decide
        readRecommendations manageRecommendations readAudit manageUsers manageTokens changePassword readRegion
      }
    }
    about { municipality region isDemo }
    municipalities { id name }
    cycles(municipalityId: $municipalityId) {
      id year title status deadline publishedAt isOpenForData
      viewerCan { seeRatings changeStatus publish score enterData importData editMethodology review assignExperts }
    }
  }
`);

type Shell = ResultOf<typeof ShellQuery>;
export type Viewer = NonNullable<Shell["me"]>;
export type Capability = keyof Viewer["can"];
export type ShellCycle = Shell["cycles"][number];

interface ShellValue {
  data: Shell | undefined;
  fetching: boolean;
  error: ReturnType<typeof useQuery>[0]["error"];
  /** Reload after signing in or out. */
  refresh: () => void;
  /** The municipality whose cycles the shell lists; null where the viewer sees only one. */
  municipalityId: string | null;
  chooseMunicipality: (id: string) => void;
}

const MUNICIPALITY_KEY = "orientir.municipality";

// urql's document cache refreshes a query when a mutation returns one of its types; an empty
// cycle list (a fresh installation) holds no Cycle, so creating the first one must be named here.
const SHELL_CONTEXT = { additionalTypenames: ["Cycle"] };

const ShellContext = createContext<ShellValue | null>(null);

export function ShellProvider({ children }: { children: ReactNode }) {
  const [chosen, setChosen] = useState<string | null>(() => recall(MUNICIPALITY_KEY));
  const [{ data, fetching, error }, refetch] = useQuery({
    query: ShellQuery,
    variables: { municipalityId: chosen },
    context: SHELL_CONTEXT,
  });
  const municipalities = data?.municipalities ?? [];
  const isRegional = municipalities.length > 1;
  // A regional viewer always works in one municipality: the remembered one, else the first.
  const first = municipalities[0]?.id ?? null;
  const isKnown = municipalities.some((m) => m.id === chosen);
  useEffect(() => {
    if (isRegional && !isKnown && first) setChosen(first);
  }, [isRegional, isKnown, first]);
  const chooseMunicipality = (id: string) => {
    setChosen(id);
    remember(MUNICIPALITY_KEY, id);
  };
  const refresh = () => refetch({ requestPolicy: "network-only" });
  const municipalityId = isRegional ? chosen : null;
  return (
    <ShellContext.Provider value={{ data, fetching, error, refresh, municipalityId, chooseMunicipality }}>{children}</ShellContext.Provider>
  );
}

export function useShell(): ShellValue {
  const value = useContext(ShellContext);
  if (!value) throw new Error("useShell outside ShellProvider");
  return value;
}

/** The signed-in user, or null for an anonymous visitor. */
export const useViewer = (): Viewer | null => useShell().data?.me ?? null;

/** Whether the viewer may do something, as the API says. */
export function useCan(capability: Capability): boolean {
  return useViewer()?.can[capability] === true;
}
