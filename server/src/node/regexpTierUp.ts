import { setFlagsFromString } from 'node:v8';

// Imported first by each process's entry (the server, the CLI and its
// launcher): V8 flags must be set before the engine's expressions first run.
//
// V8 runs a regular expression in its interpreter first and compiles it to
// machine code once it runs again ("tier-up"). The title reader's expressions
// hold every title word of a language, each letter in all its cases, and
// compiling them so cost 70–85 ms a language on the first paragraphs a
// process reads: a third of the CLI's run on the sample workspace. Without
// tier-up, V8 compiles each expression once, straight to machine code: the
// title reader's first pass over the sample's English and French took 29 and
// 21 ms instead of 72 and 85, `copydesk check examples/sahel-summit` 0.33 s
// instead of 0.52 s, and 640 KB and 6.4 MB took as long as before (measured
// in three alternating runs each, 2026-11-23).
setFlagsFromString('--no-regexp-tier-up');
