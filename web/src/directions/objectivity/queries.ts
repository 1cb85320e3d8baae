import { graphql, type ResultOf } from "../../graphql.ts";

export const CyclesQuery = graphql(`query ObjectivityCycles { cycles { id year title status } }`);

export const SignalsQuery = graphql(`
  query ObjectivitySignals($cycleId: ID!, $organizationId: ID) {
    objectivitySignals(cycleId: $cycleId, organizationId: $organizationId) {
      organization { id name }
      year grade subject className kind value threshold sampleSize reliability isRaised pValue explanation details
    }
  }
`);

export type SignalRow = ResultOf<typeof SignalsQuery>["objectivitySignals"][number];
