// Re-runs a query every `ms` while the component is on screen (progress of a running operation).
import { useEffect } from "react";

export function usePoll(refetch: (options: { requestPolicy: "network-only" }) => void, ms: number): void {
  useEffect(() => {
    const timer = setInterval(() => refetch({ requestPolicy: "network-only" }), ms);
    return () => clearInterval(timer);
  }, [refetch, ms]);
}
