// The action's entry point (dist/index.js): everything is in main.ts.
import { run } from './main.js';

void run();
