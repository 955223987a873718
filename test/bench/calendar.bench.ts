// Benchmark of the working-calendar engine against date-fns addBusinessDays.
// Run: npx ts-node --transpile-only test/bench/calendar.bench.ts [count]
import { addBusinessDays } from 'date-fns';
import {
  buildWorkingCalendar,
  computeDeadline,
  type WorkingCalendar,
} from '../../src/modules/calendar/domain/engine';
import { atVietnamTime, buildPhuYenDefinition } from '../../src/modules/calendar/domain/engine/test-fixtures';

const COUNT = Number(process.argv[2] ?? 2_000_000);
const ROUNDS = 5;

// A seeded generator (mulberry32) so every run times the same inputs.
function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = Math.imul(state ^ (state >>> 15), 1 | state);
    mixed = (mixed + Math.imul(mixed ^ (mixed >>> 7), 61 | mixed)) ^ mixed;
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function print(name: string, value: number): void {
  console.log(`${name} ${Number.isInteger(value) ? value : value.toFixed(2)}`);
}

function measureIndexBytes(cal: WorkingCalendar): number {
  const arrays = [
    cal.dayKinds,
    cal.daySchedules,
    cal.workingDaysBefore,
    cal.workingDayIndexes,
    cal.workingDayStartMs,
    cal.workingDaySchedules,
    cal.workingMsBefore,
    cal.provisionalDaysBefore,
  ];
  return arrays.reduce((sum, array) => sum + array.byteLength, 0);
}

function timeBest(run: () => number): { seconds: number; checksum: number } {
  let best = Infinity;
  let checksum = 0;
  for (let round = 0; round < ROUNDS; round++) {
    const started = process.hrtime.bigint();
    checksum = run();
    best = Math.min(best, Number(process.hrtime.bigint() - started) / 1e9);
  }
  return { seconds: best, checksum };
}

const heapBefore = process.memoryUsage().heapUsed;
const buildStarted = process.hrtime.bigint();
const calendar = buildWorkingCalendar(buildPhuYenDefinition('2030-12-31'));
const buildMs = Number(process.hrtime.bigint() - buildStarted) / 1e6;
print('calendar.index_build_ms', buildMs);
print('calendar.index_days', calendar.dayCount);
print('calendar.index_bytes', measureIndexBytes(calendar));
print('calendar.heap_used_after_build_mb', process.memoryUsage().heapUsed / 2 ** 20);
print('calendar.heap_delta_build_mb', (process.memoryUsage().heapUsed - heapBefore) / 2 ** 20);

// Starts uniformly over 2020-01-01..2030-10-31 (so 30 working days stay inside 2030), amounts 1–30.
const random = createRandom(20250129);
const firstMs = atVietnamTime('2020-01-01 00:00');
const spanMs = atVietnamTime('2030-10-31 00:00') - firstMs;
const starts = new Float64Array(COUNT);
const amounts = new Uint8Array(COUNT);
for (let index = 0; index < COUNT; index++) {
  starts[index] = firstMs + Math.floor(random() * spanMs);
  amounts[index] = 1 + Math.floor(random() * 30);
}
const startDates = Array.from(starts, (startMs) => new Date(startMs));
print('calendar.inputs', COUNT);

const engine = timeBest(() => {
  let checksum = 0;
  for (let index = 0; index < COUNT; index++) {
    checksum +=
      computeDeadline(calendar, { startMs: starts[index], amount: amounts[index], unit: 'WORKING_DAYS' })
        .dueAtMs - firstMs;
  }
  return checksum;
});
const engineRate = Math.round(COUNT / engine.seconds);
print('calendar.deadlines_per_second', engineRate);

const baseline = timeBest(() => {
  let checksum = 0;
  for (let index = 0; index < COUNT; index++) {
    checksum += addBusinessDays(startDates[index], amounts[index]).getTime() - firstMs;
  }
  return checksum;
});
const baselineRate = Math.round(COUNT / baseline.seconds);
print('date_fns.add_business_days_per_second', baselineRate);
print('calendar.speedup_vs_date_fns', engineRate / baselineRate);
print('calendar.heap_used_mb', process.memoryUsage().heapUsed / 2 ** 20);
print('calendar.checksum', engine.checksum + baseline.checksum);
