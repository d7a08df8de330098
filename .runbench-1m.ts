import { run } from '/work/main/bench/events.ts';
await run();
