// Tiny wrappers over the variadic parts of libedit's native API (histedit.h), which Swift cannot call.
#ifndef DANVAN_CEDITLINE_SHIM_H
#define DANVAN_CEDITLINE_SHIM_H
#include <histedit.h>
#include <stdio.h>
#include <locale.h>
#include <langinfo.h>

static inline EditLine *danvan_el_init(const char *prog) { return el_init(prog, stdin, stdout, stderr); }
#endif
