// `npx tsx bench/objectivity/run.ts`: only the objectivity validation (the full `npm run bench`
// runs it too and writes it into bench/results/latest.json).
import { validate, validationTable } from "./validation.js";

const t0 = performance.now();
const report = validate({
  clean: Number(process.env.BENCH_OBJECTIVITY_CLEAN ?? 1000),
  planted: Number(process.env.BENCH_OBJECTIVITY_PLANTED ?? 200),
  seed: 1,
  withWeaker: true,
});
console.table(validationTable(report));
console.log(`${Math.round(performance.now() - t0)} ms`);
