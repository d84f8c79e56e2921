/* fs.c — file system helpers for the site writer, bless and `new`.
 *
 * Invariant: the site directory is replaced as a whole: it is written
 * under a temporary name beside it and renamed into place only when every
 * file is there, so a failed build leaves the previous site untouched. */
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "site/site_fs.h"

int site_read_file(const char *path, Buf *out)
{
    FILE *f = fopen(path, "rb");
    if (!f) return -1;
    char chunk[65536];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0) buf_put(out, chunk, n);
    int bad = ferror(f);
    fclose(f);
    buf_put(out, "", 0);
    if (bad) {
        errno = EIO;
        return -1;
    }
    return 0;
}

bool site_is_dir(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

bool site_is_file(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 && S_ISREG(st.st_mode);
}

char *site_path_join(const char *a, const char *b)
{
    Buf p = BUF_INIT;
    size_t alen = strlen(a);
    buf_put(&p, a, alen);
    if (alen && a[alen - 1] != '/') buf_putc(&p, '/');
    buf_puts(&p, b);
    return buf_take(&p);
}

int site_mkdirs(const char *path)
{
    char *p = xstrdup(path);
    for (char *s = p + 1; *s; s++) {
        if (*s != '/') continue;
        *s = 0;
        if (mkdir(p, 0777) < 0 && errno != EEXIST) {
            free(p);
            return -1;
        }
        *s = '/';
    }
    int rc = mkdir(p, 0777) < 0 && errno != EEXIST ? -1 : 0;
    free(p);
    if (rc == 0 && !site_is_dir(path)) { /* a file of that name is in the way */
        errno = ENOTDIR;
        rc = -1;
    }
    return rc;
}

static int mkparent(const char *path)
{
    const char *slash = strrchr(path, '/');
    if (!slash || slash == path) return 0;
    char *dir = xstrndup(path, (size_t)(slash - path));
    int rc = site_mkdirs(dir);
    free(dir);
    return rc;
}

static int write_all(const char *path, const char *data, size_t n, mode_t mode)
{
    FILE *f = fopen(path, "wb");
    if (!f) return -1;
    if (mode) chmod(path, mode);
    size_t w = n ? fwrite(data, 1, n, f) : 0;
    int bad = w != n || ferror(f);
    if (fclose(f) != 0) bad = 1;
    if (bad) {
        if (!errno) errno = EIO;
        return -1;
    }
    return 0;
}

int site_write_file(const char *path, const char *data, size_t n)
{
    if (mkparent(path) < 0) return -1;
    return write_all(path, data, n, 0);
}

int site_write_atomic(const char *path, const char *data, size_t n)
{
    struct stat st;
    mode_t mode = stat(path, &st) == 0 ? (st.st_mode & 07777) : 0;
    Buf tmp = BUF_INIT;
    buf_printf(&tmp, "%s.memguide-XXXXXX", path);
    int fd = mkstemp(tmp.p);
    if (fd < 0) {
        buf_free(&tmp);
        return -1;
    }
    close(fd);
    if (write_all(tmp.p, data, n, mode ? mode : 0644) < 0 || rename(tmp.p, path) < 0) {
        int e = errno;
        unlink(tmp.p);
        buf_free(&tmp);
        errno = e;
        return -1;
    }
    buf_free(&tmp);
    return 0;
}

int site_rmtree(const char *path)
{
    struct stat st;
    if (lstat(path, &st) < 0) return errno == ENOENT ? 0 : -1;
    if (!S_ISDIR(st.st_mode)) return unlink(path);
    char **names;
    int n = site_list_dir(path, &names);
    if (n < 0) return -1;
    int rc = 0;
    for (int i = 0; i < n; i++) {
        char *p = site_path_join(path, names[i]);
        if (site_rmtree(p) < 0) rc = -1;
        free(p);
    }
    site_free_names(names, n);
    if (rmdir(path) < 0) rc = -1;
    return rc;
}

static int cmp_names(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

int site_list_dir(const char *path, char ***names)
{
    DIR *d = opendir(path);
    *names = NULL;
    if (!d) return -1;
    int n = 0, cap = 0;
    struct dirent *de;
    while ((de = readdir(d)) != NULL) {
        if (!strcmp(de->d_name, ".") || !strcmp(de->d_name, "..")) continue;
        if (n == cap) {
            cap = cap ? cap * 2 : 16;
            *names = xrealloc(*names, (size_t)cap * sizeof **names);
        }
        (*names)[n++] = xstrdup(de->d_name);
    }
    closedir(d);
    if (n) qsort(*names, (size_t)n, sizeof **names, cmp_names);
    return n;
}

void site_free_names(char **names, int n)
{
    for (int i = 0; i < n; i++) free(names[i]);
    free(names);
}

int site_files_begin(SiteFiles *f, const char *out)
{
    memset(f, 0, sizeof *f);
    size_t len = strlen(out);
    while (len > 1 && out[len - 1] == '/') len--;
    f->out = xstrndup(out, len);
    Buf t = BUF_INIT;
    buf_printf(&t, "%s.tmp-XXXXXX", f->out);
    if (mkparent(t.p) < 0 || !mkdtemp(t.p)) {
        buf_free(&t);
        return -1;
    }
    chmod(t.p, 0755);
    f->tmp = buf_take(&t);
    return 0;
}

int site_files_put(SiteFiles *f, const char *rel, const char *data, size_t n)
{
    char *p = site_path_join(f->tmp, rel);
    int rc = site_write_file(p, data, n);
    free(p);
    if (rc == 0) {
        f->files++;
        f->bytes += n;
    }
    return rc;
}

int site_files_commit(SiteFiles *f)
{
    int rc = 0;
    if (site_is_dir(f->out)) {
        Buf old = BUF_INIT;
        buf_printf(&old, "%s.old-XXXXXX", f->out);
        if (!mkdtemp(old.p) || rmdir(old.p) < 0 || rename(f->out, old.p) < 0) {
            buf_free(&old);
            return -1;
        }
        if (rename(f->tmp, f->out) < 0) {
            int e = errno;
            rename(old.p, f->out); /* put the old site back */
            buf_free(&old);
            errno = e;
            return -1;
        }
        rc = site_rmtree(old.p);
        buf_free(&old);
    } else if (rename(f->tmp, f->out) < 0) {
        return -1;
    }
    free(f->tmp);
    f->tmp = NULL;
    free(f->out);
    f->out = NULL;
    return rc;
}

void site_files_abort(SiteFiles *f)
{
    if (f->tmp) site_rmtree(f->tmp);
    free(f->tmp);
    free(f->out);
    f->tmp = f->out = NULL;
}
