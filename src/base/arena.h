/* arena.h — bump allocation for data that lives and dies together (an AST).
 * Memory from an arena is freed only by arena_free, all at once. */
#ifndef MEMGUIDE_ARENA_H
#define MEMGUIDE_ARENA_H

#include <stddef.h>

typedef struct ArenaBlock ArenaBlock;
typedef struct Arena {
    ArenaBlock *head;
} Arena;

#define ARENA_INIT {NULL}

/* Zeroed, 16-byte aligned memory that lives until arena_free. */
void *arena_alloc(Arena *a, size_t n);
char *arena_strndup(Arena *a, const char *s, size_t n);
void arena_free(Arena *a);

#endif
