import { validate } from "./validation.js";

const t0 = performance.now();
console.log(JSON.stringify(validate({ clean: Number(process.argv[2] ?? 200), planted: Number(process.argv[3] ?? 100) }), null, 1));
console.log("ms", Math.round(performance.now() - t0));
