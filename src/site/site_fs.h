/* site_fs.h — the file system as the site needs it: read a file, write
 * one (plainly or atomically), make and remove directory trees, and write
 * the whole site into a temporary directory that replaces the old one in
 * one step.  All functions return 0, or -1 with errno set. */
#ifndef MEMGUIDE_SITE_FS_H
#define MEMGUIDE_SITE_FS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "base/buf.h"

int site_read_file(const char *path, Buf *out);
bool site_is_dir(const char *path);
bool site_is_file(const char *path);
/* mkdir -p; -1 with errno (ENOTDIR when a file is in the way) */
int site_mkdirs(const char *path);
/* Writes data to path (creating parent directories). */
int site_write_file(const char *path, const char *data, size_t n);
/* Writes data next to path and renames it over path, so readers see the
 * old or the new file, never half of one.  Keeps the file's mode. */
int site_write_atomic(const char *path, const char *data, size_t n);
/* rm -rf */
int site_rmtree(const char *path);
/* The names in a directory (no "." or ".."), sorted bytewise; *names and
 * each name are malloc'ed.  Returns the count, or -1. */
int site_list_dir(const char *path, char ***names);
void site_free_names(char **names, int n);
/* Joins two path parts with one '/' (malloc'ed). */
char *site_path_join(const char *a, const char *b);

/* Where the site is being written. */
typedef struct SiteFiles {
    char *out;        /* the final directory (site/) */
    char *tmp;        /* the directory being written, next to it */
    size_t files;
    uint64_t bytes;
} SiteFiles;

/* Creates OUT.tmp-XXXXXX beside out.  Returns 0 or -1. */
int site_files_begin(SiteFiles *f, const char *out);
/* Writes a file of the site; rel is relative to the site's root. */
int site_files_put(SiteFiles *f, const char *rel, const char *data, size_t n);
/* Swaps the finished directory in for out (the old one is removed). */
int site_files_commit(SiteFiles *f);
/* Removes the unfinished directory; out is left as it was. */
void site_files_abort(SiteFiles *f);

#endif
