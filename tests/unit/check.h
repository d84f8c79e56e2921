/* check.h — the unit-test harness: CHECK macros and a final report line.
 *
 * Each tests/unit/test_*.c is one program.  It calls the CHECK macros and
 * returns check_report() from main; the last line it prints is
 * "P passed, F failed", which tests/run.sh adds to the totals. */
#ifndef MEMGUIDE_CHECK_H
#define MEMGUIDE_CHECK_H

#include <stdio.h>
#include <string.h>

static int check_passed, check_failed;

#define CHECK(cond)                                                       \
    do {                                                                  \
        if (cond) {                                                       \
            check_passed++;                                               \
        } else {                                                          \
            check_failed++;                                               \
            printf("FAIL %s:%d: %s\n", __FILE__, __LINE__, #cond);        \
        }                                                                 \
    } while (0)

#define CHECK_STR(got, want)                                              \
    do {                                                                  \
        const char *check_g_ = (got), *check_w_ = (want);                 \
        if (check_g_ && strcmp(check_g_, check_w_) == 0) {                \
            check_passed++;                                               \
        } else {                                                          \
            check_failed++;                                               \
            printf("FAIL %s:%d: got \"%s\", want \"%s\"\n", __FILE__,     \
                   __LINE__, check_g_ ? check_g_ : "(null)", check_w_);   \
        }                                                                 \
    } while (0)

static inline int check_report(void)
{
    printf("%d passed, %d failed\n", check_passed, check_failed);
    return check_failed != 0;
}

#endif
