// The action's entry point (dist/index.js): everything is in main.ts.
import './engine.js';
import { run } from './main.js';

void run();
