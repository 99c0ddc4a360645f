import { familyOf } from '../catalog.js';
import { stepTo, type Step } from '../suggest/ladder.js';
import { listOf } from './names.js';
import type { FileScopeRule } from './rule.js';

// gcompat, glibc, grpc, libc6-compat, linux-gnu, manylinux, tensorflow, torch, jaxlib, onnxruntime, opencv,
// node-sass, canvas, ray: grouped by first letter, which the regular expression engine searches about 15 % faster.
// ray without the word boundaries the sign itself has (they made the search 20 % slower): a word that merely holds
// it (array) costs a look at the stage's RUN commands for the signs, which find nothing there
const SIGN_WORDS =
  /g(?:compat|libc|rpc)|l(?:ibc6-compat|inux-gnu)|manylinux|t(?:ensorflow|orch)|jaxlib|o(?:nnxruntime|pencv)|node-sass|canvas|ray/;

// wheels that have no musl build, or content that is plainly glibc's
const GLIBC_SIGNS: readonly (readonly [RegExp, string])[] = [
  [
    /\bapk\s+add\b[^&|;]*\b(?:gcompat|libc6-compat)\b/,
    'installs a glibc compatibility layer (gcompat or libc6-compat)',
  ],
  [
    /\b(?:glibc|linux-gnu|manylinux)[^\s'"]*\.(?:tar\.gz|tgz|tar\.xz|zip|apk|whl|deb)\b/,
    'downloads a glibc build',
  ],
  [/\bsgerrand\/alpine-pkg-glibc\b/, 'installs a glibc package for alpine'],
  [
    /\bpip3?\s+install\b[^&|;]*\b(?:tensorflow|torch|torchvision|jaxlib|onnxruntime|opencv-python|ray)\b/,
    'pip installs a package published without musl wheels',
  ],
  [
    /\bnpm\s+(?:install|i|ci)\b[^&|;]*\b(?:node-sass|canvas|grpc)\b/,
    'npm installs a native module without musl builds',
  ],
];

export const alpineMusl: FileScopeRule<{ slim: Step | null }> = {
  kind: 'image',
  scope: 'file',
  id: 'alpine-musl',
  severity: 'warning',
  description:
    'An alpine (musl) stage shows signs of content that needs glibc: a glibc compatibility layer, downloaded glibc builds, Python or Node packages published without musl builds.',
  help: {
    text:
      'Alpine uses musl, not glibc. Binaries and wheels built for glibc fail there (often only at run time), and ' +
      'shims such as gcompat cover part of glibc only. Use the -slim (Debian, glibc) variant of the same image; ' +
      'it is larger than alpine but runs glibc content as built.',
    bad: 'FROM python:3.12-alpine\nRUN pip install torch',
    good: 'FROM python:3.12-slim\nRUN pip install torch',
  },
  prepare({ use, name, catalog }) {
    if (use.kind !== 'from' || use.status !== 'resolved') return null;
    const family = familyOf(catalog, name);
    const isAlpine = family?.name === 'alpine' || (use.tag !== null && /(?:^|-)alpine/.test(use.tag));
    if (!isAlpine) return null;
    const slim =
      family && family.name !== 'alpine' && use.tag
        ? stepTo(family, name, use.tag.replace(/-alpine[0-9.]*/, ''), 'slim')
        : null;
    return { slim };
  },
  check(context, { slim }) {
    const { use } = context;
    if (use.stageIndex === -1) return null;
    // none of the signs' words in a RUN of this stage or of those built FROM it: nothing to read further
    if (!context.runsMention(SIGN_WORDS, use.stageIndex)) return null;
    const signs = [...new Set(context.runSigns(GLIBC_SIGNS, use.stageIndex))];
    if (signs.length === 0) return null;
    return {
      message:
        `${context.display} is musl-based, and the stage ${listOf(signs)}; ` +
        (slim
          ? `use ${slim.reference} (glibc) instead`
          : 'use a glibc (Debian or Ubuntu based) image instead'),
      replace: slim ? { reference: slim.reference } : null,
    };
  },
};
